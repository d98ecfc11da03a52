package org.bulletinarchive.cli;

/** Counts in the editor's messages: "1 issue", "19 entries". */
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
}
