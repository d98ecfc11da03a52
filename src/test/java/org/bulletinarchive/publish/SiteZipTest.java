package org.bulletinarchive.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteZipTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatShowsTheZipsSizeIsToldTheSizeOfTheZipWithoutItToTheByte() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("issues/2023/17"));
        for (int i = 0; i < 30; i++) {
            Files.writeString(site.resolve("issues/2023/17/" + i + ".html"), ("<p>第" + i + "条</p>").repeat(40 + i * 7));
        }
        Files.writeString(site.resolve("index.html"), "old home");
        List<String> names = SiteZip.entries(site, "").stream().map(SiteZip.Entry::name).toList();
        Path first = dir.resolve("first.zip");
        AtomicLong others = new AtomicLong();
        byte[] home = "<p>下载离线版（zip，12 KB）</p>".repeat(30).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SiteZip.write(names, site::resolve, Set.copyOf(names), null, first, "site", new SiteZip.SizedFile("index.html", size -> {
            others.set(size);
            return home;
        }));
        assertThat(Files.size(first)).isEqualTo(others.get() + SiteZip.compressedSize(home));

        // and when every other file is copied, still compressed, from the last zip
        Path second = dir.resolve("second.zip");
        SiteZip.write(names, site::resolve, Set.of(), first, second, "site", new SiteZip.SizedFile("index.html", size -> {
            others.set(size);
            return "short".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }));
        assertThat(Files.size(second)).isEqualTo(others.get() + SiteZip.compressedSize("short".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try (var zip = new java.util.zip.ZipFile(second.toFile())) {
            assertThat(new String(zip.getInputStream(zip.getEntry("site/index.html")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo("short");
        }
    }

    @Test
    void theTopFolderIsThePlainAsciiNameOfTheSiteFolderElseSiteArchive() {
        assertThat(SiteZip.topFolder("site-archive")).isEqualTo("site-archive");
        assertThat(SiteZip.topFolder("bulletins_2024.v2")).isEqualTo("bulletins_2024.v2");
        assertThat(SiteZip.topFolder("专报档案")).isEqualTo("site-archive");
        assertThat(SiteZip.topFolder("my site")).isEqualTo("site-archive");
        assertThat(SiteZip.topFolder(".hidden")).isEqualTo("site-archive");
    }
}
