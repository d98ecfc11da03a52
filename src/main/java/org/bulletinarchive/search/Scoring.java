package org.bulletinarchive.search;

/**
 * The BM25-like scoring shared with assets/js/search.js: the index stores, per doc and term, the BM25
 * term-frequency part quantised to 3 bits ("impact"); the browser adds idf and the title/subject boost.
 */
public final class Scoring {

    /** BM25 saturation; the browser uses the same K1 to turn an impact back into a weight. */
    public static final double K1 = 1.2;
    /** BM25 length normalisation. */
    public static final double B = 0.75;
    /** Impacts are 0..IMPACTS-1. */
    public static final int IMPACTS = 8;

    private Scoring() {
    }

    /** The quantised BM25 tf part of a term that occurs tf times in a body of the given length. */
    public static int impact(int tf, int length, double averageLength) {
        double norm = K1 * (1 - B + B * length / Math.max(1.0, averageLength));
        double weight = tf * (K1 + 1) / (tf + norm);
        int q = (int) Math.round(weight / (K1 + 1) * IMPACTS) - 1;
        return Math.max(0, Math.min(IMPACTS - 1, q));
    }

    /** What the browser makes of an impact (it multiplies by idf). */
    public static double weight(int impact) {
        return (K1 + 1) * (impact + 1) / IMPACTS;
    }
}
