package org.bulletinarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.Entry;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.model.Issue;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The test bulletins under src/test/resources/bulletins, written for this project in the layouts
 * real offices use, each with an expected.tsv that says what a correct import yields.
 */
class BulletinLayoutsIT {

    static final Path BULLETINS = Path.of("src/test/resources/bulletins");
    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    @TempDir
    Path tmp;

    /** What expected.tsv says. */
    record Expected(List<String[]> rows) {
        static Expected of(String layout) throws Exception {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(BULLETINS.resolve(layout + ".expected.tsv"), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return new Expected(rows);
        }

        String value(String key) {
            return rows.stream().filter(r -> r[0].equals(key)).map(r -> r[1]).findFirst().orElse("");
        }

        /** Values with layout whitespace folded, as the importer keeps them (a run of full-width spaces is one space). */
        List<String> values(String key) {
            return rows.stream().filter(r -> r[0].equals(key)).map(r -> LayoutReader.foldSpaces(r[1])).toList();
        }

        List<String[]> entries() {
            return rows.stream().filter(r -> r[0].matches("[0-9]+")).toList();
        }
    }

    static Bulletin importLayout(Path project, String file) throws Exception {
        return importResult(project, file).bulletin();
    }

    static Importer.Result importResult(Path project, String file) throws Exception {
        Path source = project.resolve("inbox").resolve(file);
        Files.createDirectories(source.getParent());
        Files.copy(BULLETINS.resolve(file), source);
        return new Importer(GAZETTEER).importFile(source, project.resolve("content"), false);
    }

    /** Every layout with an expected file: the older per-place ones and the layouts of items, tags and 通报. */
    static final String[] LAYOUTS = {"county-ducha", "city-jianbao", "province-numbered", "total-number", "no-sections", "page-furniture",
            "news-column", "tongbao-plain", "tongbao-items", "dated-news", "woxian-items", "township-opener", "signed-items", "titled-items",
            "commended-list", "news-dateline", "two-line-title", "total-only"};
    /** The layouts made in every format (txt, docx, doc, a browser's PDF and a word processor's PDF). */
    static final String[] ALL_FORMATS = {"county-ducha", "city-jianbao", "province-numbered", "total-number", "no-sections", "page-furniture",
            "tongbao-plain", "tongbao-items", "dated-news", "woxian-items", "township-opener", "signed-items", "titled-items",
            "commended-list", "news-dateline", "two-line-title", "total-only"};

    @ParameterizedTest
    @org.junit.jupiter.params.provider.FieldSource("LAYOUTS")
    void importsEachLayoutAsItsExpectedFileSays(String layout) throws Exception {
        Expected expected = Expected.of(layout);
        Importer.Result result = importResult(tmp, layout + ".txt");
        Bulletin bulletin = result.bulletin();
        Issue issue = bulletin.issue();
        assertThat(issue.series().name()).isEqualTo(expected.value("series"));
        assertThat(issue.number()).isEqualTo(Integer.parseInt(expected.value("number")));
        assertThat(issue.totalNumber()).isEqualTo(expected.value("totalNumber").isEmpty() ? 0 : Integer.parseInt(expected.value("totalNumber")));
        assertThat(issue.date()).hasToString(expected.value("date"));
        assertThat(issue.issuer()).isEqualTo(expected.value("issuer"));
        assertThat(issue.headline()).isEqualTo(expected.value("headline"));
        assertThat(issue.addressee()).isEqualTo(expected.value("addressee"));
        List<String[]> lead = expected.rows().stream().filter(r -> r[0].equals("lead")).toList();
        assertThat(issue.editorsNote()).hasSize(lead.isEmpty() ? 0 : Integer.parseInt(lead.get(0)[2]));
        if (!lead.isEmpty() && !lead.get(0)[1].isEmpty()) {
            assertThat(issue.editorsNote().get(0)).startsWith(lead.get(0)[1]);
        }
        List<String> actual = new ArrayList<>();
        List<String> wanted = new ArrayList<>();
        for (String[] row : expected.entries()) {
            wanted.add(String.join("\t", List.of(row).subList(0, Math.min(row.length, 5))));
        }
        for (int i = 0; i < bulletin.entries().size(); i++) {
            Entry e = bulletin.entries().get(i);
            // an expected file of four columns says nothing of titles
            boolean withTitle = i < expected.entries().size() && expected.entries().get(i).length >= 5;
            actual.add(e.order() + "\t" + String.join(",", e.subjects().stream().map(p -> p.name()).toList()) + "\t"
                    + (e.section() == null ? "" : e.section().heading()) + "\t" + e.paragraphs().size() + (withTitle ? "\t" + e.heading() : ""));
        }
        assertThat(actual).as(layout).containsExactlyElementsOf(wanted);
        // the report names the rule behind every subject
        String report = result.report().render();
        for (String[] rule : expected.rows().stream().filter(r -> r[0].equals("rule")).toList()) {
            assertThat(report).as("the rule of %s in item %s", rule[2], rule[1]).containsPattern(
                    "(item|subject|item heading|item title)\\s+(news item, |numbered item, )?" + java.util.regex.Pattern.quote(rule[2])
                            + " \\([^;]*; " + java.util.regex.Pattern.quote(rule[3]) + "[,)]");
        }
        assertThat(issue.attachments()).containsExactlyElementsOf(expected.values("attachment"));
        assertThat(issue.distribution()).containsExactlyElementsOf(expected.values("distribution"));
        assertThat(issue.contacts()).containsExactlyElementsOf(expected.values("contact"));
        assertThat(issue.imprint()).containsExactlyElementsOf(expected.values("imprint"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.FieldSource("ALL_FORMATS")
    void theTextWordAndPdfFilesOfABulletinImportToTheSameContent(String layout) throws Exception {
        java.util.Map<String, String> reference = null;
        // pdf: printed by Chromium with a page-number footer; writer.pdf: saved as PDF by a word processor (LibreOffice)
        for (String ext : List.of("txt", "docx", "doc", "pdf", "writer.pdf")) {
            Path project = tmp.resolve(ext);
            importLayout(project, layout + (ext.equals("writer.pdf") ? "-writer.pdf" : "." + ext));
            java.util.Map<String, String> files = new java.util.TreeMap<>();
            Path content = project.resolve("content");
            try (var walk = Files.walk(content)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    // the original differs by format (raw/…/2023-17.pdf); everything else is the same
                    files.put(content.relativize(f).toString(), Files.readString(f).replaceAll("(?m)^source\\.[0-9]+=.*\\n", ""));
                }
            }
            String kept = ext.equals("writer.pdf") ? ".pdf" : "." + ext;
            assertThat(project.resolve("raw")).isDirectoryRecursivelyContaining(p -> p.getFileName().toString().endsWith(kept));
            if (reference == null) {
                reference = files;
            } else {
                assertThat(files).as("%s.%s", layout, ext).containsExactlyEntriesOf(reference);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void warnsOfEveryUncertainReadingWithItsLine() throws Exception {
        Path source = tmp.resolve("inbox/warnings.txt");
        Files.createDirectories(source.getParent());
        Files.copy(BULLETINS.resolve("warnings.txt"), source);
        var parsed = new Importer(GAZETTEER).read(source, tmp.resolve("content"));
        assertThat(parsed.report().warnings()).extracting(w -> w.where() + " " + w.message().substring(0, Math.min(40, w.message().length())))
                .containsExactly(
                        "5 the date '2024年3月' has no day; the issue",
                        "13 '回龙圩管理区' is not in the gazetteer; filed ",
                        "15 '鼓楼区' names 4 places; filed under the on",
                        "17 paragraph begins with no known subject: ",
                        "19 the item '重点企业走访' names no known subject",
                        "25 text after the distribution lines, kept ");
        // a short line over one paragraph of no subject is that item's title, not a section; the item has no subject (no 综合)
        assertThat(parsed.bulletin().entries()).extracting(e -> e.primary().map(p -> p.name()).orElse("-") + " " + e.heading())
                .containsExactly("市工商联 ", "回龙圩管理区 ", "鼓楼区 ", "- 重点企业走访");
        assertThat(parsed.bulletin().issue().headline()).isEqualTo("营商环境月度观察");
        assertThat(parsed.report().render()).contains("6 warnings:", "warning: " + source + ":17: paragraph begins with no known subject");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.FieldSource("LAYOUTS")
    void whatTheImporterWritesTheBuildReadsBackUnchanged(String layout) throws Exception {
        Bulletin imported = importLayout(tmp, layout + ".txt");
        List<Bulletin> loaded = org.bulletinarchive.Samples.load(tmp.resolve("content"));
        assertThat(loaded).hasSize(1);
        Bulletin back = loaded.get(0);
        assertThat(back.issue()).isEqualTo(imported.issue());
        assertThat(back.entries()).hasSameSizeAs(imported.entries());
        for (int i = 0; i < imported.entries().size(); i++) {
            Entry a = imported.entries().get(i);
            Entry b = back.entries().get(i);
            assertThat(b.paragraphs()).isEqualTo(a.paragraphs());
            assertThat(b.heading()).isEqualTo(a.heading());
            assertThat(b.section()).isEqualTo(a.section());
            assertThat(b.subjects()).extracting(p -> String.join("|", p.slug(), p.name(), p.kind(), p.parent(), p.group()))
                    .containsExactlyElementsOf(a.subjects().stream().map(p -> String.join("|", p.slug(), p.name(), p.kind(), p.parent(), p.group())).toList());
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.FieldSource("ALL_FORMATS")
    void aWordTextExportInGbkWithOneParagraphPerLineImportsToTheSameContent(String layout) throws Exception {
        Bulletin reference = importLayout(tmp.resolve("reference"), layout + ".txt");
        String text = Files.readString(BULLETINS.resolve(layout + ".txt"), StandardCharsets.UTF_8);
        // Word's 另存为 纯文本 on a Chinese system: one paragraph per line, no blank lines, GBK, CRLF
        String wordExport = text.replaceAll("\n\\s*\n", "\n").replace("\n", "\r\n");
        Path project = tmp.resolve("export");
        Path file = project.resolve("inbox/" + layout + ".txt");
        Files.createDirectories(file.getParent());
        Files.write(file, wordExport.getBytes(java.nio.charset.Charset.forName("GBK")));
        Bulletin exported = new Importer(GAZETTEER).importFile(file, project.resolve("content"), false).bulletin();
        assertThat(exported.issue().withSources(List.of())).isEqualTo(reference.issue().withSources(List.of()));
        assertThat(exported.entries()).extracting(e -> e.subjects() + " " + e.paragraphs())
                .containsExactlyElementsOf(reference.entries().stream().map(e -> e.subjects() + " " + e.paragraphs()).toList());
    }

    @org.junit.jupiter.api.Test
    void aPlaceParagraphWithoutItsFullStopDoesNotSwallowTheNextPlace() throws Exception {
        Path source = tmp.resolve("inbox/cut.txt");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "测试市优化办工作简报\n\n第 5 期\n\n测试市优化办\n\n2024 年 1 月 5 日\n\n"
                + "衡阳推行企业开办“一件事”，开办时间压缩到半天\n\n邵阳推行工程项目“拿地即开工”，审批时间压缩到七个工作日。\n\n"
                + "报：市人民政府领导同志。\n");
        var parsed = new Importer(GAZETTEER).read(source, tmp.resolve("content"));
        assertThat(parsed.bulletin().entries()).extracting(e -> e.primary().orElseThrow().name()).containsExactly("衡阳", "邵阳");
        assertThat(parsed.report().warnings()).extracting(w -> w.where() + " " + w.message())
                .anySatisfy(w -> assertThat(w).startsWith("9 the paragraph about 衡阳 ends without a full stop"));
    }
}
