package org.w3id.legkg.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * Answer syntaxes with their media types and file suffixes: result tables for SELECT and ASK, RDF for
 * CONSTRUCT and DESCRIBE.
 */
public enum ResultFormat {
    TABLE("text/plain", "txt", null, Kind.TABLE),
    CSV("text/csv", "csv", ResultSetLang.RS_CSV, Kind.RESULTS),
    TSV("text/tab-separated-values", "tsv", ResultSetLang.RS_TSV, Kind.RESULTS),
    JSON("application/sparql-results+json", "json", ResultSetLang.RS_JSON, Kind.RESULTS),
    XML("application/sparql-results+xml", "xml", ResultSetLang.RS_XML, Kind.RESULTS),
    TURTLE("text/turtle", "ttl", Lang.TURTLE, Kind.GRAPH),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD, Kind.GRAPH),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES, Kind.GRAPH),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML, Kind.GRAPH);

    /** What a format can carry: a result table, a graph, or (plain text) either. */
    public enum Kind { RESULTS, GRAPH, TABLE }

    public final String mediaType;
    public final String suffix;
    public final Lang lang;
    public final Kind kind;

    ResultFormat(String mediaType, String suffix, Lang lang, Kind kind) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.lang = lang;
        this.kind = kind;
    }

    /** Whether this format can carry the answer of a query of this kind. */
    public boolean fits(boolean graphQuery) {
        return kind == Kind.TABLE || (graphQuery ? kind == Kind.GRAPH : kind == Kind.RESULTS);
    }

    public static Optional<ResultFormat> bySuffix(String suffix) {
        return Arrays.stream(values()).filter(f -> f.suffix.equals(suffix)).findFirst();
    }

    public static ResultFormat parse(String s) {
        String v = s.trim().toUpperCase(Locale.ROOT);
        try {
            return valueOf(v);
        } catch (IllegalArgumentException e) {
            return bySuffix(s.trim().toLowerCase(Locale.ROOT)).orElseThrow(() -> new ParameterException("format",
                    "Unknown format '" + s + "' (expected table, csv, tsv, json or xml; turtle, jsonld, ntriples or rdfxml for CONSTRUCT)"));
        }
    }
}
