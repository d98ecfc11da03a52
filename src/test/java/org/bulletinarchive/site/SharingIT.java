package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.bulletinarchive.cli.Main;
import org.bulletinarchive.model.Text;
import org.bulletinarchive.testsupport.QrDecoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a page shows when it is shared (WeChat, 企业微信) or printed, and what the site's base URL changes: the committed
 * sample built without a base URL, and the archive of two series built with --base-url (given without its final '/').
 */
class SharingIT {

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
        FixtureProject two = SeveralSeriesSiteIT.twoSeries(tmp.resolve("shared"));
        new SiteBuilder(two.root, line -> { }).baseUrl(BASE.substring(0, BASE.length() - 1)).build(two.site());
        shared = two.site();
    }

    @Test
    void everyPageHasATitleOfItsOwnAndADescriptionForItsShareCard() throws Exception {
        for (Path site : List.of(plain, shared)) {
            Map<String, String> pageOfTitle = new HashMap<>();
            for (Map.Entry<String, Document> page : pages(site).entrySet()) {
                Document doc = page.getValue();
                String name = page.getKey();
                String title = doc.title();
                assertThat(pageOfTitle.put(title, name)).as("%s has the title of another page: %s", name, title).isNull();
                String description = doc.selectFirst("meta[name=description]").attr("content");
                assertThat(description).as(name).isNotBlank();
                assertThat(description.codePointCount(0, description.length())).as(name).isLessThanOrEqualTo(120);
                assertThat(doc.selectFirst("meta[property=og:title]").attr("content")).as(name).isEqualTo(title);
                assertThat(doc.selectFirst("meta[property=og:description]").attr("content")).as(name).isEqualTo(description);
                assertThat(doc.selectFirst("meta[property=og:type]").attr("content")).as(name)
                        .isEqualTo(doc.body().hasClass("kind-issue") || doc.body().hasClass("kind-entry") ? "article" : "website");
            }
        }
    }

    @Test
    void anEntryIsTitledByPlaceNumberAndSeriesAndDescribedByItsFirstSentence() throws Exception {
        Document entry = page(plain, "issues/2023/17/10-changsha.html");
        assertThat(entry.title()).isEqualTo("长沙 · 第17期 · 永州市打好优化发展环境持久仗 工作专报");
        String text = entry.selectFirst(".entry-text p").text();
        assertThat(entry.selectFirst("meta[name=description]").attr("content")).isEqualTo(Text.firstSentence(text))
                .startsWith("长沙市政府工作报告提出").endsWith("。");
        Document issue = page(plain, "issues/2023/17/index.html");
        assertThat(issue.title()).isEqualTo("第17期（2023年9月28日） · 永州市打好优化发展环境持久仗 工作专报");
        // the first sentence of its 编者按, cut to what a share card shows
        String note = issue.selectFirst(".editors-note p").ownText();
        assertThat(issue.selectFirst("meta[name=description]").attr("content")).isEqualTo(Text.shorten(Text.firstSentence(note), 120))
                .startsWith("省委书记沈晓明在省委第十二届四次全会上强调");
        Document second = page(shared, "series/yongzhou-jianbao/2023/17/index.html");
        assertThat(second.title()).endsWith(" · 永州市营商环境工作简报");
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
    void withABaseUrlEveryPageNamesItsOwnAddressAndTheArchivesIcon() throws Exception {
        for (Map.Entry<String, Document> page : pages(shared).entrySet()) {
            Document doc = page.getValue();
            String name = page.getKey();
            assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).as(name).isEqualTo(BASE + name);
            assertThat(doc.selectFirst("meta[property=og:url]").attr("content")).as(name).isEqualTo(BASE + name);
            String image = doc.selectFirst("meta[property=og:image]").attr("content");
            assertThat(image).as(name).startsWith(BASE).endsWith(".png");
            BufferedImage png = ImageIO.read(shared.resolve(image.substring(BASE.length())).toFile());
            assertThat(png.getWidth()).as("og:image width").isGreaterThanOrEqualTo(300).isEqualTo(png.getHeight());
            assertThat(doc.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo(String.valueOf(png.getWidth()));
        }
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
    void withABaseUrlEachIssueAndEntryPageShowsAQrCodeOfItsOwnAddressOnScreenAndInPrint() throws Exception {
        int codes = 0;
        for (Map.Entry<String, Document> page : pages(shared).entrySet()) {
            Document doc = page.getValue();
            String name = page.getKey();
            boolean article = doc.body().hasClass("kind-issue") || doc.body().hasClass("kind-entry");
            if (!article) {
                assertThat(doc.select(".page-qr, .print-qr")).as(name).isEmpty();
                continue;
            }
            codes++;
            Element figure = doc.selectFirst("figure.page-qr");
            assertThat(figure).as(name).isNotNull();
            assertThat(figure.selectFirst("figcaption").text()).isEqualTo("手机扫码阅读");
            Element svg = figure.selectFirst("svg[role=img]");
            assertThat(svg.attr("aria-label")).as(name).contains(BASE + name);
            int size = Integer.parseInt(svg.attr("viewBox").split(" ")[2]);
            String path = svg.selectFirst("path#page-qr-modules").attr("d");
            assertThat(QrDecoder.decodeSvgPath(size, path)).as("what a phone reads from %s", name).isEqualTo(BASE + name);
            Element print = doc.selectFirst(".print-source svg.print-qr");
            assertThat(print).as("%s prints its code in the footer", name).isNotNull();
            assertThat(print.selectFirst("use").attr("href")).isEqualTo("#page-qr-modules");
            assertThat(print.attr("viewBox")).isEqualTo(svg.attr("viewBox"));
        }
        assertThat(codes).as("3 issues and 24 entries").isEqualTo(27);
    }

    @Test
    void everyPageLinksTheFaviconAndTheHomeScreenIconAndTheSiteRootHasAFaviconIco() throws Exception {
        for (Path site : List.of(plain, shared)) {
            for (Map.Entry<String, Document> page : pages(site).entrySet()) {
                String name = page.getKey();
                Path from = site.resolve(name);
                BufferedImage favicon = ImageIO.read(from.resolveSibling(page.getValue().selectFirst("link[rel=icon][type=image/png]").attr("href")).toFile());
                assertThat(favicon.getWidth()).as(name).isEqualTo(32);
                BufferedImage touch = ImageIO.read(from.resolveSibling(page.getValue().selectFirst("link[rel=apple-touch-icon]").attr("href")).toFile());
                assertThat(touch.getWidth()).as(name).isEqualTo(180);
                assertThat(touch.getHeight()).as(name).isEqualTo(180);
            }
            ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(site.resolve("favicon.ico"))).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(ico.getShort(0)).as("reserved").isZero();
            assertThat(ico.getShort(2)).as("type: icon").isEqualTo((short) 1);
            List<Integer> sizes = new ArrayList<>();
            for (int i = 0; i < ico.getShort(4); i++) {
                int entry = 6 + 16 * i;
                int width = Byte.toUnsignedInt(ico.get(entry));
                sizes.add(width);
                byte[] png = new byte[ico.getInt(entry + 8)];
                ico.get(ico.getInt(entry + 12), png);
                assertThat(ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth()).isEqualTo(width);
            }
            assertThat(sizes).containsExactly(16, 32);
        }
    }

    @Test
    void evenWithABaseUrlNoPageLoadsAFileFromAnotherHost() throws Exception {
        for (Map.Entry<String, Document> page : pages(shared).entrySet()) {
            Document doc = page.getValue();
            String name = page.getKey();
            for (Element loaded : doc.select("link[href]:not([rel=canonical]):not([rel=alternate]), script[src], img[src], source[src], iframe[src], use[href]")) {
                String url = loaded.hasAttr("src") ? loaded.attr("src") : loaded.attr("href");
                assertThat(url).as("%s loads %s", name, loaded).doesNotContain("//").doesNotStartWith("/").doesNotContain(":");
            }
            // what a reader follows may lead to the site's own address; nothing else is absolute
            for (Element followed : doc.select("a[href], form[action]")) {
                String url = followed.hasAttr("action") ? followed.attr("action") : followed.attr("href");
                if (url.contains(":") || url.startsWith("/")) {
                    assertThat(url).as("%s: %s", name, followed).startsWith(BASE);
                }
            }
        }
    }

    @Test
    void theNotFoundPageCarriesItsOwnStylesheetAndLeadsThroughTheBaseUrlWhenThereIsOne() throws Exception {
        for (Path site : List.of(plain, shared)) {
            Document notFound = page(site, "404.html");
            assertThat(notFound.select("link[rel=stylesheet]")).isEmpty();
            assertThat(notFound.selectFirst("head style").data()).contains(".site-header", "prefers-color-scheme: dark", "--accent: #a4161a");
            assertThat(notFound.select("body script:not([src])")).hasSize(1);
        }
        Document withBase = page(shared, "404.html");
        assertThat(withBase.select("main a").eachAttr("href")).containsExactly(BASE + "index.html", BASE + "issues/index.html",
                BASE + "cities/index.html", BASE + "search.html");
        assertThat(withBase.selectFirst("form.site-search").attr("action")).isEqualTo(BASE + "search.html");
        assertThat(page(plain, "404.html").select("main a").eachAttr("href")).containsExactly("index.html", "issues/index.html",
                "cities/index.html", "search.html");
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
