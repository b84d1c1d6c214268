package org.w3id.legkg.server.linkeddata;

import java.time.format.DateTimeFormatter;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.legkg.publish.PublishLayout;
import org.w3id.legkg.store.BuildManifest;
import org.w3id.legkg.store.OpenStore;

/** The build being served and what every linked-data servlet derives from it. */
final class LinkedDataContext {
    final OpenStore store;
    final DatasetGraph dataset;
    final BuildManifest manifest;
    final HttpCaching caching;
    final PublishLayout publish;

    LinkedDataContext(OpenStore store) {
        this.store = store;
        this.dataset = store.dataset();
        this.manifest = store.manifest();
        this.caching = new HttpCaching(manifest);
        this.publish = new PublishLayout(store.buildDir());
    }

    /** Build time for page footers, e.g. 2025-11-25T10:15:00Z. */
    String buildTime() {
        return DateTimeFormatter.ISO_INSTANT.format(caching.lastModified());
    }
}
