package org.bulletinarchive.importer;

/**
 * A paragraph of the source as its reader found it, with where it starts: the line of a text
 * file, the paragraph number of a Word file, or the line (counted over the whole document)
 * and page of a PDF ({@code page} is 0 for files without pages).
 */
record Block(String text, int line, int page) {

    Block(String text, int line) {
        this(text, line, 0);
    }

    /** Where the block starts, for messages and the import report: "12" or "12 (p.2)". */
    String where() {
        return page > 0 ? line + " (p." + page + ")" : Integer.toString(line);
    }
}
