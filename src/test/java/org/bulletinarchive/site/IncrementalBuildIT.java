package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bulletinarchive.publish.SiteUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild renders and writes only what changed, and gives the very same site and zip as a full build of the same
 * project: after a new issue, an edited, a deleted and a renamed entry, a deleted issue, a changed stylesheet and a
 * changed template.
 */
class IncrementalBuildIT {

    @TempDir
    Path dir;

    private FixtureProject project;

    @BeforeEach
    void archiveOfThirtyIssuesBuiltOnce() throws Exception {
        project = SeveralSeriesSiteIT.twoSeries(dir.resolve("project"));
        SyntheticContent.write(project, 30, 6, 3);
        SiteBuilder.Result first = project.build();
        assertThat(first.incremental()).isFalse();
    }

    /** Rebuilds incrementally, then builds the same project in full elsewhere, and compares the two byte for byte. */
    private SiteBuilder.Result rebuildAndCompareWithAFullBuild() throws IOException {
        return rebuildAndCompareWithAFullBuild(false);
    }

    /** As {@link #rebuildAndCompareWithAFullBuild()}, both builds with .gz files when {@code gzip} (build --gzip). */
    private SiteBuilder.Result rebuildAndCompareWithAFullBuild(boolean gzip) throws IOException {
        SiteBuilder.Result incremental = new SiteBuilder(project.root, line -> { }).gzip(gzip).build(project.site());
        Path clean = dir.resolve("clean/site"); // the same folder name: the zip's top folder
        SiteBuilder.Result full = new SiteBuilder(project.root, line -> { }).gzip(gzip).build(clean, true);
        assertThat(full.incremental()).isFalse();
        Map<String, byte[]> expected = tree(clean);
        Map<String, byte[]> actual = tree(incremental.site());
        assertThat(actual.keySet()).as("files of the rebuilt site").containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
        assertThat(Files.readAllBytes(incremental.zip())).as("the rebuilt zip").isEqualTo(Files.readAllBytes(full.zip()));
        assertThat(Files.readAllBytes(incremental.war())).as("the rebuilt war").isEqualTo(Files.readAllBytes(full.war()));
        assertThat(folders(incremental.site())).as("folders of the rebuilt site").isEqualTo(folders(clean));
        // the offline copy in the site is the zip, and the home page gives its size
        assertThat(incremental.site().resolve("download/site.zip")).hasSameBinaryContentAs(incremental.zip());
        assertThat(Files.readString(incremental.site().resolve("index.html")))
                .contains("下载离线版（zip，" + org.bulletinarchive.render.OriginalFiles.size(Files.size(incremental.zip())) + "）");
        return incremental;
    }

    @Test
    void aRebuildWithNothingChangedRendersNothing() throws Exception {
        SiteBuilder.Result again = rebuildAndCompareWithAFullBuild();
        assertThat(again.incremental()).isTrue();
        assertThat(again.rendered()).isZero();
    }

    @Test
    void aNewIssueRendersItsOwnPagesAndTheFewThatListItAndGivesTheSameSiteAsAFullBuild() throws Exception {
        Path newest = project.content("issues/2024/10");
        Path added = project.content("issues/2024/11");
        Files.createDirectories(added);
        try (Stream<Path> files = Files.list(newest)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f).replaceAll("(?m)^issue=10$", "issue=11").replaceAll("(?m)^date=2024-12-\\d\\d$", "date=2024-12-28")
                        .replace("第10期", "第11期").replace("第 10 期", "第 11 期").replace("12 月 2", "12 月 28").replace("。", "；新一期。");
                Files.writeString(added.resolve(f.getFileName()), text);
            }
        }
        SiteBuilder.Result after = rebuildAndCompareWithAFullBuild();
        assertThat(after.incremental()).isTrue();
        assertThat(after.rendered()).as("pages rendered of %d", after.pages()).isGreaterThan(7).isLessThan(after.pages() / 3);
    }

    @Test
    void aRebuildTakesInAnEditedContentFileThatKeptAnOldTime() throws Exception {
        // files as an editor's are: written long before the build (file times are coarse, so fresh ones are always read)
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        try (Stream<Path> files = Files.walk(project.root.resolve("content"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, hourAgo);
            }
        }
        new SiteBuilder(project.root, line -> { }).build(project.site(), true);
        Path edited = project.content("issues/2023/5/01-changsha.md");
        Files.writeString(edited, Files.readString(edited).replace("。", "，又修订。"));
        Files.setLastModifiedTime(edited, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        assertThat(new SiteBuilder(project.root, line -> { }).build(project.site()).incremental()).isTrue();
        assertThat(Files.readString(project.site().resolve("issues/2023/5/01-changsha.html"))).contains("又修订");
        rebuildAndCompareWithAFullBuild();
    }

    @Test
    void anEditedEntryADeletedEntryAndARenamedEntryGiveTheSameSiteAsAFullBuild() throws Exception {
        Path folder = project.content("issues/2023/5");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("0[1-3]-.*\\.md")).sorted().toList()) {
                switch (f.getFileName().toString().substring(0, 2)) {
                    case "01" -> Files.writeString(f, Files.readString(f).replace("。", "，已修订。"));
                    case "02" -> Files.delete(f);
                    default -> {
                        // entry 3 becomes entry 9: another page name
                        Files.writeString(f.resolveSibling("09" + f.getFileName().toString().substring(2)),
                                Files.readString(f).replaceAll("(?m)^order=3$", "order=9"));
                        Files.delete(f);
                    }
                }
            }
        }
        SiteBuilder.Result after = rebuildAndCompareWithAFullBuild();
        assertThat(after.incremental()).isTrue();
        assertThat(after.rendered()).isLessThan(after.pages() / 3);
    }

    @Test
    void aDeletedIssueGivesTheSameSiteAsAFullBuildWithItsPagesGone() throws Exception {
        Path folder = project.content("issues/2023/7");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(folder);
        SiteBuilder.Result after = rebuildAndCompareWithAFullBuild();
        assertThat(after.site().resolve("issues/2023/7")).doesNotExist();
    }

    @Test
    void aChangedStylesheetOrTemplateRendersEveryPageAgain() throws Exception {
        Path css = project.root.resolve("assets/css/site.css");
        Files.writeString(css, Files.readString(css) + "\n.changed { color: red; }\n");
        SiteBuilder.Result afterCss = rebuildAndCompareWithAFullBuild();
        assertThat(afterCss.rendered()).isEqualTo(afterCss.pages());

        Path template = project.root.resolve("templates/entry.ftl");
        Files.writeString(template, Files.readString(template).replace("在前后各期", "在前后各期（修订）"));
        SiteBuilder.Result afterTemplate = rebuildAndCompareWithAFullBuild();
        assertThat(afterTemplate.incremental()).isFalse();
        assertThat(Files.readString(afterTemplate.site().resolve("issues/2023/5/01-changsha.html"))).contains("在前后各期（修订）");
    }

    @Test
    void filesChangedAddedOrDeletedInTheSiteByHandAreSetRightByTheRebuild() throws Exception {
        Path site = project.site();
        Files.writeString(site.resolve("issues/2023/5/index.html"), "edited by hand");
        Files.writeString(site.resolve("notes.txt"), "left by hand");
        Files.delete(site.resolve("cities/changsha.html"));
        SiteBuilder.Result after = rebuildAndCompareWithAFullBuild();
        assertThat(after.incremental()).isTrue();
        assertThat(after.rendered()).isEqualTo(2);
    }

    @Test
    void gzFilesGoWhenSiteGzipIsTurnedOffAndComeBackWithBuildGzip() throws Exception {
        assertThat(project.site().resolve("index.html.gz")).as("the project's jbake.properties has site.gzip=true").isRegularFile();
        Path properties = project.root.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties).replace("site.gzip=true", "site.gzip=false"));
        SiteBuilder.Result without = rebuildAndCompareWithAFullBuild();
        try (Stream<Path> files = Files.walk(without.site())) {
            assertThat(files.filter(f -> f.toString().endsWith(".gz"))).isEmpty();
        }
        SiteBuilder.Result with = rebuildAndCompareWithAFullBuild(true);
        assertThat(with.incremental()).isTrue();
        assertThat(with.rendered()).as("pages rendered for the .gz files").isZero();
        assertThat(with.site().resolve("issues/2023/5/index.html.gz")).isRegularFile();
    }

    @Test
    void cleanBuildsEverythingAndADamagedStateOnlyCostsAFullBuild() throws Exception {
        SiteBuilder.Result clean = new SiteBuilder(project.root, line -> { }).build(project.site(), true);
        assertThat(clean.incremental()).isFalse();
        assertThat(clean.rendered()).isEqualTo(clean.pages());
        Path state = new SiteUpdate(project.site()).state();
        assertThat(state).isRegularFile();
        Files.write(state, new byte[] {1, 2, 3});
        SiteBuilder.Result afterDamage = rebuildAndCompareWithAFullBuild();
        assertThat(afterDamage.incremental()).isFalse();
    }

    @Test
    void anUpdateInterruptedWhilePublishingIsFinishedByTheNextBuild() throws Exception {
        // an update stopped after its journal: one page moved in, one still staged, one file not yet deleted
        Path site = project.site();
        Path staging = site.resolveSibling(".site.staging");
        String changed = "issues/2023/5/01-changsha.html";
        String stillStaged = "index.html";
        String gone = "issues/2023/6/index.html";
        Files.createDirectories(staging);
        Files.writeString(staging.resolve(stillStaged), "new home");
        Files.writeString(site.resolve(changed), "moved already");
        Files.writeString(site.resolveSibling(".site.updating"), SiteUpdate.journalText(List.of("move " + changed, "move " + stillStaged, "delete " + gone)),
                StandardCharsets.UTF_8);
        assertThat(new SiteUpdate(site).recover()).singleElement().asString().contains("finished updating");
        assertThat(site.resolve(stillStaged)).hasContent("new home");
        assertThat(site.resolve(changed)).hasContent("moved already");
        assertThat(site.resolve(gone)).doesNotExist();
        assertThat(staging).doesNotExist();
        assertThat(site.resolveSibling(".site.updating")).doesNotExist();
    }

    /** Every file under {@code root} with its bytes, by path. */
    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    private static java.util.List<String> folders(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
