package org.bulletinarchive.importer;

import java.util.regex.Pattern;

/** Recognises a printed page number standing alone on a line: "— 2 —", "-2-", "第 2 页", "第2页 共5页", "2/5". */
final class PageNumbers {

    private static final String N = "[0-9０-９]{1,4}";
    private static final String DASH = "[-—–－―]{1,2}";
    private static final Pattern FRAMED = Pattern.compile("^" + DASH + "\\s*" + N + "\\s*" + DASH + "$");
    private static final Pattern CHINESE = Pattern.compile("^第\\s*" + N + "\\s*页(?:\\s*[,，/／]?\\s*共\\s*" + N + "\\s*页)?$");
    private static final Pattern OF_TOTAL = Pattern.compile("^" + N + "\\s*[/／]\\s*" + N + "$");
    private static final Pattern BARE = Pattern.compile("^" + N + "$");

    private PageNumbers() {
    }

    /** A page number in any of the forms that cannot be body text. */
    static boolean isPageNumber(String line) {
        return FRAMED.matcher(line).matches() || CHINESE.matcher(line).matches() || OF_TOTAL.matcher(line).matches();
    }

    /** Also a bare number: only safe where position says it is furniture (a PDF's top or bottom band). */
    static boolean isPageNumberInMargin(String line) {
        return isPageNumber(line) || BARE.matcher(line).matches();
    }
}
