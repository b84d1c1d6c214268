package org.w3id.legkg.build;

import java.util.List;

/** Annotations in the data files that cannot be made into claims, every one named with its file and triple. */
public final class ClaimAnnotationException extends SourceParseException {
    private final List<String> problems;

    public ClaimAnnotationException(List<String> problems) {
        super("data", -1, -1, problems.size() + " claim annotation" + (problems.size() == 1 ? "" : "s")
                + " cannot be expanded:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() { return problems; }
}
