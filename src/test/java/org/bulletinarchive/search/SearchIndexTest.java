package org.bulletinarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    /** Run with -Dsearch.updateGolden=true to rewrite src/test/resources/search/fixture-index/ on purpose. */
    private static final boolean UPDATE_GOLDEN = Boolean.getBoolean("search.updateGolden");

    @TempDir
    Path temp;

    @Test
    void writesTheIndexUnderItsHashAndPointsTheSearchPageAtIt() throws IOException {
        Path site = SampleBulletinSite.write(temp.resolve("site"));
        SearchIndexReport report = SearchIndex.write(site);
        assertThat(report.docs()).isEqualTo(20);
        assertThat(report.hash()).matches("[0-9a-f]{12}");
        assertThat(site.resolve("search/" + report.hash() + "/index.js")).isRegularFile();
        assertThat(report.entry()).isEqualTo("search/" + report.hash() + "/index.js");
        String page = Files.readString(site.resolve("search.html"));
        assertThat(page).contains("<script id=\"search-index\" src=\"search/" + report.hash() + "/index.js\"></script>")
                .doesNotContain("data-src").contains("<script src=\"assets/js/search.js\"></script>");
        assertThat(report.totalBytes()).isEqualTo(tree(site.resolve("search/" + report.hash())).values().stream()
                .mapToLong(b -> b.length).sum());
    }

    @Test
    void writesByteIdenticalOutputForTheSamePages() throws IOException {
        Path a = SampleBulletinSite.write(temp.resolve("a"));
        Path b = SampleBulletinSite.write(temp.resolve("b"));
        SearchIndexReport first = SearchIndex.write(a);
        SearchIndexReport second = SearchIndex.write(b);
        assertThat(second.hash()).isEqualTo(first.hash());
        assertThat(tree(b.resolve("search"))).usingRecursiveComparison().isEqualTo(tree(a.resolve("search")));
        assertThat(Files.readString(b.resolve("search.html"))).isEqualTo(Files.readString(a.resolve("search.html")));
    }

    @Test
    void replacesAnEarlierBuildsIndexOnARebuild() throws IOException {
        Path site = SampleBulletinSite.write(temp.resolve("site"));
        SearchIndex.write(site);
        Files.writeString(site.resolve("issues/2023/17/10-changsha.html"),
                Files.readString(site.resolve("issues/2023/17/10-changsha.html")).replace("无证明城市", "无证明之城"));
        SearchIndexReport second = SearchIndex.write(site);
        try (Stream<Path> dirs = Files.list(site.resolve("search"))) {
            assertThat(dirs.map(d -> d.getFileName().toString())).containsExactly(second.hash());
        }
        assertThat(Files.readString(site.resolve("search.html"))).contains("search/" + second.hash() + "/index.js");
    }

    @Test
    void refusesASiteWithoutSearchPage() {
        SiteFixture.files(temp, "-- a.html --\n<article data-search-doc></article>\n");
        assertThatThrownBy(() -> SearchIndex.write(temp)).isInstanceOf(SearchPageException.class)
                .hasMessageContaining("search.html").hasMessageContaining("missing");
    }

    @Test
    void refusesASearchPageWithoutThePlaceholder() {
        SiteFixture.files(temp, "-- search.html --\n<html><body><ol id=\"search-results\"></ol></body></html>\n");
        assertThatThrownBy(() -> SearchIndex.write(temp)).isInstanceOf(SearchPageException.class)
                .hasMessageContaining("<script id=\"search-index\" data-src=\"\"></script>").hasMessageContaining("found 0");
    }

    @Test
    void escapesMarkupAndLineSeparatorsInsideTheScriptFiles() throws IOException {
        Path site = RankingFixture.write(temp.resolve("site"));
        SearchIndexReport report = SearchIndex.write(site);
        String all = String.join("\n", tree(site.resolve("search/" + report.hash())).values().stream()
                .map(b -> new String(b, StandardCharsets.UTF_8)).toList());
        assertThat(all).contains("\\u003cscript>alert(1)\\u003c/script>", "\\u2028")
                .doesNotContain("</script", "<b>", "\u2028");
    }

    @Test
    void keepsTheGoldenFixtureIndexThatTheJavaScriptTestsSearchUpToDate() throws IOException {
        Path site = RankingFixture.write(temp.resolve("site"));
        SearchIndexReport report = SearchIndex.write(site);
        Map<String, String> actual = text(tree(site.resolve("search/" + report.hash())));
        if (UPDATE_GOLDEN) {
            if (Files.exists(RankingFixture.GOLDEN)) {
                try (Stream<Path> old = Files.walk(RankingFixture.GOLDEN)) {
                    for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            actual.forEach((path, content) -> SiteFixture.write(RankingFixture.GOLDEN.resolve(path), content));
        }
        assertThat(text(tree(RankingFixture.GOLDEN)))
                .as("golden index is stale: rerun with -Dsearch.updateGolden=true and review the diff")
                .isEqualTo(actual);
    }

    private static Map<String, String> text(Map<String, byte[]> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        return out;
    }

    static Map<String, byte[]> tree(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return out;
    }
}
