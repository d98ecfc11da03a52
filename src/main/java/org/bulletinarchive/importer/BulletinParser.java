package org.bulletinarchive.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinarchive.importer.ImportReport.Reading;
import org.bulletinarchive.importer.ImportReport.Warning;
import org.bulletinarchive.importer.SubjectFinder.Subject;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.Entry;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.model.Issue;
import org.bulletinarchive.model.Place;
import org.bulletinarchive.model.Section;
import org.bulletinarchive.model.Series;
import org.bulletinarchive.model.Text;

/**
 * Reads the structure of a bulletin from its paragraphs: the masthead ({@link Masthead}); an
 * optional title line, addressee line and lead (labelled 编者按/按语 or not); section headings in
 * the common forms (【…】, 一、…, （一）…, 1. …, or a short line without end punctuation); entries,
 * each beginning with its subject (name first, 名称：, ◆ 名称, （一）名称 heading lines) and running
 * over one paragraph or several; and the back matter (报/送/发/抄送, contacts, 印发 and 共印 lines).
 * Every paragraph's reading goes into the {@link ImportReport}; {@link TextConservation} then checks
 * that every character of the source is in the result, in order.
 */
public final class BulletinParser {

    /** What the parser made of a bulletin. */
    public record Parsed(Bulletin bulletin, ImportReport report) {
    }

    private static final Pattern NOTE = Pattern.compile("^(编者按|编者的话|按语|编者)\\s*[：:]");
    private static final Pattern DISTRIBUTION = Pattern.compile("^(报|送|发|抄送|抄报|报送|分送|主送|呈|呈报|呈送)\\s*[：:]");
    private static final Pattern CONTACT = Pattern.compile("^(联系人|联系电话|联系方式|电话|电子邮箱|电子信箱|邮箱|投稿邮箱|传真|地址|邮编)\\s*[：:]");
    private static final Pattern IMPRINT = Pattern.compile("^(?:[（(]?\\s*共印\\s*[0-9０-９一二三四五六七八九十百]+\\s*份\\s*[）)]?"
            + "|(?:编辑|责任编辑|编审|审核|审稿|核稿|签发|校对|主编|编印)\\s*[：:].*"
            + "|[（(]此件.{1,20}[）)]"
            + "|.{0,40}?[0-9〇零○一二三四五六七八九十]{1,4}\\s*日\\s*印发"
            + "|.{2,40}印发)$");
    private static final Pattern BRACKET_HEADING = Pattern.compile("^【[^【】]{1,40}】$");
    /** List markers a heading or an entry may start with; group 1 is the marker. */
    private static final Pattern MARKER = Pattern.compile("^([一二三四五六七八九十]{1,3}\\s*、|[（(]\\s*[一二三四五六七八九十]{1,3}\\s*[）)]|[0-9]{1,2}\\s*[.．、](?![0-9])|[（(]\\s*[0-9]{1,2}\\s*[）)]|[◆●■▲★☆◇◎○•·→]|【)\\s*");
    private static final String SENTENCE_PUNCTUATION = "。！？；，,;!?";
    /** A heading line is short. */
    private static final int HEADING_MAX = 30;

    private final Gazetteer gazetteer;

    public BulletinParser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Kinds of paragraph. */
    private enum Kind { TITLE, ADDRESSEE, NOTE, LEAD, HEADING, SUBJECT_HEADING, ENTRY, CONTINUATION, DISTRIBUTION, CONTACT, IMPRINT }

    /**
     * Reads {@code blocks}; {@code exactParagraphs} is false when paragraphs may be split by page
     * breaks (text extracted from a PDF) and must be repaired. {@code seriesOf} gives the series for
     * a masthead title and issuer.
     */
    public Parsed parse(List<Block> blocks, boolean exactParagraphs, String fileName, List<Reading> dropped,
                        BiFunction<String, String, Series> seriesOf) throws ImportException {
        return parse(blocks, exactParagraphs, fileName, dropped, List.of(), seriesOf);
    }

    /** As above, with warnings the reader already has about the source (e.g. a doubtful decoding). */
    Parsed parse(List<Block> blocks, boolean exactParagraphs, String fileName, List<Reading> dropped, List<Warning> sourceWarnings,
                 BiFunction<String, String, Series> seriesOf) throws ImportException {
        if (blocks.isEmpty()) {
            throw new ImportException(fileName, 1, "the file has no text; export the bulletin again (or, for a PDF, check that it is not a scan).");
        }
        List<Reading> readings = new ArrayList<>(dropped);
        List<Warning> warnings = new ArrayList<>(sourceWarnings);
        Masthead.Result masthead = Masthead.read(blocks, fileName);
        for (Masthead.Field f : masthead.fields()) {
            readings.add(new Reading(f.block().where(), "masthead " + f.part().name().toLowerCase(), f.note(), f.text()));
        }
        if (!masthead.dateHasDay()) {
            Block dateBlock = masthead.fields().get(masthead.fields().size() - 1).block();
            warnings.add(new Warning(dateBlock.where(), "the date '" + masthead.dateText() + "' has no day; the issue is dated the 1st ("
                    + masthead.date() + "). Add the day to the masthead if it is known."));
        }
        Series series = seriesOf.apply(masthead.series(), masthead.issuer());
        Place home = SubjectFinder.homeOf(gazetteer, masthead.series() + " " + masthead.issuer());
        SubjectFinder subjects = new SubjectFinder(gazetteer, home);

        List<Block> bodyBlocks = blocks.subList(masthead.bodyStart(), blocks.size());
        List<Paragraph> paras = exactParagraphs ? asIs(bodyBlocks) : repairPageBreaks(bodyBlocks, readings);

        Body body = new Body(subjects, readings, warnings, masthead.marks());
        // each paragraph's heading form, found once: the lead needs to know whether any heading follows
        List<HeadingKind> headings = new ArrayList<>();
        for (Paragraph p : paras) {
            headings.add(headingKind(p.text(), subjects));
        }
        body.hasHeadings = headings.stream().anyMatch(java.util.Objects::nonNull);
        for (int i = 0; i < paras.size(); i++) {
            body.read(paras.get(i), headings.get(i), i == 0 && paras.size() > 1);
        }
        if (body.drafts.isEmpty()) {
            throw new ImportException(fileName, paras.isEmpty() ? masthead.fields().get(0).block().line() : paras.get(0).first().line(),
                    "no entries: no paragraph begins with a place, zone or department (e.g. 长沙…, 零陵区：…, 市发改委…). "
                            + "Check that the bulletin's body follows its masthead, or add the subjects to the gazetteer.");
        }
        body.keepEmptyHeadingsAsText();
        Issue issue = new Issue(series, masthead.number(), masthead.numberText(), masthead.totalNumber(), masthead.issuer(),
                masthead.date(), masthead.dateText(), body.headline, body.addressee, body.lead, body.sections, body.distribution,
                body.contacts, body.imprint, List.of());
        List<Entry> entries = new ArrayList<>();
        for (EntryDraft d : body.drafts) {
            entries.add(new Entry(series, issue.number(), issue.date(), entries.size() + 1, d.section, d.subject.place(), d.heading, d.paragraphs));
        }
        Bulletin bulletin = new Bulletin(issue, entries);
        TextConservation.check(fileName, masthead, paras, bulletin);
        readings.sort(java.util.Comparator.comparingInt(r -> lineOf(r.where())));
        warnings.addAll(SourceChecks.truncation(bulletin, masthead.marks().size(), readings));
        warnings.sort(java.util.Comparator.comparingInt(w -> lineOf(w.where())));
        return new Parsed(bulletin, new ImportReport(fileName, readings, warnings));
    }

    /** The reading of the body, paragraph by paragraph: what has been seen so far and where it went. */
    private final class Body {
        final SubjectFinder subjects;
        final List<Reading> readings;
        final List<Warning> warnings;
        String headline = "";
        String addressee = "";
        final List<String> lead = new ArrayList<>();
        final List<Section> sections = new ArrayList<>();
        final List<String> distribution = new ArrayList<>();
        final List<String> contacts = new ArrayList<>();
        final List<String> imprint;
        final List<EntryDraft> drafts = new ArrayList<>();
        boolean hasHeadings;
        Section section;
        EntryDraft current;
        boolean inBody;
        boolean inBackMatter;
        boolean labelledLead;

        Body(SubjectFinder subjects, List<Reading> readings, List<Warning> warnings, List<String> marks) {
            this.subjects = subjects;
            this.readings = readings;
            this.warnings = warnings;
            this.imprint = new ArrayList<>(marks);
        }

        void read(Paragraph p, HeadingKind heading, boolean firstOfSeveral) {
            String text = p.text();
            String where = p.first().where();
            if (backMatter(text, where)) {
                return;
            }
            if (!inBody && frontMatter(text, where, heading, firstOfSeveral)) {
                return;
            }
            if (heading != null && heading.subject == null) {
                sectionHeading(text, where, heading);
            } else if (heading != null) {
                // a subject's own heading line: 1. 长沙县 / ◆ 道县 / （一）零陵区 / 雨湖区开展“政企早餐会”
                startEntry(heading.subject, text, where, true);
                readings.add(new Reading(where, "entry heading", subjectDetail(heading.subject), text));
            } else {
                paragraph(text, where);
            }
        }

        /** 报/发 lines, contacts, 印发 and 共印 lines; after them everything is back matter. */
        private boolean backMatter(String text, String where) {
            Kind back = backMatterKind(text);
            if (back == null && !inBackMatter) {
                return false;
            }
            inBackMatter = true;
            Kind kind = back == null ? Kind.IMPRINT : back;
            if (back == null) {
                warnings.add(new Warning(where, "text after the distribution lines, kept with the back matter: '" + Text.shorten(text, 24)
                        + "'. If it belongs to an entry, move it above the 报/发 lines."));
            }
            (kind == Kind.DISTRIBUTION ? distribution : kind == Kind.CONTACT ? contacts : imprint).add(text);
            readings.add(new Reading(where, "back matter: " + (kind == Kind.DISTRIBUTION ? "distribution" : kind == Kind.CONTACT ? "contact" : "imprint"),
                    "", text));
            return true;
        }

        /** Before the first heading or entry: the title line, the addressee line, the labelled lead. */
        private boolean frontMatter(String text, String where, HeadingKind heading, boolean firstOfSeveral) {
            boolean titleLike = heading != null && (heading.shapeOnly || text.startsWith("关于"));
            if (firstOfSeveral && titleLike) {
                headline = text;
                readings.add(new Reading(where, "title", "", text));
                return true;
            }
            if (addressee.isEmpty() && lead.isEmpty() && isAddressee(text)) {
                addressee = text;
                readings.add(new Reading(where, "addressee", "", text));
                return true;
            }
            if (NOTE.matcher(text).find()) {
                lead.add(text);
                labelledLead = true;
                readings.add(new Reading(where, "lead", "labelled " + text.substring(0, Text.labelEnd(text)), text));
                return true;
            }
            return false;
        }

        private void sectionHeading(String text, String where, HeadingKind heading) {
            section = new Section(text);
            sections.add(section);
            current = null;
            inBody = true;
            readings.add(new Reading(where, "heading", heading.how, text));
            if (heading.shapeOnly) {
                warnings.add(new Warning(where, "'" + text + "' is read as a section heading only from its shape (a short line without end punctuation)."
                        + " If it is part of a paragraph, join the lines in the source."));
            }
        }

        /** A paragraph that is not a heading: a new entry, the continuation of one, the lead, or 综合. */
        private void paragraph(String text, String where) {
            Optional<Subject> subject = subjectOf(text, subjects);
            boolean leadContinues = !inBody && labelledLead && hasHeadings;
            // a paragraph that names the subject of the entry it follows continues that entry (雨湖区开展… / 雨湖区每月…)
            boolean sameSubject = current != null && subject.isPresent() && current.subject.place().slug().equals(subject.get().place().slug());
            if (subject.isPresent() && !leadContinues && !sameSubject) {
                startEntry(subject.get(), "", where, false).paragraphs.add(text);
                readings.add(new Reading(where, "entry", subjectDetail(subject.get()), text));
            } else if (current != null) {
                current.paragraphs.add(text);
                readings.add(new Reading(where, "continuation", "of " + current.subject.place().name(), text));
                if (!current.fromHeading && subject.isEmpty()) {
                    warnings.add(new Warning(where, "paragraph begins with no known subject: '" + Text.shorten(text, 20)
                            + "'; read as the continuation of " + current.subject.place().name() + " (line " + current.where + "). "
                            + "If it is about another place or unit, put its name first (or add it to the gazetteer)."));
                }
            } else if (!inBody) {
                lead.add(text);
                readings.add(new Reading(where, "lead", labelledLead ? "continues the 编者按" : "unlabelled", text));
            } else {
                // a paragraph right after a heading that names no subject
                Place general = new Place("general", "综合", List.of(), Place.OTHER, "other", "", "");
                startEntry(new Subject(general, "", "no subject at start", ""), "", where, false).paragraphs.add(text);
                readings.add(new Reading(where, "entry", "综合 (no known subject)", text));
                warnings.add(new Warning(where, "paragraph begins with no known subject: '" + Text.shorten(text, 20)
                        + "'; filed under 综合. If it is about a place or unit, put its name first (or add it to the gazetteer)."));
            }
        }

        private EntryDraft startEntry(Subject subject, String heading, String where, boolean fromHeading) {
            current = new EntryDraft(section, subject, heading, where, fromHeading);
            drafts.add(current);
            inBody = true;
            if (!subject.warning().isEmpty()) {
                warnings.add(new Warning(where, subject.warning()));
            }
            return current;
        }

        /** A heading line with nothing under it is an entry of one line. */
        void keepEmptyHeadingsAsText() {
            for (int k = 0; k < drafts.size(); k++) {
                EntryDraft d = drafts.get(k);
                if (d.paragraphs.isEmpty()) {
                    drafts.set(k, d.headingAsText());
                    warnings.add(new Warning(d.where, "the heading '" + d.heading + "' has no text under it; kept as an entry of one line. "
                            + "If its text follows elsewhere, move it under the heading."));
                }
            }
        }
    }

    private static final class EntryDraft {
        final Section section;
        final Subject subject;
        final String heading;
        final String where;
        final boolean fromHeading;
        final List<String> paragraphs = new ArrayList<>();

        EntryDraft(Section section, Subject subject, String heading, String where, boolean fromHeading) {
            this.section = section;
            this.subject = subject;
            this.heading = heading;
            this.where = where;
            this.fromHeading = fromHeading;
        }

        EntryDraft headingAsText() {
            EntryDraft d = new EntryDraft(section, subject, "", where, false);
            d.paragraphs.add(heading);
            return d;
        }
    }

    /** The line of a "12" or "12 (p.2)" position. */
    static int lineOf(String where) {
        return Integer.parseInt(where.replaceAll("\\D.*", ""));
    }

    private static String subjectDetail(Subject s) {
        Place p = s.place();
        return p.name() + " (" + p.kind() + (p.code().isEmpty() ? "" : " " + p.code()) + ", " + p.slug() + "; " + s.how() + ")";
    }


    /** A heading's reading: a section heading (subject null) or a subject's heading line. */
    private record HeadingKind(String how, Subject subject, boolean shapeOnly) {
    }

    /** Whether a paragraph is a heading line, and of which form; null when it is not one. */
    private HeadingKind headingKind(String text, SubjectFinder subjects) {
        if (BRACKET_HEADING.matcher(text).matches()) {
            return new HeadingKind("【】", null, false);
        }
        if (text.length() > HEADING_MAX + 6 || endsSentence(text) || NOTE.matcher(text).find() || isAddressee(text)) {
            return null;
        }
        Matcher marker = MARKER.matcher(text);
        String rest = marker.find() ? text.substring(marker.end()) : text;
        if (rest.isEmpty()) {
            return null;
        }
        boolean hasMarker = rest.length() < text.length();
        boolean shortLine = rest.length() <= HEADING_MAX && rest.chars().noneMatch(c -> SENTENCE_PUNCTUATION.indexOf(c) >= 0);
        if (!shortLine) {
            return null;
        }
        Optional<Subject> subject = subjects.atStartOf(rest);
        if (subject.isPresent() && subjectFillsLine(rest, subject.get())) {
            return new HeadingKind("subject heading", subject.get(), false);
        }
        if (hasMarker) {
            return new HeadingKind("numbered " + marker.group(1).strip(), null, false);
        }
        if (subject.isPresent()) {
            // a news item's title line: 长沙县召开优化营商环境推进会, its text in the paragraphs after it
            return new HeadingKind("title line of an item", subject.get(), false);
        }
        return new HeadingKind("short line", null, true);
    }

    /** A subject heading line is the subject's name, perhaps with a colon or a few words: 长沙县, 零陵区：, 道县（江永县） */
    private static boolean subjectFillsLine(String rest, Subject subject) {
        String after = rest.substring(subject.matched().length()).strip();
        return after.isEmpty() || after.matches("^[：:].{0,12}$") || after.matches("^[（(].{1,12}[）)]$");
    }

    /** The subject a paragraph begins with, after a list marker (（一）零陵区：…, ◆ 道县…). */
    private Optional<Subject> subjectOf(String text, SubjectFinder subjects) {
        Matcher marker = MARKER.matcher(text);
        String rest = marker.find() ? text.substring(marker.end()) : text;
        return subjects.atStartOf(rest);
    }

    /** A 报：/发：/抄送： or contact line: the PDF reader starts a paragraph at one, whatever the geometry says. */
    static boolean opensBackMatter(String text) {
        return DISTRIBUTION.matcher(text).find() || CONTACT.matcher(text).find();
    }

    private static Kind backMatterKind(String text) {
        if (DISTRIBUTION.matcher(text).find()) {
            return Kind.DISTRIBUTION;
        }
        if (CONTACT.matcher(text).find()) {
            return Kind.CONTACT;
        }
        if (text.length() <= 60 && IMPRINT.matcher(text).matches()) {
            return Kind.IMPRINT;
        }
        return null;
    }

    /** 各县区人民政府，市直各单位： — a short line that ends with a colon. */
    private static boolean isAddressee(String text) {
        return text.length() <= 60 && (text.endsWith("：") || text.endsWith(":")) && !NOTE.matcher(text).find()
                && !text.contains("。");
    }

    private static boolean endsSentence(String text) {
        return PageBreakRepair.endsParagraph(text);
    }

    private static List<Paragraph> asIs(List<Block> blocks) {
        List<Paragraph> out = new ArrayList<>();
        for (Block b : blocks) {
            out.add(new Paragraph(b.text(), b, List.of(b)));
        }
        return out;
    }

    /**
     * Joins blocks that a page break split (text extracted from a PDF): a block that does not end
     * a sentence continues in the next one, unless either is a heading, a title, an addressee line,
     * a labelled lead or back matter, which stand on their own lines.
     */
    private List<Paragraph> repairPageBreaks(List<Block> blocks, List<Reading> readings) {
        List<Paragraph> out = new ArrayList<>();
        for (Block block : blocks) {
            if (!out.isEmpty()) {
                Paragraph last = out.get(out.size() - 1);
                boolean continues = PageBreakRepair.cannotStartParagraph(block.text())
                        || (!PageBreakRepair.endsParagraph(last.text()) && !standsAlone(last.text(), true) && !standsAlone(block.text(), false));
                Kind lastBack = backMatterKind(last.text());
                if (lastBack != null) {
                    // a distribution list wraps: 报：…、 / 卫华、…同志
                    continues = lastBack != Kind.IMPRINT && backMatterKind(block.text()) == null
                            && (endsWithListSeparator(last.text()) || !PageBreakRepair.endsParagraph(last.text()));
                }
                if (continues) {
                    List<Block> parts = new ArrayList<>(last.parts());
                    parts.add(block);
                    out.set(out.size() - 1, new Paragraph(PageBreakRepair.join(last.text(), block.text()), last.first(), parts));
                    readings.add(new Reading(block.where(), "joined to line " + last.first().where(), "page break or wrapped line", block.text()));
                    continue;
                }
            }
            out.add(new Paragraph(block.text(), block, List.of(block)));
        }
        return out;
    }

    private static boolean endsWithListSeparator(String text) {
        char c = text.charAt(text.length() - 1);
        return c == '、' || c == '，' || c == ',' || c == '；';
    }

    /** A block that is never joined to its neighbour: heading forms, title, addressee, lead label, back matter. */
    private static boolean standsAlone(String text, boolean asPrevious) {
        if (BRACKET_HEADING.matcher(text).matches() || backMatterKind(text) != null) {
            return true;
        }
        if (asPrevious) {
            // a heading or title line: short, no punctuation after its list marker (a fragment cut by a page break is long)
            Matcher marker = MARKER.matcher(text);
            String rest = marker.find() ? text.substring(marker.end()) : text;
            return (rest.length() <= HEADING_MAX && rest.chars().noneMatch(c -> SENTENCE_PUNCTUATION.indexOf(c) >= 0 || c == '、'))
                    || isAddressee(text);
        }
        if (NOTE.matcher(text).find()) {
            return true;
        }
        Matcher marker = MARKER.matcher(text);
        return marker.find() && marker.end() > 0;
    }
}
