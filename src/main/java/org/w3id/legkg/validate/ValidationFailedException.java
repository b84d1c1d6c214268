package org.w3id.legkg.validate;

import org.w3id.legkg.LegkgException;

/** The data breaks one or more SHACL shapes with severity Violation. */
public class ValidationFailedException extends LegkgException {
    private final ValidationOutcome outcome;

    public ValidationFailedException(ValidationOutcome outcome) {
        super(outcome.violations() + " SHACL violation(s); the report above lists each by focus node");
        this.outcome = outcome;
    }

    public ValidationOutcome outcome() { return outcome; }
}
