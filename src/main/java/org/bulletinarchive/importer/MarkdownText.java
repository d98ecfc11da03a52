package org.bulletinarchive.importer;

/** Escapes plain bulletin text so that Markdown shows it literally (a paragraph, no markup, no HTML). */
final class MarkdownText {

    private static final String SPECIAL = "\\`*_[]<>#|~&";

    private MarkdownText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineStartMarker = i == 0 && (c == '-' || c == '+' || c == '=');
            boolean orderedListMarker = i > 0 && (c == '.' || c == ')') && text.substring(0, i).chars().allMatch(Character::isDigit) && i < 10;
            if (SPECIAL.indexOf(c) >= 0 || lineStartMarker || orderedListMarker) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
