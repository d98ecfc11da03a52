package org.bulletinarchive.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns decoded raw text into blocks: lines separated by blank lines. Layout whitespace
 * (line ends, indentation, full-width spaces, runs of spaces) is removed or folded;
 * every other character is kept in order. Stand-alone page numbers such as "— 2 —" are
 * layout too and are dropped.
 */
final class LayoutReader {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–－]\\s*\\d{1,3}\\s*[-—–－]$");

    private LayoutReader() {
    }

    static List<Block> blocks(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        // Word's "save as text" writes one paragraph per line with no blank lines between;
        // PDF extraction separates paragraphs by blank lines and may wrap lines inside one.
        boolean blankLinesSeparate = blankLineGaps(lines) >= 3;
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = foldSpaces(lines[i]);
            if (line.isEmpty() || PAGE_NUMBER.matcher(line).matches()) {
                if (current != null) {
                    blocks.add(new Block(current.toString(), start));
                    current = null;
                }
                continue;
            }
            if (current == null || !blankLinesSeparate) {
                if (current != null) {
                    blocks.add(new Block(current.toString(), start));
                }
                current = new StringBuilder(line);
                start = i + 1;
            } else {
                current.replace(0, current.length(), PageBreakRepair.join(current.toString(), line));
            }
        }
        if (current != null) {
            blocks.add(new Block(current.toString(), start));
        }
        return blocks;
    }

    private static int blankLineGaps(String[] lines) {
        int gaps = 0;
        boolean seenText = false;
        boolean inGap = false;
        for (String raw : lines) {
            boolean blank = foldSpaces(raw).isEmpty();
            if (blank && seenText) {
                inGap = true;
            } else if (!blank) {
                if (inGap) {
                    gaps++;
                }
                inGap = false;
                seenText = true;
            }
        }
        return gaps;
    }

    /** Strips leading and trailing whitespace (full-width included) and folds inner runs to one space. */
    static String foldSpaces(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean pendingSpace = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isLayoutSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isLayoutSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || Character.isWhitespace(c);
    }
}
