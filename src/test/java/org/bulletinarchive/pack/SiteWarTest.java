package org.bulletinarchive.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWarTest {

    @TempDir
    Path dir;

    @Test
    void theWarCopiedFromTheZipWithTheSitesHomePageIsByteForByteTheWarPackedFromTheSiteAndEndsWithTheOfflineCopy() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("issues/2023/17"));
        Files.writeString(site.resolve("index.html"), "<p>首页</p>".repeat(50) + "<a>下载离线版（zip）</a>");
        Files.writeString(site.resolve("issues/2023/17/index.html"), "<p>第17期</p>".repeat(80));
        Files.writeString(site.resolve(".bulletin-archive-site"), "marker\n");
        Path zip = dir.resolve("site.zip");
        SiteZip.write(site, zip, "site");
        // as the build leaves the site: the home page with the zip's size, its offline copy in it, a .gz beside a page
        byte[] home = ("<p>首页</p>".repeat(50) + "<a>下载离线版（zip，1 KB）</a>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(site.resolve("index.html"), home);
        Files.createDirectories(site.resolve("download"));
        Files.copy(zip, site.resolve("download/site.zip"));
        Files.writeString(site.resolve("index.html.gz"), "for nginx only");

        SiteWar.write(site, "site", dir.resolve("packed.war"));
        SiteWar.fromZip(zip, "site", java.util.Map.of("index.html", home), true, dir.resolve("copied.war"));

        assertThat(Files.readAllBytes(dir.resolve("copied.war"))).isEqualTo(Files.readAllBytes(dir.resolve("packed.war")));
        try (var war = new java.util.zip.ZipFile(dir.resolve("copied.war").toFile())) {
            assertThat(java.util.Collections.list(war.entries()).stream().map(java.util.zip.ZipEntry::getName))
                    .containsExactly("WEB-INF/tomcat-web.xml", "WEB-INF/web.xml", "WEB-INF/.bulletin-archive-site", "index.html", "issues/2023/17/index.html",
                            "download/site.zip");
            // stored as it is: the offline copy Tomcat serves is the zip
            assertThat(war.getEntry("download/site.zip").getMethod()).isEqualTo(java.util.zip.ZipEntry.STORED);
            assertThat(war.getInputStream(war.getEntry("download/site.zip")).readAllBytes()).isEqualTo(Files.readAllBytes(zip));
            assertThat(war.getInputStream(war.getEntry("index.html")).readAllBytes()).isEqualTo(home);
        }
    }

    @Test
    void theWarWithoutTheOfflineCopyHoldsTheSiteOnceWithTheHomePageItIsGiven() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "<p>首页</p><a>下载离线版（zip）</a>");
        Files.writeString(site.resolve("about.html"), "<p>关于</p>");
        Path zip = dir.resolve("site.zip");
        SiteZip.write(site, zip, "site");
        byte[] home = "<p>首页</p><p>本站未附离线版</p>".getBytes(StandardCharsets.UTF_8);
        SiteWar.fromZip(zip, "site", Map.of("index.html", home), false, dir.resolve("plain.war"));
        try (var war = new ZipFile(dir.resolve("plain.war").toFile())) {
            assertThat(Collections.list(war.entries()).stream().map(java.util.zip.ZipEntry::getName))
                    .containsExactly("WEB-INF/tomcat-web.xml", "WEB-INF/web.xml", "about.html", "index.html");
            assertThat(war.getInputStream(war.getEntry("index.html")).readAllBytes()).isEqualTo(home);
        }
    }
}
