package org.bulletinarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bulletinarchive.Samples;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.Entry;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.model.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImporterTest {

    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    @TempDir
    Path tmp;

    /** The project's content folder in the temporary project. */
    private Path content() {
        return tmp.resolve("content");
    }

    /** The sample, kept in the project's raw/ as the real project keeps it. */
    private Path sampleIn(Path project) throws Exception {
        Path raw = project.resolve("raw/2023-17.txt");
        if (!Files.exists(raw)) {
            Files.createDirectories(raw.getParent());
            Files.copy(Samples.RAW_17, raw);
        }
        return raw;
    }

    private Importer.Result importSample(Path content) throws Exception {
        return new Importer(GAZETTEER).importFile(sampleIn(content.getParent()), content, false);
    }

    @Test
    void anImportCutShortBeforeTheNewIssueWasInPlaceIsUndoneByTheNextImport() throws Exception {
        importSample(content());
        Path folder = content().resolve("issues/2023/17");
        Map<String, String> before = TreeContents.of(folder);
        // as Folders.replace leaves it when stopped between its two renames: the issue set aside, the new one half-written
        Files.move(folder, folder.resolveSibling(".17.replaced"));
        Files.createDirectories(folder.resolveSibling(".17.importing"));
        Files.writeString(folder.resolveSibling(".17.importing/index.md"), "title=half");

        Importer.Result again = importSample(content());

        assertThat(again.status()).isEqualTo(Importer.Status.UNCHANGED);
        assertThat(again.recovered()).containsExactly(
                "put back " + folder + " from .17.replaced, as it was before an import that was cut short",
                "removed " + folder.resolveSibling(".17.importing") + ", the unfinished files of an import that was cut short");
        assertThat(TreeContents.of(folder)).isEqualTo(before);
        assertThat(folder.resolveSibling(".17.replaced")).doesNotExist();
    }

    @Test
    void anImportCutShortAfterTheNewIssueWasInPlaceIsFinishedByTheNextImport() throws Exception {
        importSample(content());
        Path folder = content().resolve("issues/2023/17");
        Files.createDirectories(folder.resolveSibling(".17.replaced"));
        Files.writeString(folder.resolveSibling(".17.replaced/index.md"), "the issue as it was");

        Importer.Result again = importSample(content());

        assertThat(again.recovered()).singleElement().asString().startsWith("removed ").contains(".17.replaced");
        assertThat(folder.resolveSibling(".17.replaced")).doesNotExist();
        assertThat(again.recovered()).noneMatch(line -> line.contains("put back"));
    }

    @Test
    void importsTheMastheadEditorsNoteDistributionAndContactsOfIssue17() throws Exception {
        Issue issue = importSample(content()).bulletin().issue();
        assertThat(issue.series().name()).isEqualTo("永州市打好优化发展环境持久仗 工作专报");
        assertThat(issue.number()).isEqualTo(17);
        assertThat(issue.date()).hasToString("2023-09-28");
        assertThat(issue.issuer()).isEqualTo("市打好优化发展环境持久仗工作专班");
        assertThat(issue.editorsNote()).hasSize(1);
        assertThat(issue.editorsNote().get(0)).startsWith("编者按：省委书记沈晓明").endsWith("本期推出经验分享篇。");
        assertThat(issue.sections()).extracting(s -> s.heading())
                .containsExactly("【一线城市战略学习】", "【粤港澳大湾区先进做法】", "【省内市州战术推进】");
        assertThat(issue.distribution()).hasSize(2);
        assertThat(issue.distribution().get(0)).startsWith("报：省发改委（省优化办）");
        assertThat(issue.distribution().get(1)).startsWith("发：市直相关单位");
        assertThat(issue.phone()).contains("0746-8358692");
        assertThat(issue.email()).contains("hnyzyhb@163.com");
    }

    @Test
    void importsNineteenPlacesInPrintedOrderWithTheirSections() throws Exception {
        List<Entry> entries = importSample(content()).bulletin().entries();
        assertThat(entries).extracting(e -> e.primary().orElseThrow().name()).containsExactlyElementsOf(Samples.PLACES_17);
        assertThat(entries).extracting(Entry::order).containsExactlyElementsOf(Stream.iterate(1, i -> i + 1).limit(19).toList());
        assertThat(entries.subList(0, 3)).allSatisfy(e -> assertThat(e.section().title()).isEqualTo("一线城市战略学习"));
        assertThat(entries.subList(3, 9)).allSatisfy(e -> assertThat(e.section().title()).isEqualTo("粤港澳大湾区先进做法"));
        assertThat(entries.subList(9, 19)).allSatisfy(e -> assertThat(e.section().title()).isEqualTo("省内市州战术推进"));
        assertThat(entries).allSatisfy(e -> assertThat(e.paragraphs()).hasSize(1));
    }

    @Test
    void writesOneIssueFileAndNineteenEntryFilesAtStableAsciiPaths() throws Exception {
        importSample(content());
        Path folder = content().resolve("issues/2023/17");
        try (Stream<Path> all = Files.walk(content())) {
            List<String> files = all.filter(Files::isRegularFile).map(p -> content().relativize(p).toString()).sorted().toList();
            assertThat(files).hasSize(20).allMatch(f -> f.matches("[a-z0-9/.-]+"));
        }
        assertThat(folder.resolve("index.md")).exists();
        assertThat(folder.resolve("03-guangdong.md")).exists();
        assertThat(folder.resolve("10-changsha.md")).exists();
        assertThat(folder.resolve("04-greater-bay-area.md")).exists();
        String changsha = Files.readString(folder.resolve("10-changsha.md"));
        assertThat(changsha).contains("status=published\n", "type=entry\n", "date=2023-09-28\n", "subject.1=长沙|changsha|prefecture|hunan||430100\n", "order=10\n");
    }

    @Test
    void importingTheRawSampleReproducesTheCommittedContentByteForByte() throws Exception {
        importSample(content());
        Path committed = Samples.CONTENT.resolve("issues/2023/17");
        Path written = content().resolve("issues/2023/17");
        try (Stream<Path> files = Files.list(committed)) {
            List<Path> committedFiles = files.sorted().toList();
            assertThat(committedFiles).hasSize(20);
            for (Path c : committedFiles) {
                assertThat(written.resolve(c.getFileName().toString())).hasSameBinaryContentAs(c);
            }
        }
        try (Stream<Path> files = Files.list(written)) {
            assertThat(files.count()).isEqualTo(20);
        }
    }

    @ParameterizedTest(name = "{1} comes out whole in the {0} text")
    @CsvSource({
            "粤港澳大湾区, 加快建设",
            "上海, 还可远程帮办",
            "海南, 便利化",
            "株洲, 今年1月至7月",
            "衡阳, 重点问题清单",
            "岳阳, 行政审批制度改革",
            "张家界, 强力推进四大专项整治行动",
            "郴州, 一流营商环境",
    })
    void repairsWordsThatThePdfBrokeAcrossPageBreaks(String place, String word) throws Exception {
        importSample(content());
        Entry entry = Samples.load(content()).get(0).entries().stream().filter(e -> e.primary().orElseThrow().name().equals(place)).findFirst().orElseThrow();
        assertThat(entry.text()).contains(word);
    }

    @Test
    void repairsTheWrappedDistributionLine() throws Exception {
        importSample(content());
        Issue issue = Samples.load(content()).get(0).issue();
        assertThat(issue.distribution().get(0)).endsWith("爱社同志，市政府副秘书长").contains("旦梅、卫华");
    }

    @Test
    void keepsEveryCharacterOfTheSourceInOrderApartFromLayoutWhitespace() throws Exception {
        importSample(content());
        Bulletin loaded = Samples.load(content()).get(0);
        Issue issue = loaded.issue();
        StringBuilder written = new StringBuilder();
        written.append(issue.series().name()).append(issue.numberText()).append(issue.issuer()).append(issue.dateText());
        issue.editorsNote().forEach(written::append);
        for (var section : issue.sections()) {
            written.append(section.heading());
            loaded.entries().stream().filter(e -> e.section().equals(section)).forEach(e -> written.append(e.text()));
        }
        issue.distribution().forEach(written::append);
        issue.contacts().forEach(written::append);
        assertThat(withoutWhitespace(written.toString())).isEqualTo(withoutWhitespace(Samples.raw17()));
    }

    @Test
    void importsGbkCrlfAndBomCopiesOfTheSampleToTheSameContent() throws Exception {
        String raw = Samples.raw17();
        Path reference = tmp.resolve("reference/content");
        importSample(reference);
        List<byte[]> variants = new ArrayList<>();
        variants.add(raw.replace("\n", "\r\n").getBytes(Charset.forName("GBK")));
        variants.add(raw.getBytes(Charset.forName("GB18030")));
        variants.add(("\uFEFF" + raw).getBytes(StandardCharsets.UTF_8));
        variants.add(("\uFEFF" + raw.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_16LE));
        variants.add(raw.replace("\n\n", "\n\n\u3000\u3000").replace("\n", " \n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < variants.size(); i++) {
            Path rawCopy = tmp.resolve("variant" + i + "/raw/2023-17.txt");
            Files.createDirectories(rawCopy.getParent());
            Files.write(rawCopy, variants.get(i));
            Path content = tmp.resolve("variant" + i + "/content");
            new Importer(GAZETTEER).importFile(rawCopy, content, false);
            try (Stream<Path> files = Files.list(reference.resolve("issues/2023/17"))) {
                for (Path f : files.toList()) {
                    assertThat(content.resolve("issues/2023/17").resolve(f.getFileName().toString()))
                            .as("variant %d, %s", i, f.getFileName()).hasSameBinaryContentAs(f);
                }
            }
        }
    }

    @Test
    void readsAWordExportWithOneParagraphPerLineAndNoBlankLines() throws Exception {
        String wordStyle = Samples.raw17().replaceAll("\n+", "\n");
        Path raw = tmp.resolve("word.txt");
        Files.writeString(raw, wordStyle);
        Bulletin bulletin = new Importer(GAZETTEER).read(raw);
        assertThat(bulletin.entries()).extracting(e -> e.primary().orElseThrow().name()).containsExactlyElementsOf(Samples.PLACES_17);
        assertThat(bulletin.issue().distribution().get(0)).endsWith("市政府副秘书长");
    }

    @Test
    void readsChineseNumeralsInTheMasthead() throws Exception {
        String raw = Samples.raw17().replace("第 17 期", "第十七期").replace("2023 年 9 月 28 日", "二〇二三年九月二十八日");
        Path file = tmp.resolve("numerals.txt");
        Files.writeString(file, raw);
        Issue issue = new Importer(GAZETTEER).read(file).issue();
        assertThat(issue.number()).isEqualTo(17);
        assertThat(issue.date()).hasToString("2023-09-28");
    }

    @Test
    void refusesAFileWithoutIssueNumberNamingFileAndLine() throws Exception {
        assertRefused(Samples.raw17().replace("第 17 期", "特刊"), "no issue number", ":3:");
    }

    @Test
    void refusesAFileWithoutDateNamingFileAndLine() throws Exception {
        assertRefused(Samples.raw17().replace("2023 年 9 月 28 日", "九月底"), "no date", ":5:");
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        assertRefused("", "empty", "empty.txt:1:");
    }

    @Test
    void refusesAFileOfOnlyBlankLines() throws Exception {
        assertRefused("\n \n\u3000\n", "no text", ":1:");
    }

    @Test
    void refusesAFileInAnUndecodableEncoding() throws Exception {
        byte[] bytes = new byte[]{'a', '\n', 'b', '\n', (byte) 0x80, (byte) 0xFF, (byte) 0x80, '\n'};
        Path file = tmp.resolve("binary.txt");
        Files.write(file, bytes);
        Path content = tmp.resolve("content");
        assertThatThrownBy(() -> new Importer(GAZETTEER).importFile(file, content, false))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("binary.txt:3:")
                .hasMessageContaining("neither UTF-8 nor GB18030")
                .hasMessageContaining("UTF-8");
        assertThat(content).doesNotExist();
    }

    @Test
    void warnsOfAParagraphThatBeginsWithNoKnownSubjectAndRefusesItWhenStrict() throws Exception {
        String raw = Samples.raw17().replace("益阳优化营商环境", "某地优化营商环境");
        Path project = tmp.resolve("p");
        Path file = project.resolve("raw/unknown.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, raw);
        var parsed = new Importer(GAZETTEER).read(file, project.resolve("content"));
        assertThat(parsed.report().warnings()).singleElement().satisfies(w -> {
            assertThat(w.where()).isEqualTo("67");
            assertThat(w.message()).contains("begins with no known subject", "某地优化营商环境".substring(0, 6), "continuation of 张家界");
        });
        assertThat(parsed.bulletin().entries()).hasSize(18);
        assertThatThrownBy(() -> new Importer(GAZETTEER).importFile(file, project.resolve("content"), new Importer.Options(false, true),
                new SeriesCatalog(project.resolve("content"))))
                .isInstanceOf(ImportException.class).hasMessageContaining("unknown.txt:67:").hasMessageContaining("--strict");
        assertThat(project.resolve("content")).doesNotExist();
        assertThat(project.resolve("raw/yongzhou-zhuanbao")).doesNotExist();
    }

    @Test
    void refusesToReplaceAnImportedIssueUnlessForced() throws Exception {
        importSample(content());
        Path changsha = content().resolve("issues/2023/17/10-changsha.md");
        Files.writeString(changsha, "edited by hand");
        assertThatThrownBy(() -> importSample(content()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("already exists")
                .hasMessageContaining("--force");
        assertThat(changsha).hasContent("edited by hand");

        new Importer(GAZETTEER).importFile(sampleIn(tmp), content(), true);
        assertThat(Files.readString(changsha)).contains("subject.1=长沙|changsha|");
        try (Stream<Path> files = Files.list(content().resolve("issues/2023"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("17");
        }
    }

    @Test
    void importForceKeepsTheFilesNoImportWroteAndNamesThem() throws Exception {
        importSample(content());
        Path folder = content().resolve("issues/2023/17");
        Path byHand = Files.writeString(folder.resolve("20-correction.md"), "an entry added by hand");
        Path notes = Files.writeString(folder.resolve("notes.txt"), "the clerk's notes");
        Files.writeString(folder.resolve("10-changsha.md"), "edited by hand");

        Importer.Result replaced = new Importer(GAZETTEER).importFile(sampleIn(tmp), content(), true);
        assertThat(replaced.kept()).containsExactly(byHand, notes);
        assertThat(byHand).hasContent("an entry added by hand");
        assertThat(notes).hasContent("the clerk's notes");
        assertThat(Files.readString(folder.resolve("10-changsha.md"))).as("a file the import wrote is replaced").contains("subject.1=长沙");
        // the same bulletin again: the kept files make no difference
        assertThat(new Importer(GAZETTEER).importFile(sampleIn(tmp), content(), false).status()).isEqualTo(Importer.Status.UNCHANGED);
    }

    @Test
    void importForceRefusesToWriteOverAFileNoImportWroteAndNamesIt() throws Exception {
        importSample(content());
        Path folder = content().resolve("issues/2023/17");
        // an issue of 18 entries, to which the clerk added a 19th by hand: the import would write one of that name
        Path index = folder.resolve("index.md");
        Files.writeString(index, Files.readString(index).replace("entries=19", "entries=18"));
        Path entry = folder.resolve("19-chenzhou.md");
        Files.writeString(entry, "made by hand");
        assertThatThrownBy(() -> new Importer(GAZETTEER).importFile(sampleIn(tmp), content(), true))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining(entry + " was not written by an import")
                .hasMessageContaining("nothing was written");
        assertThat(entry).hasContent("made by hand");
    }

    private void assertRefused(String raw, String problem, String location) throws Exception {
        Path file = tmp.resolve(raw.isEmpty() ? "empty.txt" : "bad.txt");
        Files.writeString(file, raw);
        Path content = tmp.resolve("content");
        assertThatThrownBy(() -> new Importer(GAZETTEER).importFile(file, content, false))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(location)
                .hasMessageContaining(problem);
        assertThat(content).doesNotExist();
    }

    private static String withoutWhitespace(String s) {
        return s.replaceAll("[\\s\\u3000\\uFEFF]", "");
    }

    /** Reads (without writing) a bulletin given as bytes, as the importer would import it into an empty project. */
    private BulletinParser.Parsed readBytes(byte[] bytes) throws Exception {
        Path project = Files.createTempDirectory(tmp, "read");
        Path file = project.resolve("raw/bulletin.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return new Importer(GAZETTEER).read(file, project.resolve("content"));
    }

    private Bulletin readEdited(String raw) throws Exception {
        return readBytes(raw.getBytes(StandardCharsets.UTF_8)).bulletin();
    }

    @Test
    void aFirstHeadingWrittenAsANumberedLineStillStartsTheEntriesInsteadOfSwallowingThemIntoTheNote() throws Exception {
        Bulletin bulletin = readEdited(Samples.raw17().replace("【一线城市战略学习】", "（一）一线城市战略学习"));
        assertThat(bulletin.entries()).extracting(e -> e.primary().orElseThrow().name()).containsExactlyElementsOf(Samples.PLACES_17);
        assertThat(bulletin.issue().editorsNote()).hasSize(1);
        assertThat(bulletin.issue().sections().get(0).heading()).isEqualTo("（一）一线城市战略学习");
        assertThat(bulletin.issue().sections().get(0).title()).isEqualTo("一线城市战略学习");
    }

    @Test
    void aCountyIsFiledUnderItselfNotUnderThePrefectureWhoseNameItBeginsWith() throws Exception {
        Bulletin bulletin = readEdited(Samples.raw17().replace("长沙市政府工作报告提出", "长沙县政府工作报告提出"));
        Entry county = bulletin.entries().get(9);
        assertThat(county.primary().orElseThrow().name()).isEqualTo("长沙县");
        assertThat(county.primary().orElseThrow().slug()).isEqualTo("changsha-xian");
        assertThat(county.primary().orElseThrow().code()).isEqualTo("430121");
        assertThat(county.primary().orElseThrow().parent()).isEqualTo("changsha");
    }

    @Test
    void anEntryOfTwoParagraphsStaysOneEntry() throws Exception {
        Bulletin bulletin = readEdited(Samples.raw17().replace("今年以来，持续丰富“无证明城市”应用场景", "\n\n今年以来，持续丰富“无证明城市”应用场景"));
        Entry changsha = bulletin.entries().get(9);
        assertThat(changsha.primary().orElseThrow().name()).isEqualTo("长沙");
        assertThat(changsha.paragraphs()).hasSize(2);
        assertThat(changsha.paragraphs().get(1)).startsWith("今年以来，持续丰富");
        assertThat(bulletin.entries()).hasSize(19);
    }

    @Test
    void backMatterWithoutFullStopsIsNeverGluedToTheLastEntry() throws Exception {
        Bulletin bulletin = readEdited(Samples.raw17().replace("联系电话：0746-8358692", "联系电话：0746-8358692\n\n永州市优化办 2023年9月28日印发\n\n（共印50份）"));
        assertThat(bulletin.issue().imprint()).containsExactly("永州市优化办 2023年9月28日印发", "（共印50份）");
        assertThat(bulletin.entries().get(18).text()).endsWith("刷新了郴州自贸速度。");
    }

    @Test
    void countiesZonesAndDepartmentsAreSubjectsInTheForms() throws Exception {
        String raw = Samples.raw17().replace("株洲出台《株洲市", "株洲高新区出台《株洲市")
                .replace("湘潭实施“一号工程”", "市发改委实施“一号工程”")
                .replace("衡阳作为省域副中心城市", "江华瑶族自治县作为省域副中心城市")
                .replace("邵阳以“头号工程”", "◆ 零陵区\n\n该区以“头号工程”");
        Bulletin bulletin = readEdited(raw);
        assertThat(bulletin.entries().subList(10, 14)).extracting(e -> e.primary().orElseThrow().name() + "/" + e.primary().orElseThrow().kind() + "/" + e.primary().orElseThrow().slug())
                .containsExactly("株洲高新区/zone/zhuzhou-gaoxinqu", "市发改委/department/yongzhou-fagaiwei",
                        "江华瑶族自治县/county/jianghua", "零陵区/county/lingling");
        assertThat(bulletin.entries().get(13).heading()).isEqualTo("◆ 零陵区");
        assertThat(bulletin.entries().get(13).paragraphs()).singleElement().asString().startsWith("该区以“头号工程”");
    }

    private ImportReport reportOf(byte[] bytes) throws Exception {
        return readBytes(bytes).report();
    }

    @Test
    void aGbkFileReadsWithoutDoubt() throws Exception {
        assertThat(reportOf(Samples.raw17().getBytes(Charset.forName("GBK"))).warnings()).isEmpty();
    }

    @Test
    void aStrayWindowsByteInAGbkFileIsAWarningNamingItsLine() throws Exception {
        byte[] gbk = Samples.raw17().replace("长沙 41 类电子证照", "长沙 41 类电子证照（Xi`an）").getBytes(Charset.forName("GBK"));
        // the Windows-1252 right quote ’ (0x92) where the backtick is: GB18030 reads 0x92 0x61 as one rare character
        for (int i = 0; i < gbk.length; i++) {
            if (gbk[i] == (byte) 0x60) {
                gbk[i] = (byte) 0x92;
            }
        }
        ImportReport report = reportOf(gbk);
        assertThat(report.warnings()).singleElement().satisfies(w -> {
            assertThat(w.where()).isEqualTo("43");
            assertThat(w.message()).contains("read as GB18030", "hardly ever uses", "mix encodings", "UTF-8");
        });
    }

    @Test
    void aBulletinCutOffMidSentenceIsAWarning() throws Exception {
        String raw = Samples.raw17();
        String cut = raw.substring(0, raw.indexOf("有效解决企业融资难题"));
        ImportReport report = reportOf(cut.getBytes(StandardCharsets.UTF_8));
        assertThat(report.warnings()).singleElement().satisfies(w ->
                assertThat(w.message()).contains("may be cut off", "常德", "no 报/发"));
    }

    @Test
    void aBulletinCutOffMidSentenceIsAWarningEvenWithAMarkAboveItsTitle() throws Exception {
        String raw = "内部资料\n\n" + Samples.raw17();
        String cut = raw.substring(0, raw.indexOf("有效解决企业融资难题"));
        assertThat(reportOf(cut.getBytes(StandardCharsets.UTF_8)).warnings()).singleElement().satisfies(w ->
                assertThat(w.message()).contains("may be cut off", "常德"));
    }

    /** Every file of a folder by its path inside it, with its text. */
    static final class TreeContents {
        static Map<String, String> of(Path folder) throws IOException {
            Map<String, String> files = new java.util.TreeMap<>();
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    files.put(folder.relativize(f).toString(), Files.readString(f));
                }
            }
            return files;
        }
    }
}
