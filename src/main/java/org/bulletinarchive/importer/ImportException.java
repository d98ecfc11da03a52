package org.bulletinarchive.importer;

/** A raw bulletin that cannot be imported; the message names the file, the line and what to do. */
public class ImportException extends Exception {

    private final String file;
    private final int line;

    public ImportException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
