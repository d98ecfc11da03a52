package org.bulletinarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** bin/bulletin-archive, the command the README gives, runs the packaged tool with a heap of its own size. */
class LauncherIT {

    @Test
    void theLauncherRunsThePackagedToolInAOneGigabyteHeapUnlessToldOtherwise() throws Exception {
        assertThat(run(null)).contains("bulletin-archive", "Max. Heap Size: 1.00G");
        assertThat(run("-Xmx300m")).contains("bulletin-archive", "Max. Heap Size: 300.00M");
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
