package org.bulletinarchive.cli;

/** Words in the editor's messages: counts ("1 issue", "19 entries") and the width of text in a terminal. */
final class Words {

    private Words() {
    }

    static String count(long n, String noun) {
        if (n == 1) {
            return "1 " + noun;
        }
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun.endsWith("s") ? noun + "es" : noun + "s";
        return n + " " + plural;
    }

    /** Columns a text takes in a terminal: a Han (or other wide) character takes two. */
    static int displayWidth(String s) {
        return s.codePoints().map(cp -> cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)) ? 2 : 1).sum();
    }
}
