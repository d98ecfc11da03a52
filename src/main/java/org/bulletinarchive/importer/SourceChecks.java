package org.bulletinarchive.importer;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bulletinarchive.importer.ImportReport.Warning;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.Entry;
import org.bulletinarchive.model.Issue;
import org.bulletinarchive.model.Text;

/**
 * Doubts about a source that do not stop the import but must not pass in silence: a text file
 * whose GB18030 reading holds characters a bulletin hardly ever uses (the trace of a stray byte
 * from another encoding: a Windows-1252 ’ in a GBK file reads as 抋), and a bulletin that looks cut
 * off (its last paragraph ends mid-sentence and no 报/发 lines follow).
 */
final class SourceChecks {

    /** GB2312 holds the 6,763 common characters; bulletins use almost nothing beyond it. */
    private static final Charset GB2312 = Charset.forName("GB2312");

    private SourceChecks() {
    }

    /** Warnings for characters outside GB2312 in a text read as GB18030; at most a few, the first named. */
    static List<Warning> doubtfulDecoding(List<Block> blocks, String encoding) {
        List<Warning> warnings = new ArrayList<>();
        if (!encoding.toUpperCase(Locale.ROOT).startsWith("GB")) {
            return warnings;
        }
        CharsetEncoder common = GB2312.newEncoder();
        int rare = 0;
        Block first = null;
        String sample = "";
        for (Block b : blocks) {
            String text = b.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 0x80 && !common.canEncode(c) && c != '\u3000' && !"“”‘’—…·•●◆■▲★☆◇○〇".contains(String.valueOf(c))) {
                    rare++;
                    if (first == null) {
                        first = b;
                        sample = text.substring(Math.max(0, i - 4), Math.min(text.length(), i + 5));
                    }
                }
            }
        }
        if (first != null) {
            warnings.add(new Warning(first.where(), "the file was read as " + encoding + " but has " + rare + (rare == 1 ? " character" : " characters")
                    + " a bulletin hardly ever uses, first in '" + sample + "'; the file may mix encodings (e.g. a Windows ’ in a GBK file). "
                    + "Check that line; if it is garbled, save the bulletin again as UTF-8 (记事本: 另存为, 编码 UTF-8) and import that."));
        }
        return warnings;
    }

    /** A warning when the bulletin seems cut off: its last paragraph ends mid-sentence (and no back matter follows). */
    static List<Warning> truncation(Bulletin bulletin, int mastheadMarks, List<ImportReport.Reading> readings) {
        Issue issue = bulletin.issue();
        // the imprint begins with the masthead's marks (内部资料), which say nothing about the end of the file
        boolean backMatter = !issue.distribution().isEmpty() || !issue.contacts().isEmpty() || issue.imprint().size() > mastheadMarks;
        List<String> lastText = bulletin.entries().isEmpty() ? issue.editorsNote()
                : bulletin.entries().get(bulletin.entries().size() - 1).paragraphs();
        if (backMatter || lastText.isEmpty() || PageBreakRepair.endsParagraph(lastText.get(lastText.size() - 1))) {
            return List.of();
        }
        String text = lastText.get(lastText.size() - 1);
        String name = bulletin.entries().isEmpty() ? "the issue's text"
                : bulletin.entries().get(bulletin.entries().size() - 1).primary().map(p -> p.name()).orElse("the last item");
        String where = readings.isEmpty() ? "0" : readings.get(readings.size() - 1).where();
        return List.of(new Warning(where, "the bulletin may be cut off: its last paragraph (" + name + ") ends mid-sentence with '…"
                + Text.shorten(text.substring(Math.max(0, text.length() - 12)), 12) + "' and no 报/发 or contact lines follow. "
                + "Check that the whole bulletin was exported or copied."));
    }
}
