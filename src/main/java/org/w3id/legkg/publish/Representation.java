package org.w3id.legkg.publish;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;

/**
 * The representations LegKG publishes, each with its media type and its URL suffix. Media types come from
 * Jena's {@link WebContent}, so what the server announces is what Jena clients ask for.
 */
public enum Representation {
    TURTLE("ttl", WebContent.contentTypeTurtle, "Turtle", Lang.TURTLE, RDFFormat.TURTLE_BLOCKS),
    JSONLD("jsonld", WebContent.contentTypeJSONLD, "JSON-LD", Lang.JSONLD, RDFFormat.JSONLD11),
    NTRIPLES("nt", WebContent.contentTypeNTriples, "N-Triples", Lang.NTRIPLES, RDFFormat.NTRIPLES),
    RDFXML("rdf", WebContent.contentTypeRDFXML, "RDF/XML", Lang.RDFXML, RDFFormat.RDFXML_PLAIN),
    TRIG("trig", WebContent.contentTypeTriG, "TriG", Lang.TRIG, RDFFormat.TRIG_BLOCKS),
    NQUADS("nq", WebContent.contentTypeNQuads, "N-Quads", Lang.NQUADS, RDFFormat.NQUADS),
    HTML("html", WebContent.contentTypeHTML, "HTML", null, null);

    private final String extension;
    private final String mediaType;
    private final String displayName;
    private final Lang lang;
    private final RDFFormat format;

    Representation(String extension, String mediaType, String displayName, Lang lang, RDFFormat format) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.displayName = displayName;
        this.lang = lang;
        this.format = format;
    }

    public String extension() { return extension; }
    public String mediaType() { return mediaType; }
    public String displayName() { return displayName; }
    /** Jena's language, null for HTML. */
    public Lang lang() { return lang; }
    /** The Jena writer format used, null for HTML. */
    public RDFFormat format() { return format; }

    /** Can hold named graphs, so asserted and inferred statements stay apart. */
    public boolean isQuads() { return this == TRIG || this == NQUADS; }

    /** The Content-Type header value: every text representation is sent as UTF-8. */
    public String contentType() { return mediaType + ";charset=utf-8"; }

    public static Optional<Representation> byExtension(String ext) {
        return Arrays.stream(values()).filter(r -> r.extension.equals(ext)).findFirst();
    }
}
