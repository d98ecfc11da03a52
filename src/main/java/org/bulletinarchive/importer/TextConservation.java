package org.bulletinarchive.importer;

import java.util.ArrayList;
import java.util.List;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.Entry;
import org.bulletinarchive.model.Issue;
import org.bulletinarchive.model.Section;

/**
 * The importer's own guarantee: every character of the source that is not layout (whitespace)
 * or dropped page furniture is in the imported bulletin, in order. The masthead is compared in
 * the order it was printed, the body (title, addressee, lead, headings, entries) in source order,
 * and the back matter by kind. A mismatch is a bug in the reading, so the file is refused rather
 * than imported with text lost or moved.
 */
final class TextConservation {

    private TextConservation() {
    }

    static void check(String fileName, Masthead.Result masthead, List<Paragraph> paras, Bulletin bulletin) throws ImportException {
        // the source side
        StringBuilder source = new StringBuilder();
        for (Masthead.Field f : masthead.fields()) {
            source.append(f.text());
        }
        List<String> sourceBody = paras.stream().map(Paragraph::text).toList();
        int firstLine = paras.isEmpty() ? 0 : paras.get(0).first().line();
        // the imported side, masthead in printed order
        Issue issue = bulletin.issue();
        StringBuilder imported = new StringBuilder();
        boolean seriesDone = false;
        int marks = 0;
        boolean issuerDone = false;
        for (Masthead.Field f : masthead.fields()) {
            switch (f.part()) {
                case SERIES -> {
                    if (!seriesDone) {
                        imported.append(issue.series().name());
                        seriesDone = true;
                    }
                }
                case NUMBER -> imported.append(issue.numberText());
                case ISSUER -> {
                    if (!issuerDone) {
                        imported.append(issue.issuer());
                        issuerDone = true;
                    }
                }
                case DATE -> imported.append(issue.dateText());
                case MARK -> imported.append(issue.imprint().get(marks++));
            }
        }
        compare(fileName, strip(source), strip(imported), masthead.fields().get(0).block().line(), "the masthead");

        StringBuilder body = new StringBuilder();
        body.append(issue.headline()).append(issue.addressee());
        issue.editorsNote().forEach(body::append);
        int nextSection = 0;
        List<Section> sections = issue.sections();
        for (Entry e : bulletin.entries()) {
            if (e.section() != null) {
                int at = indexOf(sections, e.section());
                while (nextSection <= at) {
                    body.append(sections.get(nextSection++).heading());
                }
            }
            body.append(e.heading());
            e.paragraphs().forEach(body::append);
        }
        while (nextSection < sections.size()) {
            body.append(sections.get(nextSection++).heading());
        }
        issue.attachments().forEach(body::append);
        // the back matter is compared by kind (distribution, contacts, imprint), each in source order
        List<String> backTexts = new ArrayList<>();
        backTexts.addAll(issue.distribution());
        backTexts.addAll(issue.contacts());
        backTexts.addAll(issue.imprint().subList(masthead.marks().size(), issue.imprint().size()));
        StringBuilder sourceMain = new StringBuilder();
        int backCount = 0;
        for (String text : sourceBody) {
            if (backTexts.contains(text)) {
                backCount++;
            } else {
                sourceMain.append(text);
            }
        }
        StringBuilder sourceBack = new StringBuilder();
        for (String t : backTexts) {
            if (sourceBody.contains(t)) {
                sourceBack.append(t);
            }
        }
        compare(fileName, strip(sourceMain), strip(body), firstLine, "the body");
        compare(fileName, strip(sourceBack), strip(String.join("", backTexts)), firstLine, "the back matter");
        if (backCount != backTexts.size()) {
            throw new ImportException(fileName, firstLine, "the importer read " + backTexts.size() + " back-matter lines but the source has "
                    + backCount + "; this is a bug in the importer — please report it with the file.");
        }
    }

    private static int indexOf(List<Section> sections, Section s) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i) == s) {
                return i;
            }
        }
        return sections.indexOf(s);
    }

    private static void compare(String fileName, String source, String imported, int line, String part) throws ImportException {
        if (source.equals(imported)) {
            return;
        }
        int i = 0;
        while (i < source.length() && i < imported.length() && source.charAt(i) == imported.charAt(i)) {
            i++;
        }
        String near = source.substring(Math.max(0, i - 8), Math.min(source.length(), i + 12));
        throw new ImportException(fileName, line, "the reading of " + part + " lost or moved text near '" + near
                + "' (character " + i + "); nothing was written. This is a bug in the importer — please report it with the file; "
                + "until then, check the source around that text.");
    }

    static String strip(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!LayoutReader.isLayoutSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
