package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.bulletinarchive.testsupport.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample issue and one of its items printed by real headless Chromium to PDF (DevTools Page.printToPDF with the
 * page's own @page size and margins, as a reader's 打印 → 另存为 PDF does) and read back with PDFBox: page, text
 * block, masthead, page numbers and back matter as GB/T 9704-2012 sets them, within 1 mm.
 *
 * <p>Positions are in mm from the top left corner of the sheet. A character's box is its ideographic em box, which
 * CJK fonts set from 0.88 em above the baseline to 0.12 em below it; a line's characters are taken to be centred in
 * the line, as Word's document grid centres them, so a text block's first line starts half a line pitch above the
 * centre of its characters. The PDF is kept in target/print/ and page 1 as target/screenshots/print-issue-17.png.
 */
class PrintBrowserIT {

    private static final double MM = 72 / 25.4;
    private static final double TOP = 37, BINDING = 28, OUTSIDE = 26, WIDTH = 156, HEIGHT = 225;
    private static final double PITCH = HEIGHT / 22, CHAR = WIDTH / 28;
    private static final double TOLERANCE = 1;

    @TempDir
    static Path tmp;

    private static PDDocument issue;
    private static PDDocument item;
    private static List<Glyph> issueGlyphs;
    private static List<Glyph> itemGlyphs;
    private static List<String> console;

    @BeforeAll
    static void buildTheSamplePrintAnIssueAndAnItemAndReadThem() throws Exception {
        FixtureProject project = FixtureProject.withCommittedContent(tmp.resolve("p"));
        new SiteBuilder(project.root, line -> { }).build(project.site());
        try (Browser browser = Browser.start()) {
            issue = Loader.loadPDF(print(browser, project.site().resolve("issues/2023/17/index.html"), "issue-17.pdf"));
            item = Loader.loadPDF(print(browser, project.site().resolve("issues/2023/17/10-changsha.html"), "item-17-10.pdf"));
            console = browser.severeConsoleMessages();
        }
        issueGlyphs = GlyphReader.read(issue);
        itemGlyphs = GlyphReader.read(item);
        BufferedImage page1 = new PDFRenderer(issue).renderImageWithDPI(0, 60);
        Path png = Path.of("target/screenshots/print-issue-17.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(page1, "png", png.toFile());
    }

    @AfterAll
    static void close() throws IOException {
        for (PDDocument d : new PDDocument[] {issue, item}) {
            if (d != null) {
                d.close();
            }
        }
    }

    /** Prints the page as the browser's print dialog would, background colours included, and keeps the PDF. */
    private static byte[] print(Browser browser, Path page, String name) throws IOException {
        browser.driver().get(page.toUri().toString());
        Map<String, Object> result = browser.driver().executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true, "displayHeaderFooter", false));
        byte[] pdf = Base64.getDecoder().decode((String) result.get("data"));
        Path file = Path.of("target/print", name);
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        return pdf;
    }

    @Test
    void everyPageIsA4AndTheConsoleIsEmpty() {
        assertThat(issue.getNumberOfPages()).isGreaterThan(3);
        for (PDDocument d : List.of(issue, item)) {
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                PDRectangle box = d.getPage(i).getMediaBox();
                assertThat(box.getWidth()).as("page %d width in pt", i + 1).isCloseTo(595.3f, within(1f));
                assertThat(box.getHeight()).as("page %d height in pt", i + 1).isCloseTo(841.9f, within(1f));
            }
        }
        assertThat(console).as("browser console").isEmpty();
    }

    @Test
    void theTextIsSetIn22LinesOf28CharactersInA156By225MmBlock37MmFromTheTop() {
        // page 2 is all body text; an even page, the back of the sheet, has its binding edge on the right
        List<Line> lines = bodyLines(issueGlyphs, 2);
        assertThat(lines).as("lines on page 2").hasSize(22);
        near("top of page 2's first line", lines.get(0).centre() - PITCH / 2, TOP, TOLERANCE);
        near("line pitch", (lines.get(21).centre() - lines.get(0).centre()) / 21, PITCH, 0.05);
        near("bottom of the last line", lines.get(21).centre() + PITCH / 2, TOP + HEIGHT, TOLERANCE);
        near("left edge of page 2's text", left(lines), OUTSIDE, TOLERANCE);
        near("right edge of page 2's text", right(lines), OUTSIDE + WIDTH, TOLERANCE);

        // page 1 below the masthead, from the 编者按 on
        List<Line> page1 = bodyLines(issueGlyphs, 1);
        int note = page1.indexOf(page1.stream().filter(l -> l.text().contains("编者按")).findFirst().orElseThrow());
        List<Line> first = page1.subList(note, page1.size());
        near("left edge of page 1's text, the binding edge", left(first), BINDING, TOLERANCE);
        near("right edge of page 1's text", right(first), BINDING + WIDTH, TOLERANCE);

        List<Line> full = lines.stream().filter(Line::fullWidth).toList();
        assertThat(full).as("lines of full-width characters only on page 2").isNotEmpty()
                .allSatisfy(l -> assertThat(l.glyphs()).as("characters on a line").hasSizeLessThanOrEqualTo(28));
        Line widest = full.stream().max(Comparator.comparingInt(l -> l.glyphs().size())).orElseThrow();
        assertThat(widest.glyphs()).as("a full line: %s", widest.text()).hasSize(28);
        near("character pitch on a full line", (widest.glyphs().get(27).x() - widest.glyphs().get(0).x()) / 27, CHAR, 0.05);
        assertThat(widest.glyphs().get(0).size()).as("3号 in pt").isCloseTo(16, within(0.1));
    }

    @Test
    void theMastheadIsRed26PtXiaobiaosong35MmIntoTheTextBlockAboveARedRuleAsWideAsIt() throws IOException {
        List<Glyph> series = issueGlyphs.stream().filter(g -> g.page() == 1 && g.size() > 20).toList();
        assertThat(series.stream().map(Glyph::text).collect(Collectors.joining())).isEqualTo("永州市打好优化发展环境持久仗工作专报");
        assertThat(series).allSatisfy(g -> assertThat(g.red()).as("%s in %s", g.text(), g.rgbText()).isTrue());
        assertThat(series.get(0).size()).as("一号 in pt").isCloseTo(26, within(0.1));
        near("top of the series' characters", series.get(0).top(), TOP + 35, TOLERANCE);

        // the 日 of 2023年9月28日, the first on the page
        Glyph date = issueGlyphs.stream().filter(g -> g.page() == 1 && g.text().equals("日"))
                .min(Comparator.comparingDouble(Glyph::baseline)).orElseThrow();
        double[] rule = redRule(new PDFRenderer(issue).renderImageWithDPI(0, 300), date.bottom());
        near("from the date line's characters to the rule", rule[0] - date.bottom(), 4, TOLERANCE);
        near("rule's left end", rule[1], BINDING, TOLERANCE);
        near("rule's right end", rule[2], BINDING + WIDTH, TOLERANCE);
        assertThat(issueGlyphs).filteredOn(g -> !series.contains(g))
                .allSatisfy(g -> assertThat(g.black()).as("%s on page %d in %s", g.text(), g.page(), g.rgbText()).isTrue());
    }

    @Test
    void pageNumbersAreSetSevenMmBelowTheTextBlockAtTheOutsideEdge() {
        for (int page = 1; page <= issue.getNumberOfPages(); page++) {
            List<Glyph> number = pageNumber(issueGlyphs, page);
            assertThat(spaced(number)).as("page number").isEqualTo("— " + page + " —");
            assertThat(number.get(0).size()).as("4号 in pt").isCloseTo(14, within(0.1));
            near(String.format("page %d number's top", page), number.get(0).top(), TOP + HEIGHT + 7, TOLERANCE);
            // one character (14pt) in from the outside edge of the text block
            if (page % 2 == 1) {
                near(String.format("page %d number's right end", page), number.get(number.size() - 1).right(),
                        BINDING + WIDTH - 14 / MM, TOLERANCE);
            } else {
                near(String.format("page %d number's left end", page), number.get(0).x(), OUTSIDE + 14 / MM, TOLERANCE);
            }
        }
    }

    @Test
    void theBackMatterEndsTheLastPageAndNothingThatLeadsElsewhereIsPrinted() {
        int last = issue.getNumberOfPages();
        String lastPage = text(issueGlyphs, last);
        assertThat(lastPage).contains("报：省发改委", "发：市直相关单位", "联系电话：0746-8358692");
        String all = text(issueGlyphs, 0);
        assertThat(all).contains("编者按", "北京从1.0到6.0", "郴州自贸速度", "来源：永州市打好优化发展环境持久仗工作专报第17期");
        assertThat(all).doesNotContain("全部期次", "地区与单位", "搜索", "跳到正文", "本期目录", "单独查看", "上一期", "订阅", "首页");
    }

    @Test
    void anItemPrintsItsTitleAndTextInTheSameTextBlockWithItsPageNumber() {
        List<Glyph> title = itemGlyphs.stream().filter(g -> g.page() == 1 && g.size() > 20).toList();
        assertThat(title.stream().map(Glyph::text).collect(Collectors.joining())).isEqualTo("长沙");
        assertThat(title.get(0).size()).as("二号 in pt").isCloseTo(22, within(0.1));
        List<Line> lines = bodyLines(itemGlyphs, 1);
        assertThat(lines.get(0).text()).startsWith("第17期");
        near("left edge of the item's text", left(lines), BINDING, TOLERANCE);
        near("right edge of the item's text", right(lines), BINDING + WIDTH, TOLERANCE);
        assertThat(spaced(pageNumber(itemGlyphs, 1))).isEqualTo("— 1 —");
        assertThat(text(itemGlyphs, 0)).doesNotContain("上一条", "下一条", "在前后各期", "在第17期中阅读此条", "涉及：");
    }

    /** Asserts a measure in mm and prints it, so that a run shows how near the print comes. */
    private static void near(String what, double actual, double expected, double tolerance) {
        System.out.printf("print: %-48s %7.2f mm (%.2f ± %.2f)%n", what, actual, expected, tolerance);
        assertThat(actual).as(what + " in mm").isCloseTo(expected, within(tolerance));
    }

    /** The lines of 16pt text in the text block of a page, top to bottom. */
    private static List<Line> bodyLines(List<Glyph> glyphs, int page) {
        return Line.of(glyphs.stream().filter(g -> g.page() == page && Math.abs(g.size() - 16) < 0.1
                && g.baseline() < TOP + HEIGHT).toList());
    }

    private static double left(List<Line> lines) {
        return lines.stream().mapToDouble(l -> l.glyphs().get(0).x()).min().orElseThrow();
    }

    private static double right(List<Line> lines) {
        return lines.stream().mapToDouble(l -> l.glyphs().get(l.glyphs().size() - 1).right()).max().orElseThrow();
    }

    private static List<Glyph> pageNumber(List<Glyph> glyphs, int page) {
        List<Glyph> number = glyphs.stream().filter(g -> g.page() == page && g.baseline() > TOP + HEIGHT).toList();
        assertThat(number).as("text below the text block of page %d", page).isNotEmpty();
        return number;
    }

    /** A line's text with a space wherever the glyphs leave a gap of more than a fifth of a character. */
    private static String spaced(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (i > 0 && !g.text().isBlank() && g.x() - glyphs.get(i - 1).right() > g.size() / 5 / MM && !text.toString().endsWith(" ")) {
                text.append(' ');
            }
            text.append(g.text());
        }
        return text.toString().replaceAll("\\s+", " ").trim();
    }

    /** The text of a page (0: of all pages), without spaces. */
    private static String text(List<Glyph> glyphs, int page) {
        return glyphs.stream().filter(g -> page == 0 || g.page() == page).map(Glyph::text).collect(Collectors.joining())
                .replaceAll("\\s+", "");
    }

    /**
     * The first row of red pixels below {@code belowMm} that runs for more than half the text block: its top, left
     * end and right end in mm.
     */
    private static double[] redRule(BufferedImage image, double belowMm) {
        double pxPerMm = image.getWidth() / 210.0;
        for (int y = (int) (belowMm * pxPerMm); y < image.getHeight(); y++) {
            int first = -1, last = -1, count = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
                if (r > 180 && g < 90 && b < 90) {
                    first = first < 0 ? x : first;
                    last = x;
                    count++;
                }
            }
            if (count > WIDTH / 2 * pxPerMm) {
                return new double[] {y / pxPerMm, first / pxPerMm, (last + 1) / pxPerMm};
            }
        }
        throw new AssertionError("no red rule below " + belowMm + " mm on page 1");
    }

    /** One glyph as printed: page (from 1), text, left end and baseline in mm, advance in mm, size in pt, fill colour. */
    record Glyph(int page, String text, double x, double baseline, double width, double size, float[] rgb) {

        double top() {
            return baseline - 0.88 * size / MM;
        }

        double bottom() {
            return baseline + 0.12 * size / MM;
        }

        double centre() {
            return baseline - 0.38 * size / MM;
        }

        double right() {
            return x + width;
        }

        boolean red() {
            return rgb[0] > 0.75 && rgb[1] < 0.2 && rgb[2] < 0.25;
        }

        boolean black() {
            return rgb[0] < 0.1 && rgb[1] < 0.1 && rgb[2] < 0.1;
        }

        String rgbText() {
            return String.format("rgb(%.2f, %.2f, %.2f)", rgb[0], rgb[1], rgb[2]);
        }
    }

    /** The glyphs of one line of a page, left to right. */
    record Line(List<Glyph> glyphs) {

        /** Groups glyphs by baseline (within 1 mm), top to bottom. */
        static List<Line> of(List<Glyph> glyphs) {
            List<Line> lines = new ArrayList<>();
            List<Glyph> sorted = glyphs.stream().filter(g -> !g.text().isBlank()).sorted(Comparator.comparingDouble(Glyph::baseline)).toList();
            List<Glyph> current = new ArrayList<>();
            for (Glyph g : sorted) {
                if (!current.isEmpty() && g.baseline() - current.get(0).baseline() > 1) {
                    lines.add(new Line(current));
                    current = new ArrayList<>();
                }
                current.add(g);
            }
            if (!current.isEmpty()) {
                lines.add(new Line(current));
            }
            return lines.stream().map(l -> new Line(l.glyphs().stream().sorted(Comparator.comparingDouble(Glyph::x)).toList())).toList();
        }

        double centre() {
            return glyphs.get(0).centre();
        }

        /** Whether every character is a full-width one (an ideograph or Chinese punctuation), a cell of the grid. */
        boolean fullWidth() {
            return glyphs.stream().allMatch(g -> g.width() > 0.9 * g.size() / MM);
        }

        String text() {
            return glyphs.stream().map(Glyph::text).collect(Collectors.joining());
        }
    }

    /** Reads every glyph of a PDF with its position, size and fill colour. */
    static final class GlyphReader extends PDFTextStripper {

        private final List<Glyph> glyphs = new ArrayList<>();

        static List<Glyph> read(PDDocument pdf) throws IOException {
            GlyphReader reader = new GlyphReader();
            reader.getText(pdf);
            return reader.glyphs;
        }

        /** Radicals Noto CJK draws with the glyph of a simplified ideograph, and that ideograph. */
        private static final String RADICALS = "⺠民⻅见⻓长⻔门⻛风⻜飞⻢马⻉贝⻋车⻄西⻰龙⻘青⻝食⻥鱼⻦鸟⻬齐⻮齿⻆角⻚页⻙韦⻩黄";

        private GlyphReader() throws IOException {
            // PDFTextStripper follows text operators only; the fill colour needs these
            addOperator(new SetNonStrokingColorSpace(this));
            addOperator(new SetNonStrokingColor(this));
            addOperator(new SetNonStrokingColorN(this));
            addOperator(new SetNonStrokingDeviceRGBColor(this));
            addOperator(new SetNonStrokingDeviceGrayColor(this));
            addOperator(new SetNonStrokingDeviceCMYKColor(this));
        }

        /**
         * Chromium's PDF (Skia) maps a glyph back to the first code point the font's cmap gives it, and Noto CJK shares
         * glyphs between ideographs and radicals: 工 comes back as the Kangxi radical ⼯ (U+2F2F), 长 as the radical ⻓
         * (U+2ED3). The first kind has a compatibility decomposition; the second is mapped from {@link #RADICALS}.
         */
        static String ideographs(String text) {
            StringBuilder plain = new StringBuilder();
            text.codePoints().forEach(c -> {
                int radical = RADICALS.indexOf(c);
                if (c >= 0x2F00 && c <= 0x2FDF) {
                    plain.append(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC));
                } else if (radical >= 0 && radical % 2 == 0) {
                    plain.append(RADICALS.charAt(radical + 1));
                } else {
                    plain.appendCodePoint(c);
                }
            });
            return plain.toString();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            int packed;
            try {
                packed = getGraphicsState().getNonStrokingColor().toRGB();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            float[] rgb = {(packed >> 16 & 0xff) / 255f, (packed >> 8 & 0xff) / 255f, (packed & 0xff) / 255f};
            // the text matrix carries the size (Skia sets the font at a size of its own and scales it)
            glyphs.add(new Glyph(getCurrentPageNo(), ideographs(text.getUnicode()), text.getXDirAdj() / MM, text.getYDirAdj() / MM,
                    text.getWidthDirAdj() / MM, text.getXScale(), rgb));
            super.processTextPosition(text);
        }
    }
}
