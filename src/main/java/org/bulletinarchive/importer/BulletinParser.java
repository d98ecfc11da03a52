package org.bulletinarchive.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * Reads the structure of a bulletin from its paragraphs: the masthead ({@link Masthead}); an optional title (of one
 * line or several), addressee line and lead (labelled 编者按/按语 or not, or, in a 通报 without items, its whole text);
 * section headings (【…】, 一、…, （一）…, 1. …, a short line without end punctuation, a column such as 简讯) and
 * items: a paragraph (or several) about one place, a news item (◆…), an item under a title line of its own, a
 * numbered point, a 简讯 — each with the subjects {@link SubjectFinder} finds where the text puts them; 附件 after the
 * items; the back matter (报/送/发/抄送, contacts, 印发 and 共印 lines). A short line is a section heading when two or
 * more items follow it, else the title line of the one item it heads. Every paragraph's reading goes into the
 * {@link ImportReport}; {@link TextConservation} then checks that every character of the source is in the result.
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
    /** The 印发 line with its date, which stands on a line of its own: 道县人民政府督查室 2024年10月14日印发. */
    private static final Pattern DATED_IMPRINT = Pattern.compile("^.{0,40}?[0-9〇零○一二三四五六七八九十]{1,4}\\s*日\\s*印发$");
    private static final Pattern BRACKET_HEADING = Pattern.compile("^【[^【】]{1,40}】$");
    /** A note wholly in brackets, such as （具体见附表）: text, never a heading. */
    private static final Pattern BRACKETED_NOTE = Pattern.compile("^[（(][^（）()]*[）)]$");
    /** 附件：…, 附件1：…, 附件 2. …: from here on, the issue's attachments. */
    private static final Pattern ATTACHMENT = Pattern.compile("^附\\s*件\\s*[0-9０-９一二三四五六七八九十]{0,2}\\s*(?:[：:]|[0-9０-９]{1,2}\\s*[.．、]|$)");
    /** List markers a heading or an item may start with; group 1 is the marker. */
    private static final Pattern MARKER = Pattern.compile("^([一二三四五六七八九十]{1,3}\\s*、|[（(]\\s*[一二三四五六七八九十]{1,3}\\s*[）)]|[0-9]{1,2}\\s*[.．、](?![0-9])|[（(]\\s*[0-9]{1,2}\\s*[）)]|[◆●■▲★☆◇◎○•·→]|【)\\s*");
    /** The marks of a news item: ◆ 9月25日，… */
    private static final String ITEM_MARKS = "◆●■▲★☆◇◎○•·→";
    /** A column whose every paragraph is an item of its own: 简讯, 工作简讯, 要闻速览. */
    private static final Pattern COLUMN = Pattern.compile("^.{0,6}(简讯|短讯|快讯|速览|短波|一句话新闻)$");
    /** The words a document's title ends with: a title that does not end so goes on in the next line. */
    private static final Pattern TITLE_END = Pattern.compile("(通报|通知|报告|情况|意见|决定|方案|函|批复|总结|纪要|简报|要点|办法|公告|通告|决议)$");
    private static final String SENTENCE_PUNCTUATION = "。！？；，,;!?";
    /** The most items an issue holds, as the build accepts them (order= in the content files). */
    static final int MAX_ITEMS = 999;
    /** A heading line is short. */
    private static final int HEADING_MAX = 30;

    private final Gazetteer gazetteer;

    public BulletinParser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Kinds of back matter. */
    private enum Kind { DISTRIBUTION, CONTACT, IMPRINT }

    /**
     * Reads {@code blocks}; {@code exactParagraphs} is false when paragraphs may be split by page
     * breaks (text extracted from a PDF) and must be repaired. {@code seriesOf} gives the series for
     * a masthead title and issuer.
     */
    public Parsed parse(List<Block> blocks, boolean exactParagraphs, String fileName, List<Reading> dropped,
                        BiFunction<String, String, Series> seriesOf) throws ImportException {
        return parse(blocks, exactParagraphs, fileName, dropped, List.of(), seriesOf);
    }

    /**
     * As above, with warnings the reader already has about the source (e.g. a doubtful decoding). A refused bulletin's
     * exception carries the report of what was read up to the line that stopped it.
     */
    Parsed parse(List<Block> blocks, boolean exactParagraphs, String fileName, List<Reading> dropped, List<Warning> sourceWarnings,
                 BiFunction<String, String, Series> seriesOf) throws ImportException {
        List<Reading> readings = new ArrayList<>(dropped);
        List<Warning> warnings = new ArrayList<>(sourceWarnings);
        try {
            return read(blocks, exactParagraphs, fileName, readings, warnings, seriesOf);
        } catch (ImportException e) {
            List<Reading> upTo = readings.stream().filter(r -> e.line() <= 0 || lineOf(r.where()) <= e.line())
                    .sorted(Comparator.comparingInt(r -> lineOf(r.where()))).toList();
            throw e.withReport(new ImportReport(fileName, upTo, warnings));
        }
    }

    private Parsed read(List<Block> blocks, boolean exactParagraphs, String fileName, List<Reading> readings, List<Warning> warnings,
                        BiFunction<String, String, Series> seriesOf) throws ImportException {
        if (blocks.isEmpty()) {
            throw new ImportException(fileName, 1, "the file has no text; export the bulletin again (or, for a PDF, check that it is not a scan).");
        }
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
        List<Paragraph> paras = exactParagraphs ? asIs(bodyBlocks) : repairPageBreaks(bodyBlocks, readings, warnings, subjects);
        if (paras.stream().allMatch(p -> backMatterKind(p.text()) != null)) {
            int line = paras.isEmpty() ? masthead.fields().get(masthead.fields().size() - 1).block().line() : paras.get(0).first().line();
            throw new ImportException(fileName, line, "the bulletin has no text after its masthead: no title, lead, item or paragraph before the "
                    + "报/发 lines. Check that the whole bulletin was exported (or copied).");
        }
        Body body = new Body(subjects, paras, readings, warnings, masthead.marks());
        body.readAll();
        if (body.items.isEmpty() && body.lead.isEmpty() && body.attachments.isEmpty()) {
            throw new ImportException(fileName, paras.get(0).first().line(), "the bulletin has no text after its masthead: only headings ('"
                    + Text.shorten(paras.get(0).text(), 20) + "'), no lead, item or paragraph. Check that the whole bulletin was exported (or copied).");
        }
        if (body.items.size() > MAX_ITEMS) {
            throw new ImportException(fileName, paras.get(0).first().line(), "the bulletin reads as " + body.items.size() + " items, more than the "
                    + MAX_ITEMS + " an issue may hold (order=1 to " + MAX_ITEMS + " in its content files); check that it is one bulletin, "
                    + "or split it into issues.");
        }
        Issue issue = new Issue(series, masthead.number(), masthead.numberText(), masthead.totalNumber(), masthead.issuer(),
                masthead.date(), masthead.dateText(), body.headline, body.addressee, body.lead, body.sections, body.attachments,
                body.distribution, body.contacts, body.imprint, List.of());
        List<Entry> entries = new ArrayList<>();
        for (ItemDraft d : body.items) {
            entries.add(new Entry(series, issue.number(), issue.date(), entries.size() + 1, d.section, d.subjects.stream().map(Subject::place).toList(),
                    d.heading, d.paragraphs, List.of()));
        }
        Bulletin bulletin = new Bulletin(issue, entries);
        TextConservation.check(fileName, masthead, paras, bulletin);
        readings.sort(Comparator.comparingInt(r -> lineOf(r.where())));
        warnings.addAll(SourceChecks.truncation(bulletin, masthead.marks().size(), readings));
        warnings.sort(Comparator.comparingInt(w -> lineOf(w.where())));
        return new Parsed(bulletin, new ImportReport(fileName, readings, warnings));
    }

    /** What one body paragraph is, before it is placed: found once, so that a heading can look at what follows it. */
    private record Shape(HeadingKind heading, boolean itemMark, boolean numbered, Optional<Subject> lead, List<Subject> list) {

        /** Whether the paragraph begins an item of its own (about {@code lead}, when it has one). */
        boolean opensItem() {
            return itemMark || numbered || lead.isPresent() || !list.isEmpty();
        }

        String leadSlug() {
            return lead.map(s -> s.place().slug()).orElse("");
        }
    }

    /** The reading of the body, paragraph by paragraph: what has been seen so far and where it went. */
    private final class Body {
        final SubjectFinder subjects;
        final List<Paragraph> paras;
        final List<Shape> shapes = new ArrayList<>();
        final List<Reading> readings;
        final List<Warning> warnings;
        String headline = "";
        String addressee = "";
        final List<String> lead = new ArrayList<>();
        final List<Section> sections = new ArrayList<>();
        final List<String> attachments = new ArrayList<>();
        final List<String> distribution = new ArrayList<>();
        final List<String> contacts = new ArrayList<>();
        final List<String> imprint;
        final List<ItemDraft> items = new ArrayList<>();
        boolean hasHeadings;
        Section section;
        boolean column;
        ItemDraft current;
        boolean inBody;
        boolean inBackMatter;
        boolean inAttachment;
        boolean labelledLead;

        Body(SubjectFinder subjects, List<Paragraph> paras, List<Reading> readings, List<Warning> warnings, List<String> marks) {
            this.subjects = subjects;
            this.paras = paras;
            this.readings = readings;
            this.warnings = warnings;
            this.imprint = new ArrayList<>(marks);
            for (Paragraph p : paras) {
                shapes.add(shapeOf(p.text()));
            }
            hasHeadings = shapes.stream().anyMatch(s -> s.heading() != null);
        }

        private Shape shapeOf(String text) {
            HeadingKind heading = headingKind(text, subjects);
            String rest = withoutMarker(text);
            boolean itemMark = !text.isEmpty() && ITEM_MARKS.indexOf(text.charAt(0)) >= 0;
            boolean numbered = heading == null && !itemMark && rest.length() < text.length() && !text.startsWith("【");
            List<Subject> list = heading == null ? subjects.list(rest) : List.of();
            Optional<Subject> lead = heading == null && list.isEmpty() ? subjects.lead(rest) : Optional.empty();
            return new Shape(heading, itemMark, numbered, lead, list);
        }

        void readAll() {
            int i = 0;
            while (i < paras.size()) {
                i = read(i);
            }
            if (current != null) {
                finish(current);
            }
            keepEmptyHeadingsAsText();
            if (items.stream().anyMatch(d -> !d.subjects.isEmpty())) {
                for (ItemDraft d : items) {
                    if (d.subjects.isEmpty()) {
                        warnings.add(new Warning(d.where, "the item " + d.name() + " names no known subject: it is listed in its issue, its series, "
                                + "search and the feeds, but on no subject page. If it is about a place or unit, name it in the item's first sentence "
                                + "(or add it to the gazetteer)."));
                    }
                }
            }
        }

        /** Reads paragraph {@code i} (and, for a title line, the paragraphs of its item); returns the next to read. */
        private int read(int i) {
            Paragraph p = paras.get(i);
            String text = p.text();
            String where = p.first().where();
            Shape shape = shapes.get(i);
            if (backMatter(text, where)) {
                return i + 1;
            }
            if (inAttachment || (ATTACHMENT.matcher(text).find() && !items.isEmpty() | inBody)) {
                attachment(text, where);
                return i + 1;
            }
            if (!inBody && items.isEmpty()) {
                int next = frontMatter(i, shape.heading());
                if (next > i) {
                    return next;
                }
            }
            if (shape.heading() != null) {
                return heading(i);
            }
            paragraph(i);
            return i + 1;
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
                        + "'. If it belongs to an item, move it above the 报/发 lines."));
            }
            (kind == Kind.DISTRIBUTION ? distribution : kind == Kind.CONTACT ? contacts : imprint).add(text);
            readings.add(new Reading(where, "back matter: " + kind.name().toLowerCase(), "", text));
            return true;
        }

        /** 附件：… and what follows it, up to the back matter: kept as printed, shown after the items. */
        private void attachment(String text, String where) {
            if (!inAttachment && current != null) {
                finish(current);
                current = null;
            }
            inAttachment = true;
            attachments.add(text);
            readings.add(new Reading(where, "attachment", "", text));
        }

        /** Before the first heading or item: the title (of one line or more), the addressee line, the labelled lead. Returns the next paragraph. */
        private int frontMatter(int i, HeadingKind heading) {
            String text = paras.get(i).text();
            String where = paras.get(i).first().where();
            // a title when it says so (关于…, …的通报) or when what follows is no paragraph of its own: an addressee, a heading
            boolean titleLike = heading != null && (heading.shapeOnly || text.startsWith("关于")) && (text.startsWith("关于")
                    || TITLE_END.matcher(text).find() || i + 1 >= paras.size() || shapes.get(i + 1).heading() != null
                    || isAddressee(paras.get(i + 1).text()) || titleGoesOn(text, paras.get(i + 1).text(), shapes.get(i + 1)));
            if (i == 0 && paras.size() > 1 && titleLike && headline.isEmpty()) {
                headline = text;
                readings.add(new Reading(where, "title", "", text));
                int next = i + 1;
                // a title of two lines or more: the next short line goes on while the title has not ended
                while (next + 1 < paras.size() && titleGoesOn(headline, paras.get(next).text(), shapes.get(next))) {
                    headline = PageBreakRepair.join(headline, paras.get(next).text());
                    readings.add(new Reading(paras.get(next).first().where(), "title", "its line " + (next - i + 1), paras.get(next).text()));
                    next++;
                }
                return next;
            }
            if (addressee.isEmpty() && lead.isEmpty() && isAddressee(text)) {
                addressee = text;
                readings.add(new Reading(where, "addressee", "", text));
                return i + 1;
            }
            if (NOTE.matcher(text).find()) {
                lead.add(text);
                labelledLead = true;
                readings.add(new Reading(where, "lead", "labelled " + text.substring(0, Text.labelEnd(text)), text));
                return i + 1;
            }
            return i;
        }

        /** Whether {@code line} continues a title that does not yet end as titles do (…的通报). */
        private boolean titleGoesOn(String title, String line, Shape shape) {
            boolean shortPlain = shape.heading() != null && shape.heading().shapeOnly && line.length() <= HEADING_MAX;
            return shortPlain && (TITLE_END.matcher(line).find() || title.startsWith("关于")) && !TITLE_END.matcher(title).find();
        }

        /** A heading at {@code i}: a section heading, or the title line of the item it heads (see {@link BulletinParser}). */
        private int heading(int i) {
            String text = paras.get(i).text();
            String where = paras.get(i).first().where();
            HeadingKind heading = shapes.get(i).heading();
            int end = runEnd(i);
            if (heading.subject != null) {
                // a subject's own heading line (1. 长沙县, ◆ 道县) or a title line that names it (雨湖区开展“政企早餐会”, 我县…)
                closeSectionAtItsLevel(text);
                ItemDraft item = startItem(text, where, true);
                boolean keepsRule = heading.subjectFills || heading.subject.how().contains("我");
                Subject subject = new Subject(heading.subject.place(), heading.subject.matched(),
                        keepsRule ? heading.subject.how() : "in the title", heading.subject.warning());
                item.subjects.add(subject);
                item.subjects.addAll(subjects.inText(Section.withoutNumbering(text), "in the title"));
                item.titleSubjects = true;
                item.reported.add(subject.place().slug());
                readings.add(new Reading(where, heading.subjectFills ? "item heading" : "item title", subjectDetail(subject), text));
                return itemParagraphs(i + 1, end, heading.subject.place().slug());
            }
            boolean section = heading.how.equals("【】") || COLUMN.matcher(Section.withoutNumbering(text)).find() || end == i + 1
                    || itemsIn(i + 1, end, "") >= 2;
            if (section) {
                sectionHeading(text, where, heading);
                return i + 1;
            }
            closeSectionAtItsLevel(text);
            ItemDraft item = startItem(text, where, true);
            readings.add(new Reading(where, "item title", heading.how, text));
            item.subjects.addAll(subjects.inText(Section.withoutNumbering(text), "in the title"));
            item.titleSubjects = !item.subjects.isEmpty();
            return itemParagraphs(i + 1, end, "");
        }

        /** A title numbered as the section it follows (四、… then 五、…) stands beside that section, not in it. */
        private void closeSectionAtItsLevel(String title) {
            if (section != null && !numberingOf(section.heading()).isEmpty() && numberingOf(section.heading()).equals(numberingOf(title))) {
                section = null;
            }
        }

        /** The paragraphs from {@code from} up to the next heading, attachment or back matter. */
        private int runEnd(int from) {
            int j = from + 1;
            while (j < paras.size() && shapes.get(j).heading() == null && backMatterKind(paras.get(j).text()) == null
                    && !ATTACHMENT.matcher(paras.get(j).text()).find()) {
                j++;
            }
            return j;
        }

        /** How many items the paragraphs {@code from}..{@code to} would begin, the first continuing {@code subject} when it names it. */
        private int itemsIn(int from, int to, String subject) {
            int count = 0;
            String running = subject;
            for (int j = from; j < to; j++) {
                Shape s = shapes.get(j);
                if (s.opensItem() && (s.itemMark() || s.numbered() || !s.list().isEmpty() || !s.leadSlug().equals(running))) {
                    count++;
                    running = s.leadSlug();
                }
            }
            return count;
        }

        /**
         * The paragraphs of the item a title line began, from {@code from} to {@code to}; for an item about {@code subject}
         * they end where a paragraph begins an item about another subject.
         */
        private int itemParagraphs(int from, int to, String subject) {
            for (int j = from; j < to; j++) {
                Shape s = shapes.get(j);
                if (!subject.isEmpty() && s.opensItem() && (s.itemMark() || !s.leadSlug().equals(subject))) {
                    return j;
                }
                if (signature(paras.get(j).text(), paras.get(j).first().where())) {
                    continue;
                }
                current.paragraphs.add(paras.get(j).text());
                readings.add(new Reading(paras.get(j).first().where(), "continuation", "of " + current.name(), paras.get(j).text()));
                if (current.paragraphs.size() == 1) {
                    s.lead().ifPresent(current.subjects::add);
                }
                current.subjects.addAll(s.list());
            }
            return to;
        }

        private void sectionHeading(String text, String where, HeadingKind heading) {
            if (current != null) {
                finish(current);
            }
            section = new Section(text);
            sections.add(section);
            column = COLUMN.matcher(section.title()).find();
            current = null;
            inBody = true;
            readings.add(new Reading(where, "heading", column ? "column: each paragraph an item" : heading.how, text));
            if (heading.shapeOnly && !column) {
                warnings.add(new Warning(where, "'" + text + "' is read as a section heading only from its shape (a short line without end punctuation)."
                        + " If it is part of a paragraph, join the lines in the source."));
            }
        }

        /** A paragraph that is not a heading: a new item, the continuation of one, or the lead. */
        private void paragraph(int i) {
            String text = paras.get(i).text();
            String where = paras.get(i).first().where();
            Shape shape = shapes.get(i);
            if (signature(text, where)) {
                return;
            }
            boolean leadContinues = !inBody && labelledLead && hasHeadings;
            boolean sameSubject = current != null && shape.lead().isPresent() && !shape.itemMark() && !shape.numbered()
                    && current.primarySlug().equals(shape.leadSlug());
            boolean opens = shape.opensItem() && !sameSubject && !leadContinues && !BRACKETED_NOTE.matcher(text).matches();
            if (opens || (column && current == null) || (column && !BRACKETED_NOTE.matcher(text).matches())) {
                ItemDraft item = startItem("", where, false);
                item.paragraphs.add(text);
                shape.lead().ifPresent(item.subjects::add);
                shape.lead().ifPresent(l -> item.reported.add(l.place().slug()));
                item.subjects.addAll(shape.list());
                // a list of places is an item of its own: what follows it is not part of it
                item.isList = !shape.list().isEmpty() && shape.lead().isEmpty();
                readings.add(new Reading(where, "item", kindOf(shape), text));
            } else if (current != null && !current.isList) {
                current.paragraphs.add(text);
                current.subjects.addAll(shape.list());
                readings.add(new Reading(where, "continuation", "of " + current.name(), text));
                if (!current.fromHeading && current.primaryAtStart() && shape.lead().isEmpty() && !BRACKETED_NOTE.matcher(text).matches()) {
                    warnings.add(new Warning(where, "paragraph begins with no known subject: '" + Text.shorten(text, 20)
                            + "'; read as the continuation of " + current.name() + " (line " + current.where + "). "
                            + "If it is about another place or unit, put its name first (or add it to the gazetteer)."));
                }
            } else if (!inBody) {
                lead.add(text);
                readings.add(new Reading(where, "lead", labelledLead ? "continues the 编者按" : "unlabelled", text));
            } else {
                // a paragraph after a heading that begins no item of its own: an item, its subjects found in its text
                ItemDraft item = startItem("", where, false);
                item.paragraphs.add(text);
                readings.add(new Reading(where, "item", "no subject at its start", text));
            }
        }

        /**
         * The unit an item is signed by, printed on a line of its own (（供稿：县医保局）): it ends the item's last paragraph.
         * Returns whether {@code text} was one.
         */
        private boolean signature(String text, String where) {
            if (current == null || current.paragraphs.isEmpty() || !BRACKETED_NOTE.matcher(text).matches()
                    || subjects.attribution("。" + text).isEmpty()) {
                return false;
            }
            int last = current.paragraphs.size() - 1;
            current.paragraphs.set(last, current.paragraphs.get(last) + text);
            readings.add(new Reading(where, "continuation", "the signature of " + current.name(), text));
            return true;
        }

        private String kindOf(Shape shape) {
            if (shape.itemMark()) {
                return "news item" + shape.lead().map(s -> ", " + subjectDetail(s)).orElse("");
            }
            if (!shape.list().isEmpty()) {
                return "list of " + shape.list().size() + " subjects";
            }
            if (shape.numbered()) {
                return "numbered item" + shape.lead().map(s -> ", " + subjectDetail(s)).orElse("");
            }
            return shape.lead().map(BulletinParser::subjectDetail).orElse("");
        }

        private ItemDraft startItem(String heading, String where, boolean fromHeading) {
            if (current != null) {
                finish(current);
            }
            current = new ItemDraft(section, heading, where, fromHeading);
            items.add(current);
            inBody = true;
            return current;
        }

        /**
         * Settles an item's subjects: those found at its start (its title, its first paragraph, its lists), then — when its
         * first paragraph did not begin with its subject — the places its first sentence names, and the unit it is signed by.
         */
        private void finish(ItemDraft item) {
            if (item.finished) {
                return;
            }
            item.finished = true;
            if (!item.paragraphs.isEmpty()) {
                if (!item.titleSubjects && !item.isList && !item.primaryAtStart()) {
                    String first = withoutMarker(item.paragraphs.get(0));
                    item.subjects.addAll(subjects.inText(Text.firstSentence(first), "in the first sentence"));
                }
                subjects.attribution(item.paragraphs.get(item.paragraphs.size() - 1)).ifPresent(item.subjects::add);
            }
            List<Subject> all = new ArrayList<>();
            for (Subject s : item.subjects) {
                all.add(s);
                // a village is filed under its township too
                subjects.townshipOf(s.place()).ifPresent(t -> all.add(new Subject(t, t.name(), s.how(), "")));
            }
            List<Subject> unique = new ArrayList<>();
            for (Subject s : all) {
                if (unique.stream().noneMatch(u -> u.place().slug().equals(s.place().slug()))) {
                    unique.add(s);
                    if (!s.warning().isEmpty()) {
                        warnings.add(new Warning(item.where, s.warning()));
                    }
                    if (!item.reported.contains(s.place().slug())) {
                        readings.add(new Reading(item.where, "subject", subjectDetail(s), item.paragraphs.isEmpty() ? item.heading : item.paragraphs.get(0)));
                    }
                }
            }
            item.subjects.clear();
            item.subjects.addAll(unique);
        }

        /** A heading line with nothing under it is an item of one line. */
        void keepEmptyHeadingsAsText() {
            for (int k = 0; k < items.size(); k++) {
                ItemDraft d = items.get(k);
                if (d.paragraphs.isEmpty()) {
                    items.set(k, d.headingAsText());
                    warnings.add(new Warning(d.where, "the heading '" + d.heading + "' has no text under it; kept as an item of one line. "
                            + "If its text follows elsewhere, move it under the heading."));
                }
            }
        }
    }

    private static final class ItemDraft {
        final Section section;
        final String heading;
        final String where;
        final boolean fromHeading;
        final List<String> paragraphs = new ArrayList<>();
        final List<Subject> subjects = new ArrayList<>();
        /** Whether it is a list of places (先进县市区：长沙县、浏阳市…): no paragraph continues it. */
        boolean isList;
        /** Whether its title line named its subjects: then its first sentence is not searched for more. */
        boolean titleSubjects;
        /** The subjects whose rule the report already gives on the item's first line. */
        final Set<String> reported = new HashSet<>();
        boolean finished;

        ItemDraft(Section section, String heading, String where, boolean fromHeading) {
            this.section = section;
            this.heading = heading;
            this.where = where;
            this.fromHeading = fromHeading;
        }

        String primarySlug() {
            return subjects.isEmpty() ? "" : subjects.get(0).place().slug();
        }

        /** Whether its first paragraph (or heading) begins with its subject's name, as a paragraph about one place does. */
        boolean primaryAtStart() {
            return !subjects.isEmpty() && (subjects.get(0).how().startsWith("name at start") || subjects.get(0).how().startsWith("name before a colon"));
        }

        /** How the report names it: its subject, else its title or first words. */
        String name() {
            if (!subjects.isEmpty()) {
                return subjects.get(0).place().name();
            }
            String t = heading.isEmpty() ? (paragraphs.isEmpty() ? "" : paragraphs.get(0)) : heading;
            return "'" + Text.shorten(t, 12) + "'";
        }

        ItemDraft headingAsText() {
            ItemDraft d = new ItemDraft(section, "", where, false);
            d.paragraphs.add(heading);
            d.subjects.addAll(subjects);
            d.finished = true;
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
    private record HeadingKind(String how, Subject subject, boolean shapeOnly, boolean subjectFills) {

        HeadingKind(String how, Subject subject, boolean shapeOnly) {
            this(how, subject, shapeOnly, false);
        }
    }

    /** Whether a paragraph is a heading line, and of which form; null when it is not one. */
    private HeadingKind headingKind(String text, SubjectFinder subjects) {
        if (BRACKET_HEADING.matcher(text).matches()) {
            return new HeadingKind("【】", null, false);
        }
        if (text.length() > HEADING_MAX + 6 || endsSentence(text) || NOTE.matcher(text).find() || isAddressee(text)
                || BRACKETED_NOTE.matcher(text).matches() || ATTACHMENT.matcher(text).find()) {
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
            return new HeadingKind("subject heading", subject.get(), false, true);
        }
        if (hasMarker) {
            return new HeadingKind("numbered " + marker.group(1).strip(), null, false);
        }
        Optional<Subject> lead = subject.isPresent() ? subject : subjects.lead(rest);
        if (lead.isPresent()) {
            // a news item's title line: 长沙县召开优化营商环境推进会, 我县开展…, its text in the paragraphs after it
            return new HeadingKind("title line of an item", lead.get(), false);
        }
        return new HeadingKind("short line", null, true);
    }

    /** A subject heading line is the subject's name, perhaps with a colon or a few words: 长沙县, 零陵区：, 道县（江永县） */
    private static boolean subjectFillsLine(String rest, Subject subject) {
        String after = rest.substring(subject.matched().length()).strip();
        return after.isEmpty() || after.matches("^[：:].{0,12}$") || after.matches("^[（(].{1,12}[）)]$");
    }

    /** The style of a heading's numbering (一、 → "一、", （一） → "（一）", 1. → "1."), "" for none. */
    private static String numberingOf(String heading) {
        Matcher marker = MARKER.matcher(heading);
        if (!marker.find() || heading.startsWith("【")) {
            return "";
        }
        return marker.group(1).strip().replaceAll("[一二三四五六七八九十]+", "一").replaceAll("[0-9]+", "1").replace('(', '（').replace(')', '）');
    }

    /** {@code text} without the list marker or item mark it begins with (（一）, 1., ◆). */
    private static String withoutMarker(String text) {
        Matcher marker = MARKER.matcher(text);
        return marker.find() && !text.startsWith("【") ? text.substring(marker.end()) : text;
    }

    /** A 报：/发：/抄送： or contact line: the PDF reader starts a paragraph at one, whatever the geometry says. */
    static boolean opensBackMatter(String text) {
        return DISTRIBUTION.matcher(text).find() || CONTACT.matcher(text).find() || DATED_IMPRINT.matcher(text).matches();
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
    private List<Paragraph> repairPageBreaks(List<Block> blocks, List<Reading> readings, List<Warning> warnings, SubjectFinder subjects) {
        List<Paragraph> out = new ArrayList<>();
        for (Block block : blocks) {
            if (!out.isEmpty()) {
                Paragraph last = out.get(out.size() - 1);
                // a block that ends with a colon introduces what follows (…予以通报表扬：): the next block is a paragraph of its own
                boolean introduces = last.text().endsWith("：") || last.text().endsWith(":");
                boolean continues = PageBreakRepair.cannotStartParagraph(block.text())
                        || (!PageBreakRepair.endsParagraph(last.text()) && !introduces && !standsAlone(last.text(), true)
                        && !standsAlone(block.text(), false));
                Kind lastBack = backMatterKind(last.text());
                if (lastBack != null) {
                    // a distribution list wraps: 报：…、 / 卫华、…同志
                    continues = lastBack != Kind.IMPRINT && backMatterKind(block.text()) == null
                            && (endsWithListSeparator(last.text()) || !PageBreakRepair.endsParagraph(last.text()));
                }
                if (continues && lastBack == null && !PageBreakRepair.cannotStartParagraph(block.text())) {
                    // a paragraph about one place whose final 。 is missing does not swallow the next place's paragraph
                    Optional<Subject> next = subjects.atStartOf(withoutMarker(block.text()));
                    Optional<Subject> own = subjects.atStartOf(withoutMarker(last.text()));
                    if (next.isPresent() && own.isPresent() && !next.get().place().slug().equals(own.get().place().slug())) {
                        continues = false;
                        warnings.add(new Warning(last.first().where(), "the paragraph about " + own.get().place().name() + " ends without a full stop ('…"
                                + Text.shorten(last.text().substring(Math.max(0, last.text().length() - 10)), 10) + "'); the next line begins with "
                                + next.get().place().name() + ", so it is read as a paragraph of its own. If the paragraph was cut short, "
                                + "complete it in the source."));
                    }
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
