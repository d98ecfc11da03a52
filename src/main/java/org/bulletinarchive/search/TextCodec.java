package org.bulletinarchive.search;

import java.util.Arrays;
import java.util.List;

/**
 * Packs the stored text of a group of documents into fewer UTF-8 bytes, so that a group file, which the browser loads
 * whole to show one of its documents, costs less (unpack() in assets/js/search.js reverses it).
 *
 * <p>Two steps, both over UTF-16 code units. A character of the table (the most frequent characters of the oldest
 * documents, see {@link ShardWriter.Layout#tableDocs}, which a new issue does not change) is written as one code unit from U+0100 up, two bytes in UTF-8 rather
 * than three. A repeat of at least two units within the group is written as {@code U+007F vlq(distance - 1)
 * vlq(length - 2)} (vlq as in {@link PostingsCodec}) when that is shorter. A text unit that would be read as either
 * (U+007F, or U+0100 up to the end of the table's range) is written as {@code U+007F ~} then itself.
 */
public final class TextCodec {

    /** Marks a repeat or an escaped unit. */
    static final char MARK = '\u007f';
    /** After {@link #MARK}: the next unit is literal text. */
    static final char LITERAL = '~';
    /** The first unit that stands for a table character; the table ends below U+0800, where UTF-8 needs three bytes. */
    static final char TABLE_BASE = '\u0100';
    /** The most characters a table can hold. */
    static final int TABLE_SIZE = 0x800 - TABLE_BASE;
    /** Candidate positions tried per repeat: enough for text, and the output depends on nothing else. */
    private static final int CHAIN = 12;
    /** A repeat this long ends the search for a longer one. */
    private static final int GOOD_ENOUGH = 24;
    private static final int MAX_LENGTH = 4096;

    private TextCodec() {
    }

    /**
     * The table: characters that take three UTF-8 bytes and occur more than once, most frequent first (ties by code
     * unit), at most {@link #TABLE_SIZE}. Counted from the oldest documents only, which a new issue leaves as they were.
     */
    public static String table(List<String> texts) {
        int[] counts = new int[0x10000];
        for (String text : texts) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 0x800 && !Character.isSurrogate(c) && c != '\u2028' && c != '\u2029') {
                    counts[c]++;
                }
            }
        }
        Integer[] chars = new Integer[0x10000];
        int n = 0;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 1) {
                chars[n++] = c;
            }
        }
        Integer[] used = Arrays.copyOf(chars, n);
        Arrays.sort(used, (a, b) -> counts[b] != counts[a] ? counts[b] - counts[a] : a - b);
        StringBuilder out = new StringBuilder(Math.min(n, TABLE_SIZE));
        for (int i = 0; i < Math.min(n, TABLE_SIZE); i++) {
            out.append((char) (int) used[i]);
        }
        return out.toString();
    }

    /** The packed form of {@code text} with {@code table}. */
    public static String pack(String text, String table) {
        char[] codes = new char[0x10000];
        for (int i = 0; i < table.length(); i++) {
            codes[table.charAt(i)] = (char) (TABLE_BASE + i);
        }
        char tableEnd = (char) (TABLE_BASE + table.length());
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int[] head = new int[1 << 15];
        Arrays.fill(head, -1);
        int[] previous = new int[n];
        int i = 0;
        while (i < n) {
            int bestLength = 0;
            int bestDistance = 0;
            if (i + 1 < n) {
                int candidate = head[hash(text, i)];
                for (int tries = 0; candidate >= 0 && tries < CHAIN; tries++, candidate = previous[candidate]) {
                    int length = 0;
                    while (i + length < n && length < MAX_LENGTH && text.charAt(candidate + length) == text.charAt(i + length)) {
                        length++;
                    }
                    if (length > bestLength) {
                        bestLength = length;
                        bestDistance = i - candidate;
                        if (length >= GOOD_ENOUGH) {
                            break;
                        }
                    }
                }
            }
            if (bestLength >= 2) {
                int cost = 1 + vlqLength(bestDistance - 1) + vlqLength(bestLength - 2);
                int literal = 0;
                for (int k = i; k < i + bestLength; k++) {
                    literal += literalLength(text.charAt(k), codes, tableEnd);
                }
                if (cost < literal) {
                    out.append(MARK);
                    PostingsCodec.vlq(out, bestDistance - 1);
                    PostingsCodec.vlq(out, bestLength - 2);
                    for (int k = i; k < i + bestLength; k++) {
                        insert(text, k, head, previous);
                    }
                    i += bestLength;
                    continue;
                }
            }
            char c = text.charAt(i);
            if (codes[c] != 0) {
                out.append(codes[c]);
            } else if (c == MARK || (c >= TABLE_BASE && c < tableEnd)) {
                out.append(MARK).append(LITERAL).append(c);
            } else {
                out.append(c);
            }
            insert(text, i, head, previous);
            i++;
        }
        return out.toString();
    }

    /** The text of a packed string: the inverse of {@link #pack}, as unpack() in search.js does it. */
    public static String unpack(String packed, String table) {
        StringBuilder out = new StringBuilder(packed.length() * 2);
        char tableEnd = (char) (TABLE_BASE + table.length());
        for (int i = 0; i < packed.length(); i++) {
            char c = packed.charAt(i);
            if (c == MARK) {
                if (packed.charAt(i + 1) == LITERAL) {
                    out.append(packed.charAt(i + 2));
                    i += 2;
                    continue;
                }
                long[] distance = readVlq(packed, i + 1);
                long[] length = readVlq(packed, (int) distance[1]);
                int from = out.length() - (int) distance[0] - 1;
                for (int k = 0; k < length[0] + 2; k++) {
                    out.append(out.charAt(from + k));
                }
                i = (int) length[1] - 1;
            } else if (c >= TABLE_BASE && c < tableEnd) {
                out.append(table.charAt(c - TABLE_BASE));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static long[] readVlq(String s, int at) {
        long value = 0;
        while (true) {
            int digit = PostingsCodec.ALPHABET.indexOf(s.charAt(at++));
            value = value * 32 + (digit & 31);
            if (digit < 32) {
                return new long[] {value, at};
            }
        }
    }

    private static int literalLength(char c, char[] codes, char tableEnd) {
        if (codes[c] != 0) {
            return 2;
        }
        int utf8 = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        return c == MARK || (c >= TABLE_BASE && c < tableEnd) ? 2 + utf8 : utf8;
    }

    private static void insert(String text, int at, int[] head, int[] previous) {
        if (at + 1 < text.length()) {
            int h = hash(text, at);
            previous[at] = head[h];
            head[h] = at;
        }
    }

    private static int hash(String text, int at) {
        return (text.charAt(at) * 0x9E3779B1 + text.charAt(at + 1)) * 0x85EBCA6B >>> 17;
    }

    private static int vlqLength(long value) {
        int digits = 1;
        for (long v = value >>> 5; v > 0; v >>>= 5) {
            digits++;
        }
        return digits;
    }
}
