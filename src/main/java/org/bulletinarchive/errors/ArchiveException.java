package org.bulletinarchive.errors;

/**
 * The one kind of error a user of the archive sees: where (a file, and the line and column when
 * known), what is wrong and what to do. {@code Main} prints it once, as
 * {@code error: content/issues/2023/17/index.md:12: …}, and exits non-zero; no stack trace reaches the
 * user unless {@code --debug} is given. Each stage has its own subclass (ImportException,
 * ContentException, TemplateFailure, …) so that code can tell them apart.
 */
public class ArchiveException extends RuntimeException {

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    /** {@code problem} says what is wrong and what to do; line and column are 0 when unknown. */
    public ArchiveException(String file, int line, int column, String problem, Throwable cause) {
        super(location(file, line, column) + problem, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public ArchiveException(String file, int line, String problem) {
        this(file, line, 0, problem, null);
    }

    private static String location(String file, int line, int column) {
        if (file == null || file.isEmpty()) {
            return "";
        }
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": ";
    }

    /** The file the problem is in, as the user named it (relative to the project where possible); may be empty. */
    public String file() {
        return file;
    }

    /** 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** What is wrong and what to do, without the place (the message is the place, then this). */
    public String problem() {
        return problem;
    }

    /** Where: {@code file:line:column}, as much of it as is known; empty when the problem is not in a file. */
    public String where() {
        String location = location(file, line, column);
        return location.isEmpty() ? "" : location.substring(0, location.length() - 2);
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }
}
