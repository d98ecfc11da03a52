package org.bulletinarchive.model;

/** Small text helpers shared by the importer and the site model. */
public final class Text {

    private Text() {
    }

    /** Index of the first label colon (：or :) within the first 8 characters, or -1. */
    public static int labelEnd(String line) {
        int limit = Math.min(line.length(), 8);
        for (int i = 0; i < limit; i++) {
            char c = line.charAt(i);
            if (c == '：' || c == ':') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Joins two pieces of one paragraph (a line wrapped by hand or broken across a PDF page):
     * a space only between two Latin words (letters or a letter and a digit), none between CJK
     * characters and none inside a number cut by the line end.
     */
    public static String joinWrapped(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return left + right;
        }
        char a = left.charAt(left.length() - 1);
        char b = right.charAt(0);
        // a number cut by a line end (78 / 0 → 780) is one number; two Latin words keep their space
        boolean latinBoundary = isAsciiAlnum(a) && isAsciiAlnum(b) && !(Character.isDigit(a) && Character.isDigit(b));
        return latinBoundary ? left + " " + right : left + right;
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** The first sentence (up to and including 。！？), or the whole text when it has none. */
    public static String firstSentence(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                int end = i + 1;
                if (end < text.length() && (text.charAt(end) == '”' || text.charAt(end) == '’')) {
                    end++;
                }
                return text.substring(0, end);
            }
        }
        return text;
    }

    /** At most {@code max} code points of {@code text}, with an ellipsis when cut. */
    public static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
