package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bulletinarchive.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a page shows when it is shared (WeChat, 企业微信) or printed, and what the site's base URL changes: the committed
 * sample built without a base URL, and the archive of two series built with --base-url (given without its final '/').
 */
class SharingTest {

    private static final String BASE = "https://intranet.example/bulletins/";

    @TempDir
    static Path tmp;

    /** The sample without a base URL. */
    private static Path plain;
    /** Two series, with a county, a department and an original PDF, with the base URL. */
    private static Path shared;

    @BeforeAll
    static void buildWithAndWithoutABaseUrl() throws Exception {
        FixtureProject sample = FixtureProject.withCommittedContent(tmp.resolve("plain"));
        sample.build();
        plain = sample.site();
        FixtureProject two = SeveralSeriesSiteTest.twoSeries(tmp.resolve("shared"));
        new SiteBuilder(two.root, line -> { }).baseUrl(BASE.substring(0, BASE.length() - 1)).build(two.site());
        shared = two.site();
    }

    @Test
    void withoutABaseUrlNoPageCarriesAnAbsoluteAddressAQrCodeOrASitemapLink() throws Exception {
        assertThat(plain.resolve("sitemap.xml")).doesNotExist();
        for (Map.Entry<String, Document> page : pages(plain).entrySet()) {
            Document doc = page.getValue();
            assertThat(doc.select("link[rel=canonical], meta[property=og:url], meta[property=og:image]")).as(page.getKey()).isEmpty();
            assertThat(doc.select(".page-qr, .print-qr, #page-qr-modules")).as(page.getKey()).isEmpty();
        }
        try (Stream<Path> files = Files.walk(plain)) {
            for (Path file : files.filter(p -> p.toString().matches(".*\\.(html|xml|txt|js|css)$")).toList()) {
                assertThat(Files.readString(file)).as("%s names a sitemap that is not there", file).doesNotContainIgnoringCase("sitemap");
            }
        }
        String feed = Files.readString(plain.resolve("feed.xml"));
        assertThat(feed).doesNotContain("http://intranet", "https://").contains("href=\"issues/2023/17/index.html\"");
    }

    @Test
    void withABaseUrlTheSitemapListsEveryPageButNotFoundByItsAbsoluteAddress() throws Exception {
        Document sitemap = Jsoup.parse(Files.readString(shared.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> locations = sitemap.select("url > loc").eachText();
        List<String> expected = new ArrayList<>(pages(shared).keySet().stream().filter(p -> !p.equals("404.html")).map(p -> BASE + p).toList());
        assertThat(locations).containsExactlyInAnyOrderElementsOf(expected)
                .contains(BASE + "index.html", BASE + "series/yongzhou-jianbao/2023/17/index.html", BASE + "cities/changsha.html");
    }

    @Test
    void withABaseUrlTheFeedsLinkTheirIssuesByAbsoluteAddress() throws Exception {
        for (String feed : List.of("feed.xml", "issues/feed.xml", "series/yongzhou-jianbao/feed.xml")) {
            Document doc = Jsoup.parse(Files.readString(shared.resolve(feed)), "", Parser.xmlParser());
            List<String> links = doc.select("link").eachAttr("href");
            assertThat(links).as(feed).isNotEmpty().allMatch(l -> l.startsWith(BASE), "absolute through the base URL");
            for (String link : links) {
                assertThat(shared.resolve(link.substring(BASE.length()))).as("%s links %s", feed, link).isRegularFile();
            }
            assertThat(links).as(feed).contains(BASE + feed);
        }
        assertThat(Jsoup.parse(Files.readString(shared.resolve("series/yongzhou-jianbao/feed.xml")), "", Parser.xmlParser())
                .select("entry > link").eachAttr("href")).containsExactly(BASE + "series/yongzhou-jianbao/2023/17/index.html",
                BASE + "series/yongzhou-jianbao/2023/16/index.html");
    }

    @Test
    void aBaseUrlOnTheCommandLineOverridesSiteHostAndAnEmptyOneLeavesItInCharge() throws Exception {
        FixtureProject project = FixtureProject.withCommittedContent(tmp.resolve("cli"));
        Path props = project.root.resolve("jbake.properties");
        Files.writeString(props, Files.readString(props).replace("site.host=\n", "site.host=https://setting.example/zb/\n"));
        PrintStream out = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("build", "--source", project.root.toString(), "--out", project.site().toString(),
                    "--base-url", "http://10.0.0.7:8080/bulletins")).isZero();
            assertThat(page(project.site(), "index.html").selectFirst("link[rel=canonical]").attr("href"))
                    .isEqualTo("http://10.0.0.7:8080/bulletins/index.html");
            // as `mvn package` passes it when -Dsite.baseUrl is not given
            assertThat(Main.run("build", "--source", project.root.toString(), "--out", project.site().toString(), "--base-url=")).isZero();
            assertThat(page(project.site(), "index.html").selectFirst("link[rel=canonical]").attr("href"))
                    .isEqualTo("https://setting.example/zb/index.html");
        } finally {
            System.setOut(out);
        }
    }

    private static Document page(Path site, String path) throws Exception {
        Path file = site.resolve(path);
        assertThat(file).as(path).isRegularFile();
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    /** Every HTML page of a site by its path from the site root. */
    private static Map<String, Document> pages(Path site) throws Exception {
        Map<String, Document> pages = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                pages.put(site.relativize(file).toString().replace('\\', '/'), Jsoup.parse(file.toFile(), "UTF-8"));
            }
        }
        return pages;
    }
}
