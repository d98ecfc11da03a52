package org.bulletinarchive.search;

/**
 * Compact text encodings of postings that the browser decodes (see decode() in assets/js/search.js).
 *
 * <p>All use one 64-character alphabet that needs no escaping in JSON. A number is written in base 32,
 * most significant digit first: a digit below 32 ends the number, a digit from 32 up continues it
 * ("vlq"). A sparse list is {@code s} then, per doc, vlq((gap - 1) * 8 + impact); a dense list is
 * {@code b} then a bitmap of all docs, 6 per character, then the impacts, 2 per character. A field
 * list (docs whose title or subject has the term) is just vlq(gap - 1) per doc.
 */
public final class PostingsCodec {

    /** The alphabet; its first 32 characters end a vlq number. */
    public static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

    private PostingsCodec() {
    }

    /** Body postings, sparse or dense, whichever is shorter. */
    public static String body(int[] docs, int[] impacts, int count, int docCount) {
        String sparse = sparse(docs, impacts, count);
        int denseLength = 1 + (docCount + 5) / 6 + (count + 1) / 2;
        return denseLength < sparse.length() ? dense(docs, impacts, count, docCount) : sparse;
    }

    static String sparse(int[] docs, int[] impacts, int count) {
        StringBuilder out = new StringBuilder(count * 2 + 1).append('s');
        int prev = -1;
        for (int i = 0; i < count; i++) {
            vlq(out, (long) (docs[i] - prev - 1) * 8 + impacts[i]);
            prev = docs[i];
        }
        return out.toString();
    }

    static String dense(int[] docs, int[] impacts, int count, int docCount) {
        char[] bitmap = new char[(docCount + 5) / 6];
        int[] bits = new int[bitmap.length];
        for (int i = 0; i < count; i++) {
            bits[docs[i] / 6] |= 1 << (docs[i] % 6);
        }
        for (int i = 0; i < bits.length; i++) {
            bitmap[i] = ALPHABET.charAt(bits[i]);
        }
        StringBuilder out = new StringBuilder(1 + bitmap.length + count / 2 + 1).append('b').append(bitmap);
        for (int i = 0; i < count; i += 2) {
            int pair = impacts[i] << 3 | (i + 1 < count ? impacts[i + 1] : 0);
            out.append(ALPHABET.charAt(pair));
        }
        return out.toString();
    }

    /** Sorted doc ids as vlq(gap - 1). */
    public static String docs(int[] docs, int count) {
        StringBuilder out = new StringBuilder(count * 2);
        int prev = -1;
        for (int i = 0; i < count; i++) {
            vlq(out, docs[i] - prev - 1);
            prev = docs[i];
        }
        return out.toString();
    }

    /** A number in the fixed-width base 64 used for subject codes. */
    public static String fixed(int value, int width) {
        char[] out = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            out[i] = ALPHABET.charAt(value & 63);
            value >>>= 6;
        }
        return new String(out);
    }

    static void vlq(StringBuilder out, long value) {
        int digits = 1;
        for (long v = value >>> 5; v > 0; v >>>= 5) {
            digits++;
        }
        for (int d = digits - 1; d >= 0; d--) {
            int digit = (int) (value >>> (5 * d)) & 31;
            out.append(ALPHABET.charAt(d == 0 ? digit : digit + 32));
        }
    }
}
