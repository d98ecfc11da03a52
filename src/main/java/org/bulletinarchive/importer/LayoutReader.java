package org.bulletinarchive.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns decoded raw text into blocks: lines separated by blank lines. Layout whitespace
 * (line ends, indentation, full-width spaces, runs of spaces) is removed or folded;
 * every other character is kept in order. Stand-alone page numbers such as "— 2 —" or
 * "第 2 页" are layout too: they are dropped and reported. A back-matter line (报：, 发：,
 * 联系电话：, （共印 60 份）) always begins a block, even without a blank line before it.
 */
final class LayoutReader {

    /** The blocks of a text and the page-number lines dropped from it. */
    record Layout(List<Block> blocks, List<Dropped> dropped) {
    }

    private LayoutReader() {
    }

    static List<Block> blocks(String text) {
        return read(text).blocks();
    }

    static Layout read(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        // Word's "save as text" writes one paragraph per line with no blank lines between;
        // PDF extraction separates paragraphs by blank lines and may wrap lines inside one.
        boolean blankLinesSeparate = blankLineGaps(lines) >= 3;
        List<Block> blocks = new ArrayList<>();
        List<Dropped> dropped = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = foldSpaces(lines[i]);
            boolean pageNumber = !line.isEmpty() && PageNumbers.isPageNumber(line);
            if (pageNumber) {
                dropped.add(new Dropped(i + 1, 0, line, "page number"));
            }
            if (line.isEmpty() || pageNumber) {
                if (current != null) {
                    blocks.add(new Block(current.toString(), start));
                    current = null;
                }
                continue;
            }
            // text copied out of a PDF runs the back matter's lines together in one block, as it
            // was printed; each of them is a paragraph of its own in the Word file
            if (current == null || !blankLinesSeparate || PageBreakRepair.opensBackMatter(line)) {
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
        return new Layout(blocks, dropped);
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
