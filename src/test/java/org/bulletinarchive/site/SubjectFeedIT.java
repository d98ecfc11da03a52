package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bulletinarchive.search.SiteFixture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A feed per subject (cities/<slug>.xml): Atom like the series feeds, one entry per item tagged with the subject, linked
 * from the subject's page. Built from the committed sample with {@link ItemsAndTagsSiteIT#TAGGED} (an item with three
 * subjects) and a later issue whose item carries control characters, once without a base URL and once with one and
 * feed.issues=1. All bulletin text here is made up for the test.
 */
class SubjectFeedIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String BASE = "https://intranet.example/bulletins/";
    /** A later issue of the second series, its note and its one item (on 长沙县) with characters XML 1.0 does not allow. */
    private static final String CONTROL_CHARACTERS = """
            -- content/series/changsha-tongbao/2024/6/index.md --
            title=长沙市优化营商环境工作通报 第6期
            type=issue
            status=published
            date=2024-04-10
            series=长沙市优化营商环境工作通报
            seriesSlug=changsha-tongbao
            issue=6
            issueText=第6期
            issuer=长沙市优化营商环境协调事务中心
            dateText=2024年4月10日
            entries=1
            ~~~~~~

            现将有关情况\u0008通报如下。
            -- content/series/changsha-tongbao/2024/6/01-changsha-xian.md --
            title=长沙县 · 第6期
            type=entry
            status=published
            date=2024-04-10
            issue=6
            order=1
            section=
            heading=长沙县推行\u0007“一件事一次办”
            subject.1=长沙县|changsha-xian|county|hunan|changsha|430121
            ~~~~~~

            长沙县\u0001推行“一件事一次办”，\u001B办理时限压缩一半\u000B以上。
            """;

    @TempDir
    static Path tmp;
    /** Without a base URL: links relative to the feed. */
    static Path plain;
    /** With a base URL and feed.issues=1. */
    static Path hosted;

    @BeforeAll
    static void bake() throws Exception {
        FixtureProject p = FixtureProject.withCommittedContent(tmp.resolve("plain"));
        SiteFixture.files(p.root, ItemsAndTagsSiteIT.TAGGED + CONTROL_CHARACTERS);
        p.build();
        plain = p.site();
        FixtureProject h = FixtureProject.withCommittedContent(tmp.resolve("hosted"));
        SiteFixture.files(h.root, ItemsAndTagsSiteIT.TAGGED + CONTROL_CHARACTERS);
        Path props = h.root.resolve("jbake.properties");
        Files.writeString(props, Files.readString(props).replace("feed.issues=20\n", "feed.issues=1\n"));
        new SiteBuilder(h.root, line -> { }).baseUrl(BASE).build(h.site());
        hosted = h.site();
    }

    private static List<Path> feeds(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("cities"))) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
    }

    /** Parses the feed as XML, which fails on a control character or anything else that is not well-formed. */
    private static Element feed(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        return document.getDocumentElement();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as(name + " of " + parent.getLocalName()).hasSize(1);
        return found.get(0).getTextContent();
    }

    private static List<Element> entries(Path file) throws Exception {
        return children(feed(file), "entry");
    }

    private static String alternate(Element entry) {
        return children(entry, "link").stream().filter(l -> l.getAttribute("rel").equals("alternate")).findFirst().orElseThrow().getAttribute("href");
    }

    @Test
    void everySubjectHasAFeedBesideItsPage() throws Exception {
        for (Path site : List.of(plain, hosted)) {
            try (Stream<Path> files = Files.list(site.resolve("cities"))) {
                List<String> pages = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".html") && !n.equals("index.html")).toList();
                assertThat(pages).hasSizeGreaterThan(20);
                assertThat(feeds(site).stream().map(f -> f.getFileName().toString().replace(".xml", ".html")).toList())
                        .containsExactlyInAnyOrderElementsOf(pages);
            }
        }
    }

    @Test
    void aSubjectFeedIsAtomWithTheElementsItRequires() throws Exception {
        String dateTime = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00";
        for (Path site : List.of(plain, hosted)) {
            for (Path file : feeds(site)) {
                Element feed = feed(file);
                assertThat(feed.getNamespaceURI()).as(file.toString()).isEqualTo(ATOM);
                assertThat(feed.getLocalName()).isEqualTo("feed");
                assertThat(text(feed, "id")).as(file.toString()).isNotBlank();
                assertThat(text(feed, "title")).as(file.toString()).isNotBlank();
                assertThat(text(feed, "updated")).as(file.toString()).matches(dateTime);
                assertThat(children(children(feed, "author").get(0), "name").get(0).getTextContent()).isNotBlank();
                assertThat(entries(file)).as(file.toString()).isNotEmpty();
                for (Element entry : entries(file)) {
                    assertThat(text(entry, "id")).as(file.toString()).isNotBlank();
                    assertThat(text(entry, "title")).as(file.toString()).isNotBlank();
                    assertThat(text(entry, "updated")).as(file.toString()).matches(dateTime);
                    assertThat(alternate(entry)).as(file.toString()).isNotBlank();
                }
            }
        }
    }

    @Test
    void theFeedIsNamedAfterItsSubjectAndItsIdsAreAbsoluteWithABaseUrl() throws Exception {
        Element plainFeed = feed(plain.resolve("cities/changsha-xian.xml"));
        assertThat(text(plainFeed, "title")).startsWith("长沙县 · ");
        assertThat(text(plainFeed, "id")).startsWith("urn:bulletin-archive:").endsWith(":subject:changsha-xian");
        assertThat(children(plainFeed, "entry").stream().map(e -> text(e, "id")))
                .containsExactly("urn:bulletin-archive:item:series:changsha-tongbao:2024:6:01-changsha-xian",
                        "urn:bulletin-archive:item:series:changsha-tongbao:2024:5:01-changsha-xian");
        Element hostedFeed = feed(hosted.resolve("cities/changsha-xian.xml"));
        assertThat(text(hostedFeed, "id")).isEqualTo(BASE + "cities/changsha-xian.xml");
        assertThat(children(hostedFeed, "link").stream().map(l -> l.getAttribute("href")))
                .containsExactly(BASE + "cities/changsha-xian.xml", BASE + "cities/changsha-xian.html");
        assertThat(children(hostedFeed, "entry").stream().map(e -> text(e, "id")))
                .containsExactly(BASE + "series/changsha-tongbao/2024/6/01-changsha-xian.html");
    }

    @Test
    void everyEntryLinkLeadsToAPageOfTheSite() throws Exception {
        for (Path file : feeds(plain)) {
            for (Element entry : entries(file)) {
                String href = alternate(entry);
                assertThat(href).as(file.toString()).startsWith("../").endsWith(".html");
                assertThat(file.getParent().resolve(href).normalize()).as(file + ": " + href).isRegularFile();
            }
        }
        for (Path file : feeds(hosted)) {
            for (Element entry : entries(file)) {
                String href = alternate(entry);
                assertThat(href).as(file.toString()).startsWith(BASE).endsWith(".html");
                assertThat(hosted.resolve(href.substring(BASE.length()))).as(file + ": " + href).isRegularFile();
            }
        }
    }

    @Test
    void anItemTaggedWithSeveralSubjectsIsAnEntryOfEachOfTheirFeeds() throws Exception {
        for (String slug : List.of("changsha-xian", "liuyang", "ningxiang")) {
            assertThat(entries(plain.resolve("cities/" + slug + ".xml")).stream().map(SubjectFeedIT::alternate))
                    .as(slug).contains("../series/changsha-tongbao/2024/5/01-changsha-xian.html");
        }
        // the item about no subject is in no subject's feed
        for (Path file : feeds(plain)) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain("02-item.html");
        }
    }

    @Test
    void aFeedListsItsNewestItemsFirstAndAtMostFeedIssuesOfThem() throws Exception {
        assertThat(entries(plain.resolve("cities/changsha-xian.xml")).stream().map(SubjectFeedIT::alternate)).containsExactly(
                "../series/changsha-tongbao/2024/6/01-changsha-xian.html", "../series/changsha-tongbao/2024/5/01-changsha-xian.html");
        assertThat(text(feed(plain.resolve("cities/changsha-xian.xml")), "updated")).isEqualTo("2024-04-10T00:00:00+08:00");
        for (Path file : feeds(hosted)) {
            assertThat(entries(file)).as(file.toString()).hasSize(1);
        }
    }

    @Test
    void controlCharactersInTheContentReachNoFeed() throws Exception {
        for (Path site : List.of(plain, hosted)) {
            List<Path> files = new ArrayList<>(feeds(site));
            files.addAll(List.of(site.resolve("feed.xml"), site.resolve("series/changsha-tongbao/feed.xml")));
            for (Path file : files) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");
                feed(file);
            }
            assertThat(Files.readString(site.resolve("cities/changsha-xian.xml"))).contains("一件事一次办");
            assertThat(Files.readString(site.resolve("series/changsha-tongbao/feed.xml"))).contains("现将有关情况通报如下");
        }
    }

    @Test
    void theSubjectPageNamesItsFeedInItsHeadAndInItsText() throws Exception {
        for (String page : List.of("cities/changsha-xian.html", "cities/changsha.html")) {
            org.jsoup.nodes.Document html = Jsoup.parse(plain.resolve(page).toFile(), "UTF-8");
            String slug = page.substring("cities/".length(), page.length() - ".html".length());
            assertThat(html.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                    .as(page).containsExactly("../feed.xml", "../cities/" + slug + ".xml");
            assertThat(html.select("main a[href$=.xml]").eachAttr("href")).as(page).containsExactly("../cities/" + slug + ".xml");
            assertThat(html.selectFirst("main a[href$=.xml]").text()).contains("订阅", "Atom");
        }
    }
}
