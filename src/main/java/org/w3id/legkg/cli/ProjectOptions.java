package org.w3id.legkg.cli;

import java.nio.file.Path;

import org.w3id.legkg.build.ProjectLayout;
import org.w3id.legkg.store.StoreLayout;

import picocli.CommandLine.Option;

/** Options shared by every command that reads the project or its store. */
final class ProjectOptions {
    @Option(names = "--project", paramLabel = "DIR",
            description = "Project root with ontology/, data/, shapes/, queries/ (default: $LEGKG_HOME, else the working directory).")
    Path project;

    @Option(names = "--store", paramLabel = "DIR", description = "Store directory (default: PROJECT/store).")
    Path store;

    ProjectLayout layout() {
        return project != null ? new ProjectLayout(project) : ProjectLayout.discover();
    }

    StoreLayout storeLayout() {
        return new StoreLayout(store != null ? store : layout().defaultStoreDir());
    }
}
