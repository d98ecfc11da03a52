package org.bulletinarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bulletinarchive.testsupport.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/bulletin-archive, the command the README gives, runs the packaged tool with a heap of its own size. */
class LauncherIT {

    @Test
    void theLauncherRunsThePackagedToolInAOneGigabyteHeapUnlessToldOtherwise() throws Exception {
        assertThat(run(null)).contains("bulletin-archive", "Max. Heap Size: 1.00G");
        assertThat(run("-Xmx300m")).contains("bulletin-archive", "Max. Heap Size: 300.00M");
    }

    @Test
    void aBuildThatNeedsMoreThanItsHeapSaysHowToGiveItMoreInOneLineAndLeavesTheSiteAsItWas(@TempDir Path dir) throws Exception {
        Path project = Trees.copyOfProject(dir.resolve("p"));
        ProcessBuilder pb = new ProcessBuilder(Path.of("bin/bulletin-archive").toAbsolutePath().toString(), "build", "--out", "site");
        pb.directory(project.toFile());
        // far too small a heap for the gazetteer alone, as 1 GB is for a province's archive
        pb.environment().put("BULLETIN_ARCHIVE_JAVA_OPTS", "-Xmx12m");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isEqualTo(1);
        assertThat(err.lines().toList()).singleElement().asString()
                .startsWith("error: out of memory: this archive needs more than the Java heap of ")
                .contains("BULLETIN_ARCHIVE_JAVA_OPTS=-Xmx2g bin/bulletin-archive");
        assertThat(project.resolve("site")).doesNotExist();
    }

    @Test
    void aTemplateTypoPrintsExactlyOneLineFromAFreshJvm(@TempDir Path dir) throws Exception {
        Path project = Trees.copyOfProject(dir.resolve("p"));
        Path template = project.resolve("templates/issue.ftl");
        java.nio.file.Files.writeString(template, java.nio.file.Files.readString(template).replaceFirst("\\$\\{page\\.root}", "\\${page.roo}"));
        ProcessBuilder pb = new ProcessBuilder(Path.of("bin/bulletin-archive").toAbsolutePath().toString(), "build", "--out", "site");
        pb.directory(project.toFile());
        pb.environment().remove("BULLETIN_ARCHIVE_JAVA_OPTS");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isEqualTo(1);
        // Freemarker's own log of the same error (through java.util.logging, 50 lines and more) must not reach the terminal
        assertThat(err.lines().toList()).singleElement().asString().startsWith("error: templates/issue.ftl:").contains("page.roo");
    }

    /** What bin/bulletin-archive --version prints, with the JVM's settings, given BULLETIN_ARCHIVE_JAVA_OPTS (null: unset). */
    private static String run(String opts) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of("bin/bulletin-archive").toAbsolutePath().toString(), "--version");
        pb.environment().remove("BULLETIN_ARCHIVE_JAVA_OPTS");
        if (opts != null) {
            pb.environment().put("BULLETIN_ARCHIVE_JAVA_OPTS", opts);
        }
        // the JVM reads these besides its command line, and prints its settings, the heap among them
        pb.environment().put("JDK_JAVA_OPTIONS", "-XshowSettings:vm");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
