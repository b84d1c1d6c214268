package org.w3id.legkg.publish;

import org.w3id.legkg.Namespaces;

/**
 * The public IRIs of what the server publishes. The server maps the {@code https://w3id.org/legkg/} space
 * onto its own root (DESIGN.md), so every IRI here is also a path on the server; published documents use
 * these absolute IRIs, never the address a request happened to arrive at.
 */
public final class PublicIris {
    public static final String SPARQL = Namespaces.BASE + "sparql";
    public static final String API = Namespaces.BASE + "api";
    public static final String QUERY_EDITOR = Namespaces.BASE;
    public static final String INDEX = Namespaces.LKD;
    public static final String VOID = Namespaces.BASE + ".well-known/void";
    /** The dataset VoID and DCAT describe. */
    public static final String DATASET = VOID + "#legkg";
    public static final String CATALOG = VOID + "#catalog";
    public static final String CATALOG_RECORD = VOID + "#record";
    public static final String SPARQL_SERVICE = VOID + "#sparql-service";
    public static final String DUMPS = Namespaces.BASE + "dumps/";

    private PublicIris() {}

    public static String dump(String fileName) { return DUMPS + fileName; }

    /** Path on the server for a public IRI (they share the space below the base). */
    public static String path(String iri) {
        if (!iri.startsWith(Namespaces.BASE))
            throw new IllegalArgumentException(iri + " is not below " + Namespaces.BASE);
        return "/" + iri.substring(Namespaces.BASE.length());
    }
}
