package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files an administrator put into the published site are named before a build removes them, and assets/root/ is where they belong. */
class HandMadeSiteFilesIT {

    @Test
    void aBuildNamesTheFilesItRemovesFromThePublishedSiteFullAndIncremental(@TempDir Path tmp) throws Exception {
        FixtureProject p = FixtureProject.withCommittedContent(tmp.resolve("p"));
        p.build();
        Files.writeString(p.site().resolve("robots.txt"), "User-agent: *\n");
        Files.writeString(p.site().resolve(".htaccess"), "Options -Indexes\n");
        List<String> incremental = new ArrayList<>();
        new SiteBuilder(p.root, incremental::add).build(p.site());
        assertThat(incremental).anySatisfy(l -> assertThat(l).startsWith("note:").contains(".htaccess, robots.txt", "assets/root/"));
        assertThat(p.site().resolve("robots.txt")).doesNotExist();

        Files.writeString(p.site().resolve("robots.txt"), "User-agent: *\n");
        List<String> full = new ArrayList<>();
        new SiteBuilder(p.root, full::add).build(p.site(), true);
        assertThat(full).anySatisfy(l -> assertThat(l).startsWith("note:").contains("robots.txt").doesNotContain("index.html"));

        // put where the README says, it is published by every build
        Files.createDirectories(p.root.resolve("assets/root"));
        Files.writeString(p.root.resolve("assets/root/robots.txt"), "User-agent: *\n");
        List<String> again = new ArrayList<>();
        new SiteBuilder(p.root, again::add).build(p.site());
        assertThat(p.site().resolve("robots.txt")).hasContent("User-agent: *");
        assertThat(again).noneSatisfy(l -> assertThat(l).startsWith("note:"));
    }
}
