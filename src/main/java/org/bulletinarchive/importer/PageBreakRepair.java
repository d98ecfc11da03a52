package org.bulletinarchive.importer;

import org.bulletinarchive.model.Text;

/**
 * Decides whether a block that the PDF extraction ended is really a paragraph's end, and
 * joins the pieces of a word broken across a page break (加 / 快建设 → 加快建设).
 */
final class PageBreakRepair {

    private static final String TERMINALS = "。！？…!?";
    private static final String CLOSERS = "”’」』）)】";
    private static final String CANNOT_START = "，、。；：？！）】」』”’,.;:!?)";

    private PageBreakRepair() {
    }

    /** A paragraph ends with a full stop, question or exclamation mark, possibly followed by closing quotes. */
    static boolean endsParagraph(String text) {
        int i = text.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && TERMINALS.indexOf(text.charAt(i)) >= 0;
    }

    /** True when {@code next} cannot begin a paragraph (it starts with closing punctuation). */
    static boolean cannotStartParagraph(String next) {
        return !next.isEmpty() && CANNOT_START.indexOf(next.charAt(0)) >= 0;
    }

    /** Joins two pieces of one line or paragraph, with a space only between two Latin letters or digits. */
    static String join(String left, String right) {
        return Text.joinWrapped(left, right);
    }
}
