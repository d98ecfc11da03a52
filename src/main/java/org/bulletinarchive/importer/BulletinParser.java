package org.bulletinarchive.importer;

import org.bulletinarchive.model.Bulletin;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinarchive.model.Entry;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.model.Issue;
import org.bulletinarchive.model.Place;
import org.bulletinarchive.model.Section;
import org.bulletinarchive.model.Text;

/**
 * Reads the structure of a raw bulletin: masthead (series, 第N期, issuing body, date),
 * 编者按, 【sections】 with one paragraph per place, then distribution (报/发) and contacts.
 */
public final class BulletinParser {

    private static final String NUM = "([0-9０-９]+|[〇零○一二三四五六七八九十百]+)";
    private static final Pattern ISSUE_NUMBER = Pattern.compile("^(?:[（(]?总第\\s*" + NUM + "\\s*期[）)]?\\s*)?第\\s*" + NUM + "\\s*期(?:\\s*[（(]总第\\s*" + NUM + "\\s*期[）)])?$");
    private static final Pattern DATE = Pattern.compile("^" + NUM + "\\s*年\\s*" + NUM + "\\s*月\\s*" + NUM + "\\s*日$");
    private static final Pattern HEADING = Pattern.compile("^【[^【】]{1,40}】$");
    private static final Pattern NOTE = Pattern.compile("^编者按\\s*[：:]");
    private static final Pattern DISTRIBUTION = Pattern.compile("^(报|送|发|抄送|抄报|报送|分送|印发)\\s*[：:]");
    private static final Pattern CONTACT = Pattern.compile("^(联系电话|联系人|电话|电子邮箱|电子信箱|邮箱|传真|地址|邮编)\\s*[：:]");
    /** How far into the file the masthead may reach. */
    private static final int MASTHEAD_BLOCKS = 8;

    private final Gazetteer gazetteer;

    public BulletinParser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Bulletin parse(String text, String fileName) throws ImportException {
        List<Block> blocks = LayoutReader.blocks(text);
        if (blocks.isEmpty()) {
            throw new ImportException(fileName, 1, "the file has no text (only blank lines); export the bulletin's text again.");
        }
        int bodyStart = firstBodyBlock(blocks);
        int mastheadEnd = Math.min(bodyStart, MASTHEAD_BLOCKS);
        int numberAt = find(blocks, 0, mastheadEnd, ISSUE_NUMBER);
        int lastMastheadLine = blocks.get(Math.max(0, Math.min(blocks.size(), mastheadEnd) - 1)).line();
        if (numberAt < 0) {
            throw new ImportException(fileName, blocks.get(0).line(), "no issue number: the masthead (lines " + blocks.get(0).line() + "–" + lastMastheadLine
                    + ") has no line like '第 17 期'. Add the issue number line under the series title and import again.");
        }
        int dateAt = find(blocks, numberAt + 1, mastheadEnd, DATE);
        if (dateAt < 0) {
            throw new ImportException(fileName, blocks.get(numberAt).line(), "no date: after the issue number there is no line like '2023 年 9 月 28 日' in the masthead (lines "
                    + blocks.get(numberAt).line() + "–" + lastMastheadLine + "). Add the date line and import again.");
        }
        Block numberBlock = blocks.get(numberAt);
        Matcher number = ISSUE_NUMBER.matcher(numberBlock.text());
        number.matches();
        int issueNumber = ChineseNumerals.parse(number.group(2));
        LocalDate date = parseDate(blocks.get(dateAt), fileName);

        String series = joinTexts(blocks.subList(0, numberAt), " ");
        if (series.isEmpty()) {
            throw new ImportException(fileName, numberBlock.line(), "no series title: nothing precedes '" + numberBlock.text() + "'. The first line must be the bulletin's title (e.g. 永州市打好优化发展环境持久仗 工作专报).");
        }
        String issuer = joinTexts(blocks.subList(numberAt + 1, dateAt), " ");
        List<Block> masthead = blocks.subList(dateAt + 1, bodyStart);
        if (!masthead.isEmpty()) {
            Block stray = masthead.get(0);
            throw new ImportException(fileName, stray.line(), "unexpected text between the date and the body: '" + Text.shorten(stray.text(), 30)
                    + "'. The body must begin with 编者按： or a 【section】 heading.");
        }
        return body(fileName, blocks.subList(bodyStart, blocks.size()), series, issueNumber, numberBlock.text(), issuer, date, blocks.get(dateAt).text());
    }

    private Bulletin body(String fileName, List<Block> blocks, String series, int issueNumber, String numberText,
                                String issuer, LocalDate date, String dateText) throws ImportException {
        List<String> note = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<String> distribution = new ArrayList<>();
        List<String> contacts = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        List<Block> paragraphs = repairPageBreaks(blocks);

        Section section = null;
        boolean inNote = false;
        boolean inBackMatter = false;
        for (Block block : paragraphs) {
            String text = block.text();
            if (DISTRIBUTION.matcher(text).find()) {
                distribution.add(text);
                inBackMatter = true;
            } else if (CONTACT.matcher(text).find()) {
                contacts.add(text);
                inBackMatter = true;
            } else if (inBackMatter) {
                throw new ImportException(fileName, block.line(), "unexpected text after the distribution lines: '" + Text.shorten(text, 30)
                        + "'. Only 报：/发：/抄送： and contact lines (联系电话：, 电子邮箱：) may follow them.");
            } else if (NOTE.matcher(text).find() && section == null) {
                note.add(text);
                inNote = true;
            } else if (HEADING.matcher(text).matches()) {
                section = new Section(text);
                sections.add(section);
                inNote = false;
            } else if (inNote) {
                note.add(text);
            } else {
                Optional<Place> place = gazetteer.placeAtStartOf(text);
                if (place.isEmpty()) {
                    String where = section == null ? "before the first 【section】" : "in section " + section.heading();
                    throw new ImportException(fileName, block.line(), "paragraph " + where + " begins with no known place: '" + Text.shorten(text, 24)
                            + "'. If it is a new place, add it (or an alias) to src/main/resources/gazetteer.tsv; if it continues the previous paragraph, join the two in the raw file.");
                }
                entries.add(new Entry(seriesOf(series, issuer), issueNumber, date, entries.size() + 1, section, place.get(), "", List.of(text)));
            }
        }
        if (entries.isEmpty()) {
            throw new ImportException(fileName, blocks.isEmpty() ? 0 : blocks.get(0).line(), "no city entries: the bulletin has no paragraph that begins with a place name.");
        }
        Issue issue = new Issue(seriesOf(series, issuer), issueNumber, numberText, 0, issuer, date, dateText, "", "", note, sections, distribution, contacts, List.of(), List.of());
        return new Bulletin(issue, entries);
    }

    /** Joins blocks that a page break split: a block that does not end a sentence continues in the next one. */
    private static List<Block> repairPageBreaks(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            if (!out.isEmpty()) {
                Block last = out.get(out.size() - 1);
                boolean lastIsProse = !HEADING.matcher(last.text()).matches() && !CONTACT.matcher(last.text()).find();
                boolean nextStartsAnew = HEADING.matcher(block.text()).matches() || DISTRIBUTION.matcher(block.text()).find()
                        || CONTACT.matcher(block.text()).find() || NOTE.matcher(block.text()).find();
                boolean continues = PageBreakRepair.cannotStartParagraph(block.text())
                        || (!PageBreakRepair.endsParagraph(last.text()) && !nextStartsAnew);
                if (lastIsProse && continues) {
                    out.set(out.size() - 1, last.joinedWith(block));
                    continue;
                }
            }
            out.add(block);
        }
        return out;
    }

    /** The first block of the body: the 编者按 or the first heading. */
    private static int firstBodyBlock(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            String t = blocks.get(i).text();
            if (NOTE.matcher(t).find() || HEADING.matcher(t).matches()) {
                return i;
            }
        }
        return Math.min(blocks.size(), MASTHEAD_BLOCKS);
    }

    private org.bulletinarchive.model.Series seriesOf(String name, String issuer) {
        return new org.bulletinarchive.model.Series(new SeriesNamer(gazetteer).slugFor(name, issuer), name, org.bulletinarchive.model.Series.PRIMARY_ROOT);
    }

    private static int find(List<Block> blocks, int from, int to, Pattern pattern) {
        for (int i = from; i < Math.min(to, blocks.size()); i++) {
            if (pattern.matcher(blocks.get(i).text()).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate parseDate(Block block, String fileName) throws ImportException {
        Matcher m = DATE.matcher(block.text());
        m.matches();
        int year = ChineseNumerals.parse(m.group(1));
        int month = ChineseNumerals.parse(m.group(2));
        int day = ChineseNumerals.parse(m.group(3));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new ImportException(fileName, block.line(), "the date '" + block.text() + "' is not a real date (" + e.getMessage() + "); correct it and import again.");
        }
    }

    private static String joinTexts(List<Block> blocks, String separator) {
        List<String> texts = new ArrayList<>();
        for (Block b : blocks) {
            texts.add(b.text());
        }
        return String.join(separator, texts);
    }
}
