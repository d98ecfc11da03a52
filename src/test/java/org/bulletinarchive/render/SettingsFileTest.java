package org.bulletinarchive.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletinarchive.load.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A jbake.properties that is not UTF-8 text is refused by file and line, never read as default settings. */
class SettingsFileTest {

    @TempDir
    Path dir;

    private Path properties(byte[] bytes) throws Exception {
        return Files.write(dir.resolve("jbake.properties"), bytes);
    }

    @Test
    void binaryGarbageIsRefusedAsNotText() throws Exception {
        byte[] garbage = new byte[512];
        new java.util.Random(17).nextBytes(garbage);
        assertThatThrownBy(() -> SiteSettings.checkIsText(properties(garbage)))
                .isInstanceOf(ContentException.class).hasMessageStartingWith("jbake.properties:").hasMessageContaining("git checkout jbake.properties");
    }

    @Test
    void aFileSavedInGbkIsRefusedAtItsLine() throws Exception {
        byte[] gbk = "site.host=\nsite.title=工作简报\n".getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> SiteSettings.checkIsText(properties(gbk)))
                .isInstanceOf(ContentException.class).hasMessageStartingWith("jbake.properties:2: is not UTF-8 text");
    }

    @Test
    void aNulByteIsRefusedAtItsLine() throws Exception {
        byte[] nul = "site.host=\n\nsite.title=a\0b\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SiteSettings.checkIsText(properties(nul)))
                .isInstanceOf(ContentException.class).hasMessageStartingWith("jbake.properties:3: holds the control character U+0000");
    }

    @Test
    void theProjectsOwnSettingsAndNoSettingsFileAreFine() throws Exception {
        SiteSettings.checkIsText(Path.of("jbake.properties"));
        SiteSettings.checkIsText(dir.resolve("none.properties"));
        assertThat(properties("\uFEFFsite.title=工作简报\r\nsite.gzip=true\n".getBytes(StandardCharsets.UTF_8))).isRegularFile();
        SiteSettings.checkIsText(dir.resolve("jbake.properties"));
    }
}
