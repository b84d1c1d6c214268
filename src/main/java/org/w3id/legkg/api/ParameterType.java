package org.w3id.legkg.api;

import java.util.Locale;

/** Parameter types a canned query may declare. */
public enum ParameterType {
    /** A resource: full IRI, lk:/lkd: CURIE, or a label or synonym (case-insensitive). */
    IRI,
    /** A plain string literal, bound as it is. */
    STRING,
    /** Words to search for in the full-text index; bound as a Lucene query built from the words only. */
    TEXT,
    /** An xsd:integer. */
    INTEGER,
    /** A comma-separated (or repeated) list, bound to the query's {@code VALUES ?var {}} block. */
    LIST;

    public static ParameterType parse(String s, String where) {
        String v = s == null ? "string" : s.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "iri", "resource", "uri" -> IRI;
            case "string", "literal" -> STRING;
            case "text", "search" -> TEXT;
            case "integer", "int", "number" -> INTEGER;
            case "list", "array" -> LIST;
            default -> throw new QueryDefinitionException(where + ": unknown parameter type '" + s
                    + "' (expected iri, string, text, integer or list)");
        };
    }

    public String openApiType() {
        return switch (this) {
            case INTEGER -> "integer";
            case LIST -> "array";
            default -> "string";
        };
    }

    public String displayName() { return name().toLowerCase(Locale.ROOT); }
}
