package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output folder that is a symbolic link (a web root kept on another disk) stays one: the site is published into its target. */
class SymbolicLinkOutputIT {

    @Test
    void aSiteFolderThatIsASymbolicLinkStaysOneThroughFullIncrementalAndCleanBuilds(@TempDir Path tmp) throws Exception {
        FixtureProject p = FixtureProject.withCommittedContent(tmp.resolve("p"));
        Path disk = Files.createDirectories(tmp.resolve("disk/bulletins"));
        Path www = Files.createDirectories(tmp.resolve("www"));
        Path link = Files.createSymbolicLink(www.resolve("site"), disk);

        SiteBuilder.Result full = new SiteBuilder(p.root, line -> { }).build(link);
        assertThat(full.incremental()).isFalse();
        assertLinkKeptAndSiteInItsTarget(link, disk);

        Path entry = p.content("issues/2023/17/10-changsha.md");
        Files.writeString(entry, Files.readString(entry).replace("。", "，又修订。"));
        SiteBuilder.Result incremental = new SiteBuilder(p.root, line -> { }).build(link);
        assertThat(incremental.incremental()).isTrue();
        assertLinkKeptAndSiteInItsTarget(link, disk);
        assertThat(Files.readString(disk.resolve("issues/2023/17/10-changsha.html"))).contains("又修订");

        new SiteBuilder(p.root, line -> { }).build(link, true);
        assertLinkKeptAndSiteInItsTarget(link, disk);
        // the zip and war beside the link, the build's own files beside the target, nothing else left
        try (Stream<Path> beside = Files.list(www)) {
            assertThat(beside.map(f -> f.getFileName().toString()).sorted()).containsExactly(".site.lock", ".site.state", "site", "site.war", "site.zip");
        }
        try (Stream<Path> beside = Files.list(disk.getParent())) {
            assertThat(beside.map(f -> f.getFileName().toString())).containsExactly("bulletins");
        }
    }

    private static void assertLinkKeptAndSiteInItsTarget(Path link, Path target) throws Exception {
        assertThat(Files.isSymbolicLink(link)).as("still a symbolic link").isTrue();
        assertThat(link.toRealPath()).isEqualTo(target.toRealPath());
        assertThat(target.resolve("index.html")).isRegularFile();
        assertThat(target.resolve(".bulletin-archive-site")).isRegularFile();
    }
}
