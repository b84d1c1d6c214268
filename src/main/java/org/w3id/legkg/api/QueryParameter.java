package org.w3id.legkg.api;

import java.util.List;
import java.util.Optional;

/**
 * One declared parameter of a canned query, as written in its {@code #+ params:} header.
 *
 * @param name      the API name ({@code ?symptom=...})
 * @param type      how a value is read and bound
 * @param itemType  for lists, the type of each item
 * @param variable  the SPARQL variable it binds (grlc/BASIL style, e.g. {@code _symptom_iri})
 * @param required  whether a call without it is an error
 * @param defaultValue used when the call omits it (may be null)
 * @param example   shown in the OpenAPI document, the examples graph and error messages (may be null)
 * @param description what the parameter means, for people
 * @param classes   for resource parameters, the classes a value must be an instance of (any one of them;
 *                  empty = any resource in LegKG), as CURIEs or IRIs
 * @param minimum   for integers, the smallest value accepted (may be null)
 * @param maximum   for integers, the largest value accepted (may be null)
 * @param allowed   for strings, the only values accepted (empty = any)
 */
public record QueryParameter(String name, ParameterType type, ParameterType itemType, String variable,
                             boolean required, String defaultValue, String example, String description,
                             List<String> classes, Long minimum, Long maximum, List<String> allowed) {

    /** {@code variable: LIMIT} (or OFFSET): the value sets the query's LIMIT (OFFSET), which SPARQL cannot take from a variable. */
    public static final String LIMIT = "LIMIT";
    public static final String OFFSET = "OFFSET";

    public QueryParameter {
        classes = List.copyOf(classes);
        allowed = List.copyOf(allowed);
    }

    public Optional<String> defaultIfAny() { return Optional.ofNullable(defaultValue); }

    /** The type values are read as: the item type for lists, else the type itself. */
    public ParameterType valueType() { return type == ParameterType.LIST ? itemType : type; }
}
