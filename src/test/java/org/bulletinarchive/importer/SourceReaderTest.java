package org.bulletinarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.bulletinarchive.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceReaderTest {

    private static final Path BULLETINS = Path.of("src/test/resources/bulletins");
    private static final Path READERS = Path.of("src/test/resources/readers");

    private static byte[] bytes(Path file) throws Exception {
        return Files.readAllBytes(file);
    }

    private static List<String> texts(SourceText source) {
        return source.blocks().stream().map(Block::text).toList();
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s", "");
    }

    @Test
    void detectsTheFormatFromTheBytesDespiteAWrongExtension() throws Exception {
        SourceText pdfAsDocx = SourceReader.read(bytes(READERS.resolve("bulletin.pdf")), "bulletin.docx");
        assertThat(pdfAsDocx.format()).isEqualTo(SourceFormat.PDF);
        assertThat(texts(pdfAsDocx)).isEqualTo(texts(SourceReader.read(READERS.resolve("bulletin.pdf"))));
        assertThat(SourceReader.read(bytes(READERS.resolve("bulletin.docx")), "bulletin.doc").format()).isEqualTo(SourceFormat.DOCX);
        assertThat(SourceReader.read(bytes(READERS.resolve("bulletin.doc")), "bulletin.wps").format()).isEqualTo(SourceFormat.DOC);
        assertThat(SourceReader.read(bytes(READERS.resolve("bulletin.txt")), "bulletin.pdf").format()).isEqualTo(SourceFormat.TXT);
    }

    @Test
    void readsTextExactlyAsTheLayoutReaderDoes() throws Exception {
        SourceText sample = SourceReader.read(Samples.RAW_17);
        assertThat(sample.format()).isEqualTo(SourceFormat.TXT);
        assertThat(sample.encoding()).isEqualTo("UTF-8");
        assertThat(sample.exactParagraphs()).isFalse();
        assertThat(sample.blocks()).isEqualTo(LayoutReader.blocks(Samples.raw17()));
    }

    @Test
    void dropsAndReportsPageNumberLinesOfAText() throws Exception {
        String text = "甲段落\n\n— 2 —\n\n乙段落\n-3-\n- 4 -\n第 5 页\n第6页 共9页\n7/9\n丙段落\n";
        SourceText source = SourceReader.read(text.getBytes(StandardCharsets.UTF_8), "x.txt");
        assertThat(texts(source)).containsExactly("甲段落", "乙段落", "丙段落");
        assertThat(source.dropped()).extracting(Dropped::line).containsExactly(3, 6, 7, 8, 9, 10);
        assertThat(source.dropped()).extracting(Dropped::text).containsExactly("— 2 —", "-3-", "- 4 -", "第 5 页", "第6页 共9页", "7/9");
        assertThat(source.dropped()).extracting(Dropped::why).containsOnly("page number");
    }

    @Test
    void startsAParagraphAtEachBackMatterLineOfATextCopiedOutOfAPdf() throws Exception {
        String text = """
                一、项目建设

                市水利局完成投资2.3亿元。

                市住建局推行“拿地即开工”，今年已有12个
                项目实现拿地即开工。

                报：市委、市人民政府主要领导同志。
                送：省优化办。
                发：各镇（街道），市直各单位，
                　　市属国有企业。
                联系电话：0731-87886600
                （共印 60 份）
                """;
        SourceText source = SourceReader.read(text.getBytes(StandardCharsets.UTF_8), "x.txt");
        assertThat(texts(source)).containsExactly("一、项目建设", "市水利局完成投资2.3亿元。", "市住建局推行“拿地即开工”，今年已有12个项目实现拿地即开工。",
                "报：市委、市人民政府主要领导同志。", "送：省优化办。", "发：各镇（街道），市直各单位，市属国有企业。",
                "联系电话：0731-87886600", "（共印 60 份）");
        assertThat(source.blocks()).extracting(Block::line).containsExactly(1, 3, 5, 8, 9, 10, 12, 13);
    }

    @ParameterizedTest
    @ValueSource(strings = {"city-jianbao", "county-ducha", "no-sections", "page-furniture", "province-numbered", "total-number"})
    void readsTheSameParagraphsFromTheDocxDocPdfAndTxtOfABulletin(String name) throws Exception {
        SourceText docx = SourceReader.read(BULLETINS.resolve(name + ".docx"));
        SourceText doc = SourceReader.read(BULLETINS.resolve(name + ".doc"));
        SourceText pdf = SourceReader.read(BULLETINS.resolve(name + ".pdf"));
        SourceText txt = SourceReader.read(BULLETINS.resolve(name + ".txt"));
        assertThat(docx.exactParagraphs()).isTrue();
        assertThat(pdf.exactParagraphs()).isTrue();
        assertThat(texts(doc)).isEqualTo(texts(docx));
        assertThat(docx.blocks()).noneMatch(b -> b.text().contains("内部资料") || PageNumbers.isPageNumber(b.text()));

        List<String> pdfTexts = new ArrayList<>(texts(pdf));
        if (name.equals("page-furniture")) {
            // its masthead title wraps over two centred lines; the parser joins masthead lines
            assertThat(pdfTexts.subList(0, 2)).containsExactly("永州市打好优化发展环境持久仗", "工作专报");
            String title = pdfTexts.remove(0) + " " + pdfTexts.get(0);
            pdfTexts.set(0, title);
        }
        assertThat(pdfTexts).isEqualTo(texts(docx));
        assertThat(pdf.dropped()).isNotEmpty().allMatch(d -> d.why().equals("page number") && d.text().matches("— \\d —"));

        String words = withoutSpaces(String.join("", texts(docx)));
        assertThat(withoutSpaces(String.join("", texts(txt)))).isEqualTo(words);
    }

    @Test
    void readsTheSameParagraphsFromEveryFormatOfABulletinWhoseLinesWrapDifferently() throws Exception {
        // made by readers/make-wrapped-lines.py: a title wrapped after a full line, 办结率 / 91.9%。 wrapped by Chromium,
        // punctuation hanging in LibreOffice's margin, back matter on consecutive lines of the text, 。（市水利局）
        List<String> docx = texts(SourceReader.read(READERS.resolve("wrapped-lines.docx")));
        assertThat(docx).hasSize(15).startsWith("常德市打造内陆地区改革开放高地工作简报", "总第3307期", "市委办公室编印 2024年5月6日")
                .contains("市水利局围绕沅江防洪治理工程，提前完成征地拆迁和施工图审查，主体工程较计划提前两个月开工，累计完成投资2.3亿元。（市水利局）")
                .endsWith("报：市委、市人民政府主要领导同志。", "送：湖南省打造内陆地区改革开放高地领导小组办公室。", "发：各镇（街道），市直各单位。",
                        "联系电话：0731-87886600", "（共印 60 份）");
        assertThat(docx.get(5)).contains("办结率91.9%。下一步");
        for (String file : List.of("wrapped-lines.doc", "wrapped-lines.pdf", "wrapped-lines-writer.pdf", "wrapped-lines.txt")) {
            assertThat(texts(SourceReader.read(READERS.resolve(file)))).as(file).isEqualTo(docx);
        }
    }

    @Test
    void docxAndDocIgnoreHeaderFooterFootnoteAndTextBox() throws Exception {
        List<String> plain = texts(SourceReader.read(READERS.resolve("bulletin.docx")));
        for (String file : List.of("word-extras.docx", "word-extras.doc")) {
            List<String> extras = texts(SourceReader.read(READERS.resolve(file)));
            assertThat(extras).as(file).isEqualTo(plain);
        }
        assertThat(plain).noneMatch(t -> t.contains("脚注") || t.contains("文本框") || t.equals("某县优化营商环境工作专报") || t.contains("—"));
    }

    @Test
    void numbersWordParagraphsCountingEmptyOnesAndTableCells() throws Exception {
        SourceText docx = SourceReader.read(READERS.resolve("bulletin.docx"));
        SourceText doc = SourceReader.read(READERS.resolve("bulletin.doc"));
        // title, 第 3 期, two table cells (issuer, date), an empty paragraph, then the editor's note
        assertThat(docx.blocks()).extracting(Block::line).startsWith(1, 2, 3, 4, 6);
        assertThat(doc.blocks()).extracting(Block::line).isEqualTo(docx.blocks().stream().map(Block::line).toList());
        assertThat(texts(docx).subList(2, 4)).containsExactly("县优化营商环境工作专班", "2024 年 3 月 5 日");
        assertThat(docx.encoding()).isEmpty();
    }

    @Test
    void foldsManualLineBreaksInADocxParagraph() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFRun run = document.createParagraph().createRun();
            run.setText("报：市委办公室，");
            run.addBreak();
            run.addTab();
            run.setText("市政府办公室。");
            document.createParagraph();
            document.createParagraph().createRun().setText("第二段");
            document.write(out);
        }
        SourceText source = SourceReader.read(out.toByteArray(), "breaks.docx");
        assertThat(source.blocks()).containsExactly(new Block("报：市委办公室， 市政府办公室。", 1), new Block("第二段", 3));
    }

    @Test
    void joinsTheLinesOfAWordParagraphBrokenByHandAsWrappedLinesAreJoined() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFRun title = document.createParagraph().createRun();
            title.setText("常德市打造内陆地区改革开放高地");
            title.addBreak();
            title.setText("工作简报");
            XWPFRun latin = document.createParagraph().createRun();
            latin.setText("Changde Work");
            latin.addBreak();
            latin.setText("Bulletin");
            latin.addBreak();
            latin.setText("5月");
            document.write(out);
        }
        SourceText source = SourceReader.read(out.toByteArray(), "breaks.docx");
        assertThat(texts(source)).containsExactly("常德市打造内陆地区改革开放高地工作简报", "Changde Work Bulletin 5月");
        assertThat(WordReader.joinLines("办结率\n91.9%。\n 下一步")).isEqualTo("办结率91.9%。 下一步");
    }

    @Test
    void keepsTheResultOfDocFieldsAndDropsTheirCodes() {
        WordReader.FieldFilter fields = new WordReader.FieldFilter();
        assertThat(fields.text("第\u0013 PAGE \\* MERGEFORMAT \u00142\u0015页\u0007\r")).isEqualTo("第2页 ");
        // a typed line break (\u000b) is kept for the paragraph's lines to be joined as wrapped lines are
        assertThat(fields.text("甲\u0013 IF \u0013 PAGE \u00141\u0015 = 1 \"是\" \u0014是\u0015乙\u000b丙\u0002\r"))
                .isEqualTo("甲是乙" + WordReader.LINE_BREAK + "丙 ");
        // a result may span paragraphs: the code of the next field starts in this one
        assertThat(fields.text("目录\u0013 TOC \\o \u0014一、概况\r")).isEqualTo("目录一、概况 ");
        assertThat(fields.text("二、做法\u0015\r")).isEqualTo("二、做法 ");
    }

    @Test
    void dropsPdfPageNumbersAndRunningHeadersAndReportsThem() throws Exception {
        SourceText furniture = SourceReader.read(BULLETINS.resolve("page-furniture.pdf"));
        assertThat(furniture.dropped()).extracting(Dropped::page).containsExactly(1, 2, 3);
        assertThat(furniture.dropped()).extracting(Dropped::text).containsExactly("— 1 —", "— 2 —", "— 3 —");
        assertThat(furniture.blocks()).noneMatch(b -> b.text().contains("—"));

        SourceText bulletin = SourceReader.read(READERS.resolve("bulletin.pdf"));
        assertThat(bulletin.dropped()).extracting(d -> d.page() + " " + d.why() + " " + d.text()).containsExactly(
                "1 running header 某县优化营商环境工作专报", "1 page number — 1 —",
                "2 running header 某县优化营商环境工作专报", "2 page number — 2 —");
        // lines are counted over the document, furniture included: the header is line 1
        assertThat(bulletin.dropped().get(0).line()).isEqualTo(1);
        assertThat(bulletin.blocks().get(0)).isEqualTo(new Block("某县优化营商环境 工作专报", 2, 1));
    }

    @Test
    void repairsAPdfParagraphSplitAcrossAPage() throws Exception {
        SourceText pdf = SourceReader.read(READERS.resolve("bulletin.pdf"));
        Block guangzhou = pdf.blocks().stream().filter(b -> b.text().startsWith("广州开展")).findFirst().orElseThrow();
        assertThat(guangzhou.page()).isEqualTo(1);
        assertThat(guangzhou.text()).contains("举报违规收费行为").endsWith("举报违规收费行为。");
        assertThat(pdf.blocks()).noneMatch(b -> b.text().startsWith("规收费"));
        Block next = pdf.blocks().get(pdf.blocks().indexOf(guangzhou) + 1);
        assertThat(next).isEqualTo(new Block("【县内推进】", next.line(), 2));
    }

    @Test
    void splitsAPdfLineWhereAnEmptyGapSeparatesTableCells() throws Exception {
        List<Block> blocks = SourceReader.read(READERS.resolve("bulletin.pdf")).blocks();
        assertThat(blocks.subList(2, 4)).extracting(Block::text).containsExactly("县优化营商环境工作专班", "2024 年 3 月 5 日");
        assertThat(blocks.get(2).line()).isEqualTo(blocks.get(3).line());
    }

    @Test
    void refusesAScannedPdfWithoutTextLayer() {
        assertThatThrownBy(() -> SourceReader.read(BULLETINS.resolve("scan.pdf")))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("scan.pdf")
                .hasMessageContaining("has no text layer (it looks like a scanned image")
                .hasMessageContaining("import the Word file, or run OCR first");
    }

    @Test
    void refusesAPasswordProtectedPdfAndReadsOneThatOpensWithoutPassword() throws Exception {
        byte[] locked = protect("secret");
        assertThatThrownBy(() -> SourceReader.read(locked, "locked.pdf"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("locked.pdf: the PDF is password-protected");
        SourceText open = SourceReader.read(protect(""), "restricted.pdf");
        assertThat(texts(open)).isEqualTo(texts(SourceReader.read(READERS.resolve("bulletin.pdf"))));
    }

    @Test
    void refusesAPdfWhoseTextReadsAsLatinOneSymbolsInsteadOfChinese() throws Exception {
        // what a PDF without a usable Unicode map gives: each Chinese character read as Latin-1 letters and signs
        byte[] soup;
        try (PDDocument document = new PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            try (var text = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(font, 12);
                text.newLineAtOffset(72, 700);
                for (String line : List.of("¹¤×÷¼ò±¨ µÚ17ÆÚ", "Äå±²¶Î³¤É³ÊÐÕþ¸®", "ÖêÖÞÊÐ ÏæÌ¶ÊÐ ºâÑôÊÐ")) {
                    text.showText(line);
                    text.newLineAtOffset(0, -20);
                }
                text.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            soup = out.toByteArray();
        }
        assertThatThrownBy(() -> SourceReader.read(soup, "cut-off.pdf"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("cut-off.pdf: the PDF's text reads as symbols, not Chinese (")
                .hasMessageContaining("no usable Unicode map, or the file was cut off");
    }

    private static byte[] protect(String userPassword) throws Exception {
        try (PDDocument document = Loader.loadPDF(bytes(READERS.resolve("bulletin.pdf")))) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void refusesExcelFilesAndZipArchivesNamingWhatTheyAre() throws Exception {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("专报").createRow(0).createCell(0).setCellValue("第 17 期");
            workbook.write(xlsx);
        }
        assertThatThrownBy(() -> SourceReader.read(xlsx.toByteArray(), "bulletin.docx"))
                .isInstanceOf(ImportException.class)
                .hasMessage("bulletin.docx: this is an Excel workbook (.xlsx), not a bulletin. " + SourceReader.ACCEPTED);

        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("专报");
            workbook.write(xls);
        }
        assertThatThrownBy(() -> SourceReader.read(xls.toByteArray(), "bulletin.doc"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("an Excel workbook (.xls)").hasMessageContaining(".docx, .doc");

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("2023-17.txt"));
            out.write("第 17 期".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> SourceReader.read(zip.toByteArray(), "bulletins.zip"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("a ZIP archive with no Word document in it");
    }

    @Test
    void refusesDamagedWordAndPdfFilesWithAnImportException() throws Exception {
        byte[] docx = bytes(READERS.resolve("bulletin.docx"));
        byte[] doc = bytes(READERS.resolve("bulletin.doc"));
        byte[] pdf = bytes(READERS.resolve("bulletin.pdf"));
        List<byte[]> damaged = List.of(
                Arrays.copyOf(docx, docx.length / 2),
                Arrays.copyOf(docx, 40),
                Arrays.copyOf(doc, doc.length / 2),
                Arrays.copyOf(doc, 600),
                Arrays.copyOf(pdf, 3000),
                "%PDF-1.7\nnot really a PDF\n".getBytes(StandardCharsets.US_ASCII));
        for (byte[] bytes : damaged) {
            assertThatThrownBy(() -> SourceReader.read(bytes, "broken")).isInstanceOf(ImportException.class)
                    .hasMessageStartingWith("broken: ")
                    .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("damaged", "no text layer", "no pages"));
        }
    }

    @Test
    void readsWordAndPdfFilesWithoutLoggingToStderr() throws Exception {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String name : List.of("bulletin.docx", "bulletin.doc", "bulletin.pdf", "word-extras.doc")) {
                SourceReader.read(READERS.resolve(name));
            }
            SourceReader.read(BULLETINS.resolve("county-ducha.pdf"));
        } finally {
            System.setErr(stderr);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void refusesAMissingFileWithWhatToGive() {
        assertThatThrownBy(() -> SourceReader.read(Path.of("raw/no-such-bulletin.docx")))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("no such file");
    }
}
