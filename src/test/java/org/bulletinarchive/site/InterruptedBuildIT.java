package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bulletinarchive.pack.SiteWar;
import org.bulletinarchive.pack.SiteZip;
import org.bulletinarchive.publish.SiteSwapTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever an interrupted build left beside the site (made here by hand), the next build works and ends with a matching site, zip and war. */
class InterruptedBuildIT {

    @TempDir
    static Path tmp;

    static FixtureProject project;
    static Path site;
    static Path out;

    @BeforeAll
    static void aGoodSiteAndZip() throws Exception {
        project = FixtureProject.withCommittedContent(tmp.resolve("p"));
        project.build();
        site = project.site();
        out = site.getParent();
    }

    /** Builds again, and returns the build's log. */
    private static List<String> buildAgain() throws Exception {
        List<String> log = new ArrayList<>();
        new SiteBuilder(project.root, log::add).build(site);
        return log;
    }

    private static void assertSiteZipAndWarMatchAndNothingIsLeft() throws Exception {
        assertThat(site.resolve("index.html")).isRegularFile();
        SiteSwapTest.assertZipHoldsTheSite(site, out.resolve("site.zip"));
        SiteSwapTest.assertWarOfBuild(site, out.resolve("site.war"));
        try (Stream<Path> list = Files.list(out)) {
            assertThat(list.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(".site.lock", ".site.state", "site", "site.war", "site.zip");
        }
    }

    @Test
    void anUnfinishedStagingFolderAndZipsAreRemoved() throws Exception {
        Files.createDirectories(out.resolve(".site.staging/issues"));
        Files.writeString(out.resolve(".site.staging/issues/half.html"), "<p>half");
        Files.writeString(out.resolve(".site.zip.staging"), "PK");
        Files.writeString(out.resolve(".site.zip.tmp"), "PK");
        Files.writeString(out.resolve(".site.war.staging"), "PK");
        assertThat(buildAgain()).contains("clean:  removed the unfinished site of an interrupted build (.site.staging)");
        assertSiteZipAndWarMatchAndNothingIsLeft();
    }

    @Test
    void aPreviousSiteLeftAsideIsRemoved() throws Exception {
        org.bulletinarchive.testsupport.Trees.copy(site, out.resolve(".site.replaced"));
        assertThat(buildAgain()).contains("clean:  removed the previous site an interrupted build had set aside (.site.replaced)");
        assertSiteZipAndWarMatchAndNothingIsLeft();
    }

    @Test
    void aSiteMovedAsideByAFailedRenameNoLongerBreaksTheBuild() throws Exception {
        Files.move(site, out.resolve(".site.replaced"));
        assertThat(buildAgain()).contains("clean:  put back the previous site an interrupted build had set aside (.site.replaced)");
        assertSiteZipAndWarMatchAndNothingIsLeft();
    }

    @Test
    void aPublishingCutShortIsFinishedBeforeTheBuild() throws Exception {
        // the staged pair was whole and the old site moved aside when the build was killed
        org.bulletinarchive.testsupport.Trees.copy(site, out.resolve(".site.staging"));
        Files.writeString(out.resolve(".site.staging/extra.txt"), "new");
        SiteZip.write(out.resolve(".site.staging"), out.resolve(".site.zip.staging"), "site");
        SiteWar.write(out.resolve(".site.staging"), "site", out.resolve(".site.war.staging"));
        Files.writeString(out.resolve(".site.publishing"), "publishing");
        Files.move(site, out.resolve(".site.replaced"));
        assertThat(buildAgain()).contains("clean:  finished publishing the site, zip and war of an interrupted build");
        assertSiteZipAndWarMatchAndNothingIsLeft();
        // the build after the recovery replaced the finished pair with its own
        assertThat(site.resolve("extra.txt")).doesNotExist();
    }
}
