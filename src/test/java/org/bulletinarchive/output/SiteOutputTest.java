package org.bulletinarchive.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a rebuild reuses of the site the last build published, as the reuse object answers each stage and the one writer
 * every file goes through acts on it: a page whose inputs have the fingerprint they had is kept without rendering, a file
 * with the bytes it had is not written again, and whatever was changed in the site by hand is made again. The site here
 * is made by the writer itself, as a build makes it, then published by moving.
 */
class SiteOutputTest {

    @TempDir
    Path tmp;

    private Path site;
    private BuildState published;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, BuildState.Links> linksOf(String... pages) {
        Map<String, BuildState.Links> links = new java.util.HashMap<>();
        for (String page : pages) {
            links.put(page, new BuildState.Links(Set.of(), List.of(), List.of()));
        }
        return links;
    }

    /** A full build of two pages, a stylesheet and a page that the next build will no longer make, published. */
    @BeforeEach
    void aSiteBuiltInFullAndPublished() throws IOException {
        Path staging = tmp.resolve("staging");
        SiteOutput full = new SiteOutput(staging);
        full.write("index.html", bytes("<p>home</p>"), 11);
        full.write("issues/1/index.html", bytes("<p>issue 1</p>"), 22);
        full.write("old.html", bytes("<p>gone next time</p>"), 33);
        full.write("assets/site.css", bytes("body{}"), 0);
        assertThat(full.written()).containsExactlyInAnyOrder("index.html", "issues/1/index.html", "old.html", "assets/site.css");
        published = full.state(1, 0, linksOf("index.html", "issues/1/index.html", "old.html"));
        site = tmp.resolve("site");
        Files.move(staging, site);
    }

    private SiteOutput rebuild() {
        return new SiteOutput(tmp.resolve("staging2"), Reuse.of(published, site, tmp.resolve("site.zip")));
    }

    @Test
    void aPageWhoseInputsHaveTheirFingerprintIsKeptAndAFileWithItsBytesIsNotWrittenAgain() {
        SiteOutput again = rebuild();
        assertThat(again.incremental()).isTrue();
        assertThat(again.unchanged("index.html", 11)).isTrue();
        assertThat(again.unchanged("issues/1/index.html", 23)).as("its inputs changed").isFalse();
        again.write("issues/1/index.html", bytes("<p>issue 1, corrected</p>"), 23);
        again.write("assets/site.css", bytes("body{}"), 0);

        assertThat(again.written()).containsExactly("issues/1/index.html");
        assertThat(tmp.resolve("staging2/assets/site.css")).doesNotExist();
        assertThat(again.files()).containsExactly("assets/site.css", "index.html", "issues/1/index.html");
        assertThat(again.removed()).as("published, not made by this build").containsExactly("old.html");
    }

    @Test
    void aPageRenderedAgainWithTheBytesItHadIsNotWrittenAgain() {
        SiteOutput again = rebuild();
        assertThat(again.unchanged("issues/1/index.html", 24)).isFalse();
        again.write("issues/1/index.html", bytes("<p>issue 1</p>"), 24);
        assertThat(again.written()).isEmpty();
        assertThat(again.hash("issues/1/index.html")).isNotZero();
    }

    @Test
    void aPageEditedByHandInTheSiteIsNotKeptEvenWithItsSizeAndTimeUnchanged() throws IOException {
        Path page = site.resolve("index.html");
        FileTime time = Files.getLastModifiedTime(page);
        Files.writeString(page, "<p>HOME</p>");
        Files.setLastModifiedTime(page, time);

        SiteOutput again = rebuild();
        assertThat(again.unchanged("index.html", 11)).isFalse();
        again.write("index.html", bytes("<p>home</p>"), 11);
        assertThat(again.written()).containsExactly("index.html");
    }

    @Test
    void aPageDeletedFromTheSiteByHandIsWrittenAgainAndAFilePutThereByHandIsRemoved() throws IOException {
        Files.delete(site.resolve("issues/1/index.html"));
        Files.writeString(site.resolve("robots.txt"), "User-agent: *");

        SiteOutput again = rebuild();
        assertThat(again.unchanged("issues/1/index.html", 22)).isFalse();
        again.write("issues/1/index.html", bytes("<p>issue 1</p>"), 22);
        assertThat(again.written()).containsExactly("issues/1/index.html");
        assertThat(again.strays()).containsExactly("robots.txt");
        assertThat(again.removed()).contains("robots.txt");
    }

    @Test
    void aFullBuildReusesNothing() throws IOException {
        SiteOutput full = new SiteOutput(tmp.resolve("staging3"));
        assertThat(full.incremental()).isFalse();
        assertThat(full.unchanged("index.html", 11)).isFalse();
        full.write("index.html", bytes("<p>home</p>"), 11);
        assertThat(full.written()).containsExactly("index.html");
        assertThat(full.removed()).isEmpty();
        try (Stream<Path> files = Files.walk(tmp.resolve("staging3"))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
    }

    @Test
    void theSearchIndexIsKeptWholeOnlyWhenMadeOfTheSameDocumentsAndEveryFileIsAsTheLastBuildLeftIt() throws IOException {
        published = new BuildState(published.environment(), 77, published.files(), linksOf("index.html", "issues/1/index.html", "old.html"));
        SiteOutput again = rebuild();
        assertThat(again.reuse().searchIndex(78, "issues/", p -> true)).as("other documents").isNull();
        Map<String, BuildState.FileState> kept = again.reuse().searchIndex(77, "issues/", p -> true);
        assertThat(kept).containsOnlyKeys("issues/1/index.html");
        again.keep(kept);
        assertThat(again.files()).containsExactly("issues/1/index.html");
        Files.writeString(site.resolve("issues/1/index.html"), "<p>issue 1!</p>");
        assertThat(rebuild().reuse().searchIndex(77, "issues/", p -> true)).isNull();
    }

    @Test
    void aFullBuildAsksTheSameQuestionsOfAReuseThatAnswersNoToAll() {
        Reuse nothing = Reuse.nothing();
        assertThat(nothing.any()).isFalse();
        assertThat(nothing.page("index.html", 11)).isNull();
        assertThat(nothing.samePublished("index.html", 1)).isFalse();
        assertThat(nothing.searchIndex(0, "search/", p -> true)).isNull();
        assertThat(nothing.links("index.html")).isNull();
        assertThat(nothing.zip()).isNull();
        assertThat(nothing.zipBytes()).isEqualTo(-1);
        assertThat(nothing.strays()).isEmpty();
        assertThat(Reuse.of(BuildState.empty(), site, tmp.resolve("site.zip"))).as("an empty state").isSameAs(nothing);
    }

    @Test
    void theZipToCopyFromAndTheSizeTheHomePageShowsAreThoseOfThePublishedZip() throws IOException {
        Files.write(tmp.resolve("site.zip"), new byte[1234]);
        SiteOutput again = rebuild();
        assertThat(again.reuse().zip()).isEqualTo(tmp.resolve("site.zip"));
        assertThat(again.reuse().zipBytes()).isEqualTo(1234);
    }
}
