package org.bulletinarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bulletinarchive.testsupport.StandardStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** One bulletin received as text, Word and PDF: one issue in one series, every format kept as an original. */
class BatchImportTest {

    private static final Path READERS = Path.of("src/test/resources/readers");
    private static final Path ISSUE = Path.of("issues/2024/3307/index.md");

    @TempDir
    Path tmp;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();
    private final ByteArrayOutputStream out = streams.out;
    private final ByteArrayOutputStream err = streams.err;

    private Path inbox(String... files) throws Exception {
        Path inbox = tmp.resolve("inbox");
        Files.createDirectories(inbox);
        for (String file : files) {
            Files.copy(READERS.resolve(file), inbox.resolve(file));
        }
        return inbox;
    }

    private List<String> headerLines(Path content, String key) throws Exception {
        return Files.readAllLines(content.resolve(ISSUE)).stream().filter(l -> l.startsWith(key)).toList();
    }

    private List<Path> issueFiles(Path content) throws Exception {
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(p -> p.getFileName().toString().equals("index.md")).toList();
        }
    }

    @Test
    void importsTheSameIssueGivenInFourFormatsOnceAndKeepsEachFormatAsAnOriginal() throws Exception {
        Path inbox = inbox("wrapped-lines.txt", "wrapped-lines.docx", "wrapped-lines.doc", "wrapped-lines.pdf");
        Path content = tmp.resolve("content");
        int code = Main.run("import", inbox.resolve("wrapped-lines.txt").toString(), inbox.resolve("wrapped-lines.docx").toString(),
                inbox.resolve("wrapped-lines.doc").toString(), inbox.resolve("wrapped-lines.pdf").toString(), "--content", content.toString());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed.lines().filter(l -> l.contains("→ ")).map(l -> l.replaceAll(".*  (\\S.*) → .*", "$1")))
                .containsExactly("imported", "original added", "original added", "original added");
        assertThat(printed).contains("masthead number            running number (总第)").doesNotContain("changde-jianbao-2");
        assertThat(issueFiles(content)).containsExactly(content.resolve(ISSUE));
        assertThat(headerLines(content, "source.")).containsExactly("source.1=raw/changde-jianbao/2024-3307.txt",
                "source.2=raw/changde-jianbao/2024-3307.docx", "source.3=raw/changde-jianbao/2024-3307.doc",
                "source.4=raw/changde-jianbao/2024-3307.pdf");
        assertThat(tmp.resolve("raw/changde-jianbao")).isDirectoryContaining("glob:**/2024-3307.pdf");
    }

    @Test
    void importsAFolderWhoseFilesPrintTheTitleOnOneLineOrTwoIntoOneSeries() throws Exception {
        // the office typed the title on one line, with a full-width space, in the text it sent first
        Path inbox = inbox("wrapped-lines-writer.pdf", "wrapped-lines.docx");
        String typed = Files.readString(READERS.resolve("wrapped-lines.txt"), StandardCharsets.UTF_8)
                .replace("常德市打造内陆地区改革开放高地\n工作简报", "常德市打造内陆地区改革开放高地　工作简报");
        Files.writeString(inbox.resolve("a-typed.txt"), typed, StandardCharsets.UTF_8);
        Path content = tmp.resolve("content");
        int code = Main.run("import", inbox.toString(), "--content", content.toString(), "--quiet");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(issueFiles(content)).containsExactly(content.resolve(ISSUE));
        assertThat(content.resolve("series")).doesNotExist();
        assertThat(headerLines(content, "series=")).containsExactly("series=常德市打造内陆地区改革开放高地 工作简报");
        assertThat(headerLines(content, "source.")).hasSize(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("3 of 3 files imported or unchanged");
    }

    @Test
    void addsThePdfReceivedLaterToTheIssueImportedFromText() throws Exception {
        Path inbox = inbox("wrapped-lines.txt", "wrapped-lines-writer.pdf");
        Path content = tmp.resolve("content");
        assertThat(Main.run("import", inbox.resolve("wrapped-lines.txt").toString(), "--content", content.toString(), "--quiet")).isZero();
        out.reset();
        assertThat(Main.run("import", inbox.resolve("wrapped-lines-writer.pdf").toString(), "--content", content.toString(), "--quiet")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("original added → " + content.resolve("issues/2024/3307"));
        assertThat(issueFiles(content)).hasSize(1);
    }
}
