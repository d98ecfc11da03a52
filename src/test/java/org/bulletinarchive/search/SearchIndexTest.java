package org.bulletinarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    void writesTheIndexUnderSearchWithAHashedEntryScriptAndPointsTheSearchPageAtIt() throws IOException {
        Path site = SampleBulletinSite.write(temp.resolve("site"));
        SearchIndexReport report = PagesSearchIndex.write(site);
        assertThat(report.docs()).isEqualTo(20);
        assertThat(report.hash()).matches("[0-9a-f]{12}");
        assertThat(report.entry()).isEqualTo("search/index." + report.hash() + ".js");
        assertThat(site.resolve(report.entry())).isRegularFile();
        assertThat(Files.readString(site.resolve(report.entry()))).startsWith("BulletinSearch.register({\"k\":\"i\",\"h\":\"" + report.hash() + "\",");
        String page = Files.readString(site.resolve("search.html"));
        assertThat(page).contains("<script id=\"search-index\" src=\"search/index." + report.hash() + ".js\"></script>")
                .doesNotContain("data-src").contains("<script src=\"assets/js/search.js\"></script>");
        assertThat(report.totalBytes()).isEqualTo(tree(site.resolve("search")).values().stream().mapToLong(b -> b.length).sum());
    }

    @Test
    void writesByteIdenticalOutputForTheSamePages() throws IOException {
        Path a = SampleBulletinSite.write(temp.resolve("a"));
        Path b = SampleBulletinSite.write(temp.resolve("b"));
        SearchIndexReport first = PagesSearchIndex.write(a);
        SearchIndexReport second = PagesSearchIndex.write(b);
        assertThat(second.hash()).isEqualTo(first.hash());
        assertThat(tree(b.resolve("search"))).usingRecursiveComparison().isEqualTo(tree(a.resolve("search")));
        assertThat(Files.readString(b.resolve("search.html"))).isEqualTo(Files.readString(a.resolve("search.html")));
    }

    @Test
    void replacesAnEarlierBuildsIndexOnARebuild() throws IOException {
        Path site = SampleBulletinSite.write(temp.resolve("site"));
        SearchIndexReport first = PagesSearchIndex.write(site);
        Files.writeString(site.resolve("issues/2023/17/10-changsha.html"),
                Files.readString(site.resolve("issues/2023/17/10-changsha.html")).replace("无证明城市", "无证明之城"));
        SearchIndexReport second = PagesSearchIndex.write(site);
        assertThat(second.hash()).isNotEqualTo(first.hash());
        assertThat(site.resolve(first.entry())).doesNotExist();
        assertThat(tree(site.resolve("search")).keySet()).filteredOn(f -> f.startsWith("index.")).containsExactly("index." + second.hash() + ".js");
        assertThat(Files.readString(site.resolve("search.html"))).contains(second.entry());
    }

    @Test
    void aNewNewestDocumentChangesOnlyTheLastDocumentGroupAndAddsNoneOrOne() {
        List<SearchDocument> docs = new ArrayList<>(SearchDocumentReader.read(RankingFixture.write(temp.resolve("site"))));
        // groups of a few docs, and a text table counted from the five oldest, so that the fixture makes several groups
        ShardWriter.Layout small = new ShardWriter.Layout(10_000, 64, 300, 1024, 5);
        SearchIndex.Built before = SearchIndex.build(docs, small);
        SearchDocument newest = docs.stream().max(IndexBuilder.PUBLICATION).orElseThrow();
        docs.add(new SearchDocument("issues/2099/1/01-x.html", "新的一条", newest.subject(), newest.subjectSlug(), newest.series(),
                newest.seriesName(), 1, 2099, "2099-01-01", "", "全新的内容：营商环境持续优化。"));
        SearchIndex.Built after = SearchIndex.build(docs, small);
        List<String> groups = before.files().keySet().stream().filter(f -> f.startsWith("search/d/")).toList();
        assertThat(groups).hasSizeGreaterThan(3);
        String last = "search/d/" + (groups.size() - 1) + ".js";
        groups.stream().filter(g -> !g.equals(last)).forEach(g -> assertThat(after.files().get(g)).as(g).isEqualTo(before.files().get(g)));
        assertThat(after.files().get(last)).isNotEqualTo(before.files().get(last));
        assertThat(after.files().keySet().stream().filter(f -> f.startsWith("search/d/")).count()).isBetween((long) groups.size(), groups.size() + 1L);
        assertThat(after.files().get("search/w.js")).isEqualTo(before.files().get("search/w.js"));
    }

    @Test
    void refusesASiteWithoutSearchPage() {
        SiteFixture.files(temp, "-- a.html --\n<article data-search-doc></article>\n");
        assertThatThrownBy(() -> PagesSearchIndex.write(temp)).isInstanceOf(SearchPageException.class)
                .hasMessageContaining("search.html").hasMessageContaining("missing");
    }

    @Test
    void refusesASearchPageWithoutThePlaceholder() {
        SiteFixture.files(temp, "-- search.html --\n<html><body><ol id=\"search-results\"></ol></body></html>\n");
        assertThatThrownBy(() -> PagesSearchIndex.write(temp)).isInstanceOf(SearchPageException.class)
                .hasMessageContaining("<script id=\"search-index\" data-src=\"\"></script>").hasMessageContaining("found 0");
    }

    @Test
    void escapesMarkupAndLineSeparatorsInsideTheScriptFiles() throws IOException {
        Path site = RankingFixture.write(temp.resolve("site"));
        SearchIndexReport report = PagesSearchIndex.write(site);
        String all = String.join("\n", tree(site.resolve("search")).values().stream()
                .map(b -> new String(b, StandardCharsets.UTF_8)).toList());
        // the texts are packed (the node tests read them back whole); the files themselves hold no markup at all
        assertThat(all).contains("\\u003cscript>alert(1)\\u003c/", "\\u2028").doesNotContain("<", "\u2028");
    }

    @Test
    void keepsTheGoldenFixtureIndexThatTheJavaScriptTestsSearchUpToDate() throws IOException {
        Path site = RankingFixture.write(temp.resolve("site"));
        SearchIndexReport report = PagesSearchIndex.write(site);
        Map<String, String> actual = text(tree(site.resolve("search")));
        // the JavaScript tests load the entry script by a fixed name
        actual.put("index.js", actual.remove("index." + report.hash() + ".js"));
        assertGolden(RankingFixture.GOLDEN, actual);
    }

    @Test
    void keepsTheGoldenFixtureIndexInGroupsOfAFewDocumentsUpToDate() throws IOException {
        // the same site with groups of one to three docs: the JavaScript tests check that it finds exactly what the
        // one-group index finds, so no result, snippet or count depends on where a group ends
        List<SearchDocument> docs = SearchDocumentReader.read(RankingFixture.write(temp.resolve("site")));
        SearchIndex.Built built = SearchIndex.build(docs, new ShardWriter.Layout(300, 64, 200, 1024, 2000));
        Map<String, String> actual = new TreeMap<>();
        text(built.files()).forEach((path, content) -> actual.put(path.equals(built.entry()) ? "index.js" : path.substring("search/".length()), content));
        assertThat(actual.keySet().stream().filter(f -> f.startsWith("d/")).count()).isGreaterThan(8);
        assertThat(actual.keySet().stream().filter(f -> f.startsWith("p/")).count()).isGreaterThan(1);
        assertGolden(RankingFixture.GOLDEN_SMALL_GROUPS, actual);
    }

    /** The golden index in {@code golden} is {@code actual}; rewritten first with -Dsearch.updateGolden=true. */
    private static void assertGolden(Path golden, Map<String, String> actual) throws IOException {
        if (UPDATE_GOLDEN) {
            if (Files.exists(golden)) {
                try (Stream<Path> old = Files.walk(golden)) {
                    for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            actual.forEach((path, content) -> SiteFixture.write(golden.resolve(path), content));
        }
        assertThat(text(tree(golden))).as("golden index is stale: rerun with -Dsearch.updateGolden=true and review the diff")
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
