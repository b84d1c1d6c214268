package org.w3id.legkg.api;

import java.util.Locale;

/** Parameter types a canned query may declare. */
public enum ParameterType {
    /** A resource: full IRI, lkd: CURIE, or a label or synonym (case-insensitive). */
    IRI,
    STRING,
    INTEGER,
    /** A comma-separated list bound to a VALUES block. */
    LIST;

    public static ParameterType parse(String s, String where) {
        String v = s == null ? "string" : s.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "iri", "resource", "uri" -> IRI;
            case "string", "literal", "text" -> STRING;
            case "integer", "int", "number" -> INTEGER;
            case "list", "array" -> LIST;
            default -> throw new QueryDefinitionException(where + ": unknown parameter type '" + s
                    + "' (expected iri, string, integer or list)");
        };
    }

    public String openApiType() {
        return switch (this) {
            case INTEGER -> "integer";
            case LIST -> "array";
            default -> "string";
        };
    }
}
