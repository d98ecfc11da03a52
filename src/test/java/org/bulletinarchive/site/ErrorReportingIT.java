package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletinarchive.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake is reported once, as file:line: what is wrong and what to do, with no stack trace unless --debug. */
class ErrorReportingIT {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldErr;
    private PrintStream oldOut;

    @BeforeEach
    void capture() {
        oldErr = System.err;
        oldOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(oldErr);
        System.setOut(oldOut);
    }

    private String build(FixtureProject project, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("build", "--source=" + project.root, "--out=" + project.site()));
        args.addAll(java.util.List.of(more));
        assertThat(Main.run(args.toArray(String[]::new))).isEqualTo(1);
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void replaceIn(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void aTemplateErrorIsOneLineNamingTheTemplateLineAndColumn() throws Exception {
        FixtureProject project = FixtureProject.withCommittedContent(tmp.resolve("p"));
        replaceIn(project.root.resolve("templates/entry.ftl"), "${entry.issue.label}", "${entry.noSuchField.deeper}");
        String printed = build(project);
        assertThat(printed).startsWith("error: templates/entry.ftl:").contains("noSuchField", "while rendering issues/2023/17/");
        assertThat(printed.strip().lines()).hasSize(1);
        assertThat(printed).doesNotContain("Exception", "\tat ", "FTL stack trace");
    }

    @Test
    void withDebugTheStackTraceIsPrintedToo() throws Exception {
        FixtureProject project = FixtureProject.withCommittedContent(tmp.resolve("p"));
        replaceIn(project.root.resolve("templates/entry.ftl"), "${entry.issue.label}", "${entry.noSuchField.deeper}");
        String printed = build(project, "--debug");
        assertThat(printed).startsWith("error: templates/entry.ftl:").contains("\tat ");
    }

    @Test
    void aBadNumberSettingNamesTheKeyAndItsLineBeforeAnyWork() throws Exception {
        FixtureProject project = FixtureProject.withCommittedContent(tmp.resolve("p"));
        replaceIn(project.root.resolve("jbake.properties"), "home.recent.issues=8", "home.recent.issues=abc");
        String printed = build(project);
        assertThat(printed.strip()).matches("error: jbake\\.properties:\\d+: home\\.recent\\.issues=abc is not a whole number from 1 to 100; .*");
        assertThat(project.site()).doesNotExist();
    }

    @Test
    void aNegativeFeedSizeAndAnotherEncodingAreRefused() throws Exception {
        FixtureProject project = FixtureProject.withCommittedContent(tmp.resolve("p"));
        replaceIn(project.root.resolve("jbake.properties"), "feed.issues=20", "feed.issues=-1");
        assertThat(build(project)).contains("jbake.properties:", "feed.issues=-1 is not a whole number");
        err.reset();
        replaceIn(project.root.resolve("jbake.properties"), "feed.issues=-1", "feed.issues=20");
        replaceIn(project.root.resolve("jbake.properties"), "render.encoding=UTF-8", "render.encoding=GBK");
        assertThat(build(project)).contains("jbake.properties:", "render.encoding=GBK", "UTF-8 only");
    }

    @Test
    void aSiteHostThatIsNotAnAddressIsRefused() throws Exception {
        FixtureProject project = FixtureProject.withCommittedContent(tmp.resolve("p"));
        replaceIn(project.root.resolve("jbake.properties"), "site.host=", "site.host=intranet/archive");
        assertThat(build(project)).contains("jbake.properties:", "site.host=intranet/archive is not an absolute http(s) address");
    }
}
