package org.w3id.legkg.api;

import org.w3id.legkg.LegkgException;

/** A canned query file is malformed: bad header, bad SPARQL, or parameters that do not match the query. */
public class QueryDefinitionException extends LegkgException {
    public QueryDefinitionException(String message) { super(message); }
}
