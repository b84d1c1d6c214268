package org.w3id.legkg.infer;

import org.w3id.legkg.LegkgException;

/** The ontology and data together are inconsistent (e.g. an individual in two disjoint classes). */
public class InconsistentDataException extends LegkgException {
    public InconsistentDataException(String message) {
        super("Inconsistent ontology and data: " + message);
    }
}
