package org.bulletinarchive.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Splits Chinese and mixed text into search terms, exactly as assets/js/search.js does in the browser.
 *
 * <p>Text is NFKC-normalised and lower-cased. A run of Han characters gives its single characters and
 * its overlapping bigrams; a run of Latin letters and digits gives one word ({@code 0746}, {@code 6.0},
 * {@code abc123}); everything else separates. Both implementations are checked against
 * src/test/resources/search/tokenizer-vectors.json.
 */
public final class Tokenizer {

    /** One run of the normalised text: Han characters or a word. */
    public record Segment(boolean han, String text) {
    }

    private Tokenizer() {
    }

    /** NFKC then lower case: the form in which both the index and the browser compare text. */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Han runs and words of the text, in order. */
    public static List<Segment> segments(String text) {
        String s = normalize(text);
        List<Segment> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int kind = 0; // 0 none, 1 Han, 2 word
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            int next = i + width < s.length() ? s.codePointAt(i + width) : -1;
            int k;
            if (isHan(cp)) {
                k = 1;
            } else if (isWordChar(cp)) {
                k = 2;
            } else if (cp == '.' && kind == 2 && isDigit(run.charAt(run.length() - 1)) && isDigit(next)) {
                k = 2; // a decimal point inside a number: 6.0, 437.59
            } else {
                k = 0;
            }
            if (k != kind && kind != 0) {
                out.add(new Segment(kind == 1, run.toString()));
                run.setLength(0);
            }
            if (k != 0) {
                run.appendCodePoint(cp);
            }
            kind = k;
            i += width;
        }
        if (kind != 0) {
            out.add(new Segment(kind == 1, run.toString()));
        }
        return out;
    }

    /** Terms a document is indexed under, in text order, with repeats: per Han character its unigram then its bigram with the next. */
    public static List<String> indexTerms(String text) {
        List<String> terms = new ArrayList<>();
        for (Segment segment : segments(text)) {
            if (!segment.han()) {
                terms.add(segment.text());
                continue;
            }
            int[] cps = segment.text().codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                terms.add(new String(cps, i, 1));
                if (i + 1 < cps.length) {
                    terms.add(new String(cps, i, 2));
                }
            }
        }
        return terms;
    }

    /** Terms a query looks up, without repeats: bigrams of Han runs (the character itself for a one-character run) and words. */
    public static List<String> queryTerms(String query) {
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        for (Segment segment : segments(query)) {
            if (!segment.han()) {
                terms.add(segment.text());
                continue;
            }
            int[] cps = segment.text().codePoints().toArray();
            if (cps.length == 1) {
                terms.add(segment.text());
            }
            for (int i = 0; i + 1 < cps.length; i++) {
                terms.add(new String(cps, i, 2));
            }
        }
        return new ArrayList<>(terms);
    }

    /**
     * The Han bigrams among {@link #indexTerms}, in text order with repeats, each as its two code points in one long
     * (the first shifted left by 21 bits): for comparing many texts without a string per term.
     */
    public static long[] hanBigrams(String text) {
        String s = normalize(text);
        long[] out = new long[Math.max(16, s.length())];
        int n = 0;
        int previous = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean han = isHan(cp);
            if (han && previous >= 0) {
                out[n++] = ((long) previous << 21) | cp;
            }
            previous = han ? cp : -1;
            i += Character.charCount(cp);
        }
        return Arrays.copyOf(out, n);
    }

    static boolean isHan(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x20000 && cp <= 0x3134F) || cp == 0x3007;
    }

    static boolean isWordChar(int cp) {
        return (cp >= 'a' && cp <= 'z') || isDigit(cp) || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
    }

    private static boolean isDigit(int cp) {
        return cp >= '0' && cp <= '9';
    }
}
