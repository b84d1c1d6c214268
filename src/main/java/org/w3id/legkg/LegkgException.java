package org.w3id.legkg;

/** A failure the user can act on; the message says what is wrong and where. */
public class LegkgException extends RuntimeException {
    public LegkgException(String message) { super(message); }
    public LegkgException(String message, Throwable cause) { super(message, cause); }
}
