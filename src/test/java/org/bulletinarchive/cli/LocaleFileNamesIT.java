package org.bulletinarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Under LANG=C, where Java reads file names as ASCII, a content file with a Chinese name gets one clean error naming its folder. */
class LocaleFileNamesIT {

    @Test
    void aChineseFileNameUnderLangCIsOneErrorNamingTheFolderWithoutAStackTrace(@TempDir Path tmp) throws Exception {
        Path project = org.bulletinarchive.testsupport.Trees.copyOfProject(tmp.resolve("p"));
        Files.writeString(project.resolve("content/issues/2023/17/长沙补充.md"), "type=entry\n");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build", "--source", project.toString(), "--out",
                tmp.resolve("out/site").toString());
        pb.environment().keySet().removeIf(key -> key.startsWith("LC_") || key.equals("LANG") || key.equals("JAVA_TOOL_OPTIONS"));
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        Process build = pb.redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.waitFor()).as(output).isEqualTo(1);
        assertThat(output).contains("error: content/issues/2023/17/: holds a file whose name cannot be read in this locale (LANG=C")
                .contains("LANG=C.UTF-8").doesNotContain("\tat ", "MarkupEngine", "Exception");
    }
}
