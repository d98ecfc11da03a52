package org.bulletinarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Progress progress(boolean terminal, boolean quiet) {
        return new Progress(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), terminal, quiet);
    }

    private void build(Progress progress) throws InterruptedException {
        Progress.BuildStages stages = new Progress.BuildStages(progress);
        stages.pages(() -> 3120);
        stages.accept("load:   835 issues in 1228 ms");
        stages.accept("warning: content/issues/2023/17/x.md~: not used: it looks like an editor's backup.");
        stages.accept("originals: 0 PDF files in 1 ms");
        stages.accept("model:  10000 entries, 2852 subjects in 261 ms");
        stages.accept("assets: 7 files in 19 ms");
        stages.accept("search: 10000 documents, 14000 files, 19600 KB in 4106 ms");
        // the pages take a while: the line is drawn
        Thread.sleep(900);
        progress.done("built 11484 pages in 17.4 s");
    }

    @Test
    void onATerminalOneLineIsRedrawnInPlaceWithTheStageAndItsCountThenClearedForTheSummary() throws Exception {
        try (Progress progress = progress(true, false)) {
            build(progress);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("\r\033[Kbuilding [6/10] pages: 3120 rendered … ")
                .endsWith("\r\033[Kbuilt 11484 pages in 17.4 s\n")
                .doesNotContain("load:", "search:", "\n\r");
        assertThat(printed.chars().filter(c -> c == '\n').count()).as("one line, drawn over, and the summary").isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("warning: content/issues/2023/17/x.md~: not used: it looks like an editor's backup.\n");
    }

    @Test
    void withoutATerminalEachStageIsAPlainLineAndTheSummaryEndsThem() throws Exception {
        try (Progress progress = progress(false, false)) {
            build(progress);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                load:   835 issues in 1228 ms
                originals: 0 PDF files in 1 ms
                model:  10000 entries, 2852 subjects in 261 ms
                assets: 7 files in 19 ms
                search: 10000 documents, 14000 files, 19600 KB in 4106 ms
                built 11484 pages in 17.4 s
                """);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("warning: ");
    }

    @Test
    void quietPrintsOnlyTheSummaryAndTheWarningsEvenOnATerminal() throws Exception {
        try (Progress progress = progress(true, true)) {
            build(progress);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("built 11484 pages in 17.4 s\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("warning: ");
    }

    @Test
    void elapsedTimeReadsAsMillisecondsThenSeconds() {
        assertThat(progress(false, false).elapsed()).matches("[0-9]{1,3} ms");
    }

    @Test
    void aNoteIsPrintedOnStandardErrorOnATerminalAndWithQuiet() throws Exception {
        String note = "note:   out/.site.state is damaged (its checksum does not match); nothing of the last build is reused";
        try (Progress progress = progress(true, true)) {
            new Progress.BuildStages(progress).accept(note);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(note + "\n");
    }
}
