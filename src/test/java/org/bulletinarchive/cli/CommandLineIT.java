package org.bulletinarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletinarchive.Samples;
import org.bulletinarchive.testsupport.StandardStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CommandLineIT {

    @TempDir
    Path tmp;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();
    private final ByteArrayOutputStream out = streams.out;
    private final ByteArrayOutputStream err = streams.err;

    @Test
    void importPrintsWhatItWroteAndExitsZero() {
        int code = Main.run("import", Samples.RAW_17.toString(), "--content", tmp.toString());
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("第17期", "yongzhou-zhuanbao", "imported", "1 of 1 files imported");
    }

    @Test
    void importOfABadFileExitsNonZeroWithTheFileAndLineOnStandardError() throws Exception {
        Path bad = tmp.resolve("bad.txt");
        Files.writeString(bad, Samples.raw17().replace("第 17 期", ""));
        int code = Main.run("import", bad.toString(), "--content", tmp.resolve("content").toString());
        assertThat(code).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.txt:", "no issue number");
        assertThat(tmp.resolve("content")).doesNotExist();
    }

    @Test
    void everySubcommandExplainsItselfWithHelp() {
        assertThat(Main.run("import", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: bulletin-archive import", "--content", "--force");
        assertThat(Main.run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("import", "build");
    }

    /** A folder of bulletins as an office receives them: Word, PDF and text, one of them broken. */
    private Path inbox(boolean withBrokenFile) throws Exception {
        Path inbox = tmp.resolve("inbox");
        Files.createDirectories(inbox);
        Path bulletins = Path.of("src/test/resources/bulletins");
        Files.copy(bulletins.resolve("city-jianbao.docx"), inbox.resolve("简报第17期.docx"));
        Files.copy(bulletins.resolve("county-ducha.pdf"), inbox.resolve("督查通报.pdf"));
        Files.copy(bulletins.resolve("total-number.txt"), inbox.resolve("通报58.txt"));
        if (withBrokenFile) {
            Files.copy(bulletins.resolve("scan.pdf"), inbox.resolve("扫描件.pdf"));
        }
        return inbox;
    }

    @Test
    void importsAFolderOfWordPdfAndTextBulletinsInOneRunWithASummary() throws Exception {
        Path content = tmp.resolve("project/content");
        int code = Main.run("import", inbox(false).toString(), "--content", content.toString(), "--quiet");
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(printed).contains("简报第17期.docx", "督查通报.pdf", "通报58.txt", "3 of 3 files imported or unchanged, 0 failed")
                .doesNotContain("How ");
        // the first series imported keeps issues/, the others get series/<slug>/
        assertThat(content.resolve("issues")).isDirectory();
        assertThat(content.resolve("series")).isDirectory();
        assertThat(tmp.resolve("project/raw")).isDirectoryRecursivelyContaining(p -> p.toString().endsWith(".pdf"))
                .isDirectoryRecursivelyContaining(p -> p.toString().endsWith(".docx"));
    }

    @Test
    void aBatchWithOneBadFileImportsTheOthersNamesTheBadOneAndExitsNonZero() throws Exception {
        Path content = tmp.resolve("project/content");
        int code = Main.run("import", inbox(true).toString(), "--content", content.toString(), "--report", tmp.resolve("report.txt").toString());
        assertThat(code).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("扫描件.pdf", "no text layer").doesNotContain("Exception");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("3 of 4 files imported or unchanged, 1 failed");
        String report = Files.readString(tmp.resolve("report.txt"));
        assertThat(report).contains("How ", "masthead number", "item", "back matter: distribution", "扫描件.pdf");
    }

    @Test
    void reimportingAnUnchangedBulletinChangesNothingAndAChangedOneNeedsForce() throws Exception {
        Path content = tmp.resolve("project/content");
        Path inbox = inbox(false);
        assertThat(Main.run("import", inbox.toString(), "--content", content.toString(), "--quiet")).isZero();
        Path index;
        try (var walk = Files.walk(content)) {
            index = walk.filter(p -> p.toString().endsWith("index.md")).sorted().findFirst().orElseThrow();
        }
        long before = Files.getLastModifiedTime(index).toMillis();
        out.reset();
        assertThat(Main.run("import", inbox.toString(), "--content", content.toString(), "--quiet")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("unchanged").doesNotContain("imported →");
        assertThat(Files.getLastModifiedTime(index).toMillis()).isEqualTo(before);

        Path changed = inbox.resolve("通报58.txt");
        Files.writeString(changed, Files.readString(changed).replace("长沙", "长沙 "));
        Files.writeString(changed, Files.readString(changed).replace("今年", "今年以来"));
        err.reset();
        assertThat(Main.run("import", changed.toString(), "--content", content.toString(), "--quiet")).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already exists", "--force");
        assertThat(Main.run("import", changed.toString(), "--content", content.toString(), "--quiet", "--force")).isZero();
    }

    @Test
    void strictRefusesAFileWithWarningsAndWritesNothing() throws Exception {
        Path content = tmp.resolve("project/content");
        Path file = tmp.resolve("ducha.pdf");
        Files.copy(Path.of("src/test/resources/bulletins/county-ducha.pdf"), file);
        // its second paragraph about 县市场监管局 begins with no subject: a warning
        assertThat(Main.run("import", file.toString(), "--content", content.toString(), "--strict")).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ducha.pdf:", "--strict", "no known subject");
        assertThat(content).doesNotExist();
        assertThat(tmp.resolve("project/raw")).doesNotExist();
    }

    @Test
    void aRefusedImportStillPrintsHowTheBulletinWasReadUpToTheLineThatStoppedIt() throws Exception {
        Path content = tmp.resolve("project/content");
        Path file = Files.writeString(tmp.resolve("headings.txt"), "测试市优化办工作简报\n\n第 5 期\n\n测试市优化办\n\n2024 年 1 月 5 日\n\n【市州做法】\n");
        assertThat(Main.run("import", file.toString(), "--content", content.toString())).isNotZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("headings.txt was read before it was refused:", "masthead number", "'第 5 期'", "heading");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("headings.txt:9: the bulletin has no text after its masthead");
        assertThat(content).doesNotExist();
    }
}
