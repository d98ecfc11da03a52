package org.bulletinarchive.importer;

import java.util.regex.Pattern;
import org.bulletinarchive.model.Text;

/**
 * Decides whether a block that the PDF extraction ended is really a paragraph's end, whether a
 * printed line must begin a paragraph of its own, and joins the pieces of a word broken across a
 * page break (加 / 快建设 → 加快建设).
 */
final class PageBreakRepair {

    private static final String TERMINALS = "。！？…!?";
    private static final String CLOSERS = "”’」』）)】";
    private static final String CANNOT_START = "，、。；：？！）】」』”’,.;:!?)";
    /** A source named in brackets after the last full stop: 。（县水利局）, 。（供稿：县政务服务中心） */
    private static final Pattern ATTRIBUTION = Pattern.compile("[（(][^（()）。！？]{1,24}[）)]$");
    /** （共印 60 份）: the imprint's copy count, a line of its own. */
    private static final Pattern COPIES = Pattern.compile("^[（(]?\\s*共印\\s*[0-9０-９一二三四五六七八九十百]+\\s*份");
    /**
     * Marks that begin a list item or heading: ◆ ● ■ ▲ ★ …, 一、 (not 一、二季度), （一）, 1. or 1、 (not 1.5), 【…】.
     * A line that starts with one begins a paragraph, whatever the line before it.
     */
    private static final Pattern ITEM = Pattern.compile("^(?:[◆◇●○■□▲△★☆◎•▶►]"
            + "|[一二三四五六七八九十]{1,3}\\s*、(?![一二三四五六七八九十])"
            + "|[（(]\\s*[一二三四五六七八九十]{1,3}\\s*[）)]"
            + "|[0-9]{1,2}\\s*[.．、](?![0-9])"
            + "|【[^【】]{1,40}】)");

    private PageBreakRepair() {
    }

    /**
     * A paragraph ends with a full stop, question or exclamation mark, possibly followed by closing
     * quotes or brackets, or by a source in brackets (…。（县水利局）).
     */
    static boolean endsParagraph(String text) {
        String t = text.strip();
        var attribution = ATTRIBUTION.matcher(t);
        if (attribution.find() && attribution.start() > 0 && endsSentence(t.substring(0, attribution.start()).stripTrailing())) {
            return true;
        }
        return endsSentence(t);
    }

    private static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && TERMINALS.indexOf(text.charAt(i)) >= 0;
    }

    /** True when {@code next} cannot begin a paragraph (it starts with closing punctuation). */
    static boolean cannotStartParagraph(String next) {
        return !next.isEmpty() && CANNOT_START.indexOf(next.charAt(0)) >= 0;
    }

    /** True when a character may not begin a printed line, so it travels with the one before it. */
    static boolean cannotStartLine(int c) {
        return CANNOT_START.indexOf(c) >= 0 || c == '》' || c == '〉' || c == '%' || c == '％' || c == '—' || c == '…';
    }

    /** A 报：/送：/发：/抄送： or contact line, or the （共印 60 份） line: back matter, each line a paragraph of its own. */
    static boolean opensBackMatter(String line) {
        return BulletinParser.opensBackMatter(line) || COPIES.matcher(line).find();
    }

    /** A line that begins with an item mark or a heading number (◆, 一、, （一）, 1., 【…】). */
    static boolean opensItem(String line) {
        return ITEM.matcher(line).find();
    }

    /** Joins two pieces of one line or paragraph, with a space only between two Latin letters or digits. */
    static String join(String left, String right) {
        return Text.joinWrapped(left, right);
    }
}
