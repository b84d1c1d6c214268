package org.w3id.legkg.build;

import org.w3id.legkg.LegkgException;

/** A syntax error in a source file, located by file, line and column. */
public class SourceParseException extends LegkgException {
    private final String file;
    private final long line;
    private final long column;

    public SourceParseException(String file, long line, long column, String detail) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + detail);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() { return file; }
    public long line() { return line; }
    public long column() { return column; }
}
