package org.w3id.legkg.api;

import java.util.List;

import org.w3id.legkg.LegkgException;

/** A caller supplied a bad, missing or unknown parameter; HTTP answers 400, the CLI exits 2. */
public class ParameterException extends LegkgException {
    private final String parameter;
    private final List<String> suggestions;

    public ParameterException(String parameter, String message, List<String> suggestions) {
        super(message + (suggestions.isEmpty() ? "" : "; closest labels: " + String.join(", ", suggestions)));
        this.parameter = parameter;
        this.suggestions = List.copyOf(suggestions);
    }

    public ParameterException(String parameter, String message) {
        this(parameter, message, List.of());
    }

    public String parameter() { return parameter; }
    public List<String> suggestions() { return suggestions; }
}
