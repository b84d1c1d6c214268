package org.w3id.legkg.api;

import java.util.Optional;

/**
 * One declared parameter of a canned query.
 *
 * @param name      the API name ({@code ?symptom=...})
 * @param type      how a value is read and bound
 * @param itemType  for lists, the type of each item
 * @param variable  the SPARQL variable it binds (grlc/BASIL style, e.g. {@code _symptom_iri})
 * @param required  whether a call without it is an error
 * @param defaultValue used when the call omits it
 * @param example   shown in the OpenAPI document and in --help
 * @param resourceClass for resource parameters, the class a label is looked up in (may be null)
 */
public record QueryParameter(String name, ParameterType type, ParameterType itemType, String variable,
                             boolean required, String defaultValue, String example, String description,
                             String resourceClass) {

    public Optional<String> defaultIfAny() { return Optional.ofNullable(defaultValue); }
}
