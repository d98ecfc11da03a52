package org.bulletinarchive.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the masthead at the top of a bulletin in the forms offices print: the series title
 * (one or more lines, or before the number on the same line: 督察通报第十七期, 工作专报（第17期）),
 * the number (第 17 期, 第十七期, （第21期）, 2023年第17期（总第58期）, 20期, or a running 总第3307期 alone),
 * the issuing body and the date (2023 年 9 月 28 日, 二〇二三年九月二十八日, 2023年09月14日, 2023.9.28,
 * with or without 日, perhaps followed by 编印 / 印发 / 编, on its own line or after the issuer).
 */
final class Masthead {

    /** How many blocks from the top the issue number may be found in. */
    static final int SEARCH_BLOCKS = 10;
    /** A masthead line is short; a paragraph is not. */
    private static final int MAX_LINE = 60;

    private static final String NUM = "([0-9０-９]{1,6}|[〇零○一二三四五六七八九十百]{1,8})";
    private static final String YEAR = "([0-9]{4}|[〇零○一二三四五六七八九]{4})";
    private static final Pattern NUMBER = Pattern.compile(
            "^(?<pre>.*?)[（(]?\\s*(?:" + YEAR + "\\s*年\\s*)?(?:[（(]?总第\\s*(?<totalBefore>" + NUM.substring(1) + "\\s*期\\s*[）)]?\\s*)?"
                    + "(?<di>第)?\\s*(?<num>" + NUM.substring(1) + "\\s*期\\s*[）)]?"
                    + "(?:\\s*[（(]?\\s*总第\\s*(?<total>" + NUM.substring(1) + "\\s*期\\s*[）)]?)?$");
    private static final Pattern DATE = Pattern.compile(
            "^(?<pre>.*?)\\s*(?:" + YEAR.replace("(", "(?<y>") + "\\s*年\\s*" + NUM.replace("(", "(?<m>") + "\\s*月\\s*(?:" + NUM.replace("(", "(?<d>") + "\\s*日?)?"
                    + "|(?<y2>[0-9]{4})\\s*[.．/-]\\s*(?<m2>[0-9]{1,2})\\s*[.．/-]\\s*(?<d2>[0-9]{1,2}))(?:\\s*(?:编印|印发|编))?$");
    /** The highest issue number, as the build accepts it (issue= in the content files). */
    static final int MAX_ISSUE = 99_999;
    /** The day of a date that a printed line wrapped, alone on the next line: 20日. */
    private static final Pattern WRAPPED_DAY = Pattern.compile("^[0-9０-９一二三四五六七八九十]{1,3}\\s*日(?:\\s*(?:编印|印发|编))?$");
    /** The 总 of a running number 总第3307期 that stands without a number of the year, at the end of what precedes 第. */
    private static final Pattern RUNNING = Pattern.compile("(?:" + YEAR + "\\s*年\\s*)?[（(]?\\s*总\\s*$");

    /** One part of the masthead and the block it was read from; MARK is a printing mark such as 内部资料 注意保存. */
    enum Part { SERIES, NUMBER, ISSUER, DATE, MARK }

    /** Marks printed above the title that are not part of the series' name. */
    private static final Pattern MARK = Pattern.compile("^(?:(?:内部资料|注意保存|内部刊物|内部参阅|内部材料|妥善保管|机密|秘密|绝密|[（(]?此件.{0,12}公开[）)]?)[\\s，,★]*)+$|^(?:密级|保密期限|签发人|编号)\\s*[：:].*$|^★.*$");

    /** {@code note} says more about the reading for the import report (a running number read as the issue number). */
    record Field(Part part, String text, Block block, String note) {

        Field(Part part, String text, Block block) {
            this(part, text, block, "");
        }
    }

    /** What the masthead says; {@code fields} in the order they were printed; {@code bodyStart} is the first block after it. */
    record Result(String series, String numberText, int number, int totalNumber, String issuer, String dateText, LocalDate date,
                  boolean dateHasDay, List<Field> fields, int bodyStart) {

        /** The printing marks above the title (内部资料, 注意保存), kept with the issue's imprint. */
        List<String> marks() {
            return fields.stream().filter(f -> f.part() == Part.MARK).map(Field::text).toList();
        }
    }

    private Masthead() {
    }

    static Result read(List<Block> blocks, String fileName) throws ImportException {
        int limit = Math.min(blocks.size(), SEARCH_BLOCKS);
        int numberAt = -1;
        Matcher number = null;
        for (int i = 0; i < limit; i++) {
            String t = blocks.get(i).text();
            if (t.length() > MAX_LINE) {
                continue;
            }
            Matcher m = NUMBER.matcher(t);
            // without 第 the number must stand alone (20期, 2023年20期): 二期工程 in a title is not an issue number
            if (m.matches() && (m.group("di") != null || m.group("pre").isEmpty()) && !isDateOnly(t)) {
                numberAt = i;
                number = m;
                break;
            }
        }
        if (numberAt < 0) {
            throw new ImportException(fileName, blocks.get(0).line(), "no issue number: the first " + limit + " paragraphs (lines "
                    + blocks.get(0).line() + "–" + blocks.get(limit - 1).line() + ") have no line like '第 17 期', '（第21期）', "
                    + "'2023年第17期（总第58期）', '总第3307期', '20期' or '工作专报第十七期'. Add the issue number under the series title and import again.");
        }
        int issueNumber = ChineseNumerals.parse(digitsOf(number.group("num")));
        String totalText = number.group("total") != null ? number.group("total") : number.group("totalBefore");
        int total = totalText == null ? 0 : ChineseNumerals.parse(digitsOf(totalText));
        if (issueNumber <= 0 || issueNumber > MAX_ISSUE || total < 0 || total > MAX_ISSUE) {
            throw new ImportException(fileName, blocks.get(numberAt).line(), "the issue number in '" + blocks.get(numberAt).text()
                    + "' is not a number from 1 to " + MAX_ISSUE + " (written as 17, 十七 or 一百零五); correct it and import again.");
        }
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < numberAt; i++) {
            String t = blocks.get(i).text();
            fields.add(new Field(MARK.matcher(t).matches() ? Part.MARK : Part.SERIES, t, blocks.get(i)));
        }
        Block numberBlock = blocks.get(numberAt);
        String pre = number.group("pre");
        String note = "";
        Matcher running = RUNNING.matcher(pre);
        if (running.find() && total == 0) {
            // 总第3307期 and no number of the year: the running number is the only number there is
            pre = pre.substring(0, running.start());
            note = "running number (总第), the only number printed: read as the issue number";
        }
        String numberText = numberBlock.text().substring(pre.length()).strip();
        pre = pre.strip();
        if (!pre.isEmpty()) {
            fields.add(new Field(Part.SERIES, pre, numberBlock));
        }
        fields.add(new Field(Part.NUMBER, numberText, numberBlock, note));

        // the date: on its own line or after the issuer, within a few lines of the number
        int dateAt = -1;
        Matcher date = null;
        for (int i = numberAt + 1; i < Math.min(blocks.size(), numberAt + 5); i++) {
            String t = blocks.get(i).text();
            Matcher m = DATE.matcher(t);
            if (t.length() <= MAX_LINE && m.matches()) {
                dateAt = i;
                date = m;
                break;
            }
        }
        if (dateAt < 0) {
            throw new ImportException(fileName, numberBlock.line(), "no date: the lines after the issue number '" + numberBlock.text()
                    + "' have no date like '2023 年 9 月 28 日', '二〇二三年九月二十八日' or '2023.9.28' (alone or after the issuing body). "
                    + "Add the date line and import again.");
        }
        for (int i = numberAt + 1; i < dateAt; i++) {
            fields.add(new Field(Part.ISSUER, blocks.get(i).text(), blocks.get(i)));
        }
        Block dateBlock = blocks.get(dateAt);
        int bodyStart = dateAt + 1;
        if (date.group("y") != null && date.group("d") == null && bodyStart < blocks.size()
                && WRAPPED_DAY.matcher(blocks.get(bodyStart).text()).matches()) {
            // a date wrapped at the end of a printed line: 2024年8月 / 20日
            dateBlock = new Block(PageBreakRepair.join(dateBlock.text(), blocks.get(bodyStart).text()), dateBlock.line(), dateBlock.page());
            date = DATE.matcher(dateBlock.text());
            date.matches();
            bodyStart++;
        }
        String datePre = date.group("pre").strip();
        if (!datePre.isEmpty()) {
            fields.add(new Field(Part.ISSUER, datePre, dateBlock));
        }
        String dateText = dateBlock.text().substring(date.group("pre").length()).strip();
        fields.add(new Field(Part.DATE, dateText, dateBlock));

        boolean western = date.group("y2") != null;
        int year = ChineseNumerals.parse(western ? date.group("y2") : date.group("y"));
        int month = ChineseNumerals.parse(digitsOf(western ? date.group("m2") : date.group("m")));
        String dayText = western ? date.group("d2") : date.group("d");
        int day = dayText == null ? 1 : ChineseNumerals.parse(digitsOf(dayText));
        LocalDate localDate;
        try {
            localDate = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new ImportException(fileName, dateBlock.line(), "the date '" + dateText + "' is not a real date (" + e.getMessage() + "); correct it and import again.");
        }
        String series = join(fields, Part.SERIES);
        if (series.isEmpty()) {
            throw new ImportException(fileName, numberBlock.line(), "no series title: nothing precedes '" + numberBlock.text()
                    + "'. The first line must be the bulletin's title (e.g. 永州市打好优化发展环境持久仗 工作专报).");
        }
        return new Result(series, numberText, issueNumber, total, join(fields, Part.ISSUER), dateText, localDate, dayText != null,
                fields, bodyStart);
    }

    private static boolean isDateOnly(String text) {
        Matcher m = DATE.matcher(text);
        return m.matches() && m.group("pre").isBlank();
    }

    /** The numeral of "17 期）" or "十七期" (ChineseNumerals reads full-width digits too). */
    private static String digitsOf(String numberWithSuffix) {
        return numberWithSuffix.replaceAll("[\\s期）)日]", "");
    }

    private static String join(List<Field> fields, Part part) {
        List<String> texts = new ArrayList<>();
        for (Field f : fields) {
            if (f.part() == part) {
                texts.add(f.text());
            }
        }
        return String.join(" ", texts);
    }
}
