package org.bulletinarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletinarchive.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

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
}
