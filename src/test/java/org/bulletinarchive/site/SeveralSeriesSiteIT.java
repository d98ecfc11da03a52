package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.bulletinarchive.check.LinkChecker;
import org.bulletinarchive.load.ContentException;
import org.bulletinarchive.search.SearchDocument;
import org.bulletinarchive.search.SearchDocumentReader;
import org.bulletinarchive.search.SiteFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive of two series: the committed sample (第17期 of the first series) and a second series,
 * 永州市营商环境工作简报, whose 第17期 of 2023 has the same year and number, a county, a department,
 * one subject twice and the original PDF. All text of the second series is made up for the test.
 */
class SeveralSeriesSiteIT {

    static final String SECOND_SERIES = """
            -- content/series/yongzhou-jianbao/2023/16/index.md --
            title=永州市营商环境工作简报 第16期
            type=issue
            status=published
            date=2023-09-20
            series=永州市营商环境工作简报
            seriesSlug=yongzhou-jianbao
            issue=16
            issueText=第 16 期
            totalNumber=57
            issuer=永州市营商环境办
            dateText=2023 年 9 月 20 日
            section.1=【县区动态】
            entries=1
            ~~~~~~

            本期简要介绍县区的试点做法。
            -- content/series/yongzhou-jianbao/2023/16/01-changsha.md --
            title=长沙 · 第16期
            type=entry
            status=published
            date=2023-09-20
            issue=16
            order=1
            section=【县区动态】
            city=长沙
            citySlug=changsha
            cityGroup=hunan
            ~~~~~~

            长沙试行企业开办一日办结，窗口合并为一个。
            -- content/series/yongzhou-jianbao/2023/17/index.md --
            title=永州市营商环境工作简报 第17期
            type=issue
            status=published
            date=2023-10-20
            series=永州市营商环境工作简报
            seriesSlug=yongzhou-jianbao
            issue=17
            issueText=第 17 期
            totalNumber=58
            issuer=永州市营商环境办
            dateText=2023 年 10 月 20 日
            headline=各地推行帮办代办服务的做法
            addressee=各县区人民政府，市直有关单位：
            section.1=【县区动态】
            section.2=【部门动态】
            imprint.1=永州市营商环境办 2023年10月20日印发
            imprint.2=（共印40份）
            source.1=raw/yongzhou-jianbao/2023-17.pdf
            entries=4
            ~~~~~~

            按语：帮办代办让企业少跑路，现将几地做法摘编如下，供参考。
            -- content/series/yongzhou-jianbao/2023/17/01-changshaxian.md --
            title=长沙县 · 第17期
            type=entry
            status=published
            date=2023-10-20
            issue=17
            order=1
            section=【县区动态】
            heading=1. 长沙县
            city=长沙县
            citySlug=changshaxian
            cityGroup=hunan
            cityKind=county
            cityParent=changsha
            cityCode=430121
            ~~~~~~

            长沙县设立帮办代办专区，首批配备帮办员十二名，项目审批平均提速三成。
            -- content/series/yongzhou-jianbao/2023/17/02-changsha.md --
            title=长沙 · 第17期
            type=entry
            status=published
            date=2023-10-20
            issue=17
            order=2
            section=【县区动态】
            city=长沙
            citySlug=changsha
            cityGroup=hunan
            ~~~~~~

            长沙为重点项目指定专人帮办，开工前手续一次讲清。
            -- content/series/yongzhou-jianbao/2023/17/03-changsha.md --
            title=长沙 · 第17期
            type=entry
            status=published
            date=2023-10-20
            issue=17
            order=3
            section=【县区动态】
            city=长沙
            citySlug=changsha
            cityGroup=hunan
            ~~~~~~

            长沙还把帮办代办延伸到园区，夜间也可预约办理。
            -- content/series/yongzhou-jianbao/2023/17/04-dept-fagaiwei.md --
            title=市发改委 · 第17期
            type=entry
            status=published
            date=2023-10-20
            issue=17
            order=4
            section=【部门动态】
            city=市发改委
            citySlug=dept-fagaiwei
            cityGroup=departments
            cityKind=department
            ~~~~~~

            市发改委梳理帮办代办事项清单，首批公布四十项。
            """;

    /** The smallest file a PDF reader opens: one empty page. */
    static final String TINY_PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

    @TempDir
    static Path shared;

    static FixtureProject project;
    static SiteBuilder.Result result;

    @BeforeAll
    static void bakeTwoSeries() throws Exception {
        project = twoSeries(shared.resolve("p"));
        result = project.build();
    }

    static FixtureProject twoSeries(Path dir) throws Exception {
        FixtureProject p = FixtureProject.withCommittedContent(dir);
        SiteFixture.files(p.root, SECOND_SERIES);
        Files.createDirectories(p.root.resolve("raw/yongzhou-jianbao"));
        Files.writeString(p.root.resolve("raw/yongzhou-jianbao/2023-17.pdf"), TINY_PDF, StandardCharsets.ISO_8859_1);
        return p;
    }

    private static Document page(String path) throws Exception {
        Path file = project.site().resolve(path);
        assertThat(file).as(path).isRegularFile();
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void keepsTheUrlsOfTheFirstSeriesWhenASecondIsAdded() throws Exception {
        for (String path : List.of("index.html", "issues/index.html", "issues/2023/17/index.html", "issues/2023/17/10-changsha.html",
                "issues/2023/17/04-greater-bay-area.html", "cities/changsha.html", "cities/index.html", "search.html")) {
            assertThat(project.site().resolve(path)).as(path).isRegularFile();
        }
        assertThat(page("issues/index.html").select(".timeline-issue h3 a").eachAttr("href")).containsExactly("../issues/2023/17/index.html");
        assertThat(result.issues()).isEqualTo(3);
        assertThat(result.entries()).isEqualTo(19 + 5);
    }

    @Test
    void givesTheSecondSeriesItsOwnTimelineAndPreviousAndNextWithinIt() throws Exception {
        Document timeline = page("series/yongzhou-jianbao/index.html");
        assertThat(timeline.selectFirst("h1").text()).isEqualTo("永州市营商环境工作简报");
        assertThat(timeline.select(".timeline-issue h3 a").eachAttr("href"))
                .containsExactly("../../series/yongzhou-jianbao/2023/17/index.html", "../../series/yongzhou-jianbao/2023/16/index.html");
        assertThat(timeline.select(".other-series a").eachAttr("href")).containsExactly("../../issues/index.html");

        Document seventeen = page("series/yongzhou-jianbao/2023/17/index.html");
        assertThat(seventeen.selectFirst("a[rel=prev]").attr("href")).isEqualTo("../../../../series/yongzhou-jianbao/2023/16/index.html");
        assertThat(seventeen.select("a[rel=next]")).isEmpty();
        // the first series' 第17期 lies between the two by date, yet is neither's neighbour
        Document first = page("issues/2023/17/index.html");
        assertThat(first.select("a[rel=prev], a[rel=next]")).isEmpty();
        assertThat(seventeen.select(".breadcrumb a").eachText()).containsExactly("首页", "永州市营商环境工作简报");
        assertThat(first.select(".breadcrumb a").eachAttr("href")).containsExactly("../../../index.html", "../../../issues/index.html");
    }

    @Test
    void titlesCarryTheSeriesOfTheirIssue() throws Exception {
        assertThat(page("issues/2023/17/index.html").title()).isEqualTo("第17期（2023年9月28日） · 永州市打好优化发展环境持久仗 工作专报");
        assertThat(page("issues/2023/17/10-changsha.html").title()).isEqualTo("长沙 · 第17期 · 永州市打好优化发展环境持久仗 工作专报");
        assertThat(page("series/yongzhou-jianbao/2023/17/index.html").title()).isEqualTo("第17期（2023年10月20日） · 永州市营商环境工作简报");
        assertThat(page("series/yongzhou-jianbao/2023/17/01-changshaxian.html").title()).isEqualTo("长沙县 · 第17期 · 永州市营商环境工作简报");
        assertThat(page("series/yongzhou-jianbao/2023/17/01-changshaxian.html").selectFirst(".entry-meta").text()).startsWith("永州市营商环境工作简报 · 第17期");
        assertThat(page("index.html").title()).isEqualTo("永州市优化发展环境工作专报档案");
        assertThat(page("cities/index.html").title()).isEqualTo("地区与单位 · 永州市优化发展环境工作专报档案");
    }

    @Test
    void homeShowsEverySeriesAndLabelsRecentIssuesWithTheirSeries() throws Exception {
        Document home = page("index.html");
        assertThat(home.select(".series-card .series-name").eachText()).containsExactly("永州市打好优化发展环境持久仗 工作专报", "永州市营商环境工作简报");
        assertThat(home.select(".series-card .series-name").eachAttr("href")).containsExactly("issues/index.html", "series/yongzhou-jianbao/index.html");
        assertThat(home.selectFirst("#latest-title").text()).contains("永州市营商环境工作简报", "第17期", "2023年10月20日");
        assertThat(home.select(".recent li").eachText()).hasSize(3)
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("永州市营商环境工作简报 第17期"),
                        second -> assertThat(second).startsWith("永州市打好优化发展环境持久仗 工作专报 第17期"),
                        third -> assertThat(third).startsWith("永州市营商环境工作简报 第16期"));
        assertThat(Files.readString(project.site().resolve("feed.xml"))).contains("<title>永州市营商环境工作简报 第17期（2023年10月20日）</title>");
    }

    @Test
    void theMenusTimelineLinkLeadsToTheTimelineOfThePagesOwnSeries() throws Exception {
        assertThat(page("series/yongzhou-jianbao/2023/17/index.html").select(".site-nav a[aria-current]").eachAttr("href"))
                .containsExactly("../../../../series/yongzhou-jianbao/index.html");
        assertThat(page("issues/2023/17/index.html").select(".site-nav a[aria-current]").eachAttr("href"))
                .containsExactly("../../../issues/index.html");
    }

    @Test
    void eachSeriesHasItsOwnFeedBesideItsTimelineWithOnlyItsIssues() throws Exception {
        org.jsoup.nodes.Document feed = org.jsoup.Jsoup.parse(Files.readString(project.site().resolve("series/yongzhou-jianbao/feed.xml")), "",
                org.jsoup.parser.Parser.xmlParser());
        assertThat(feed.selectFirst("feed > title").text()).isEqualTo("永州市营商环境工作简报");
        assertThat(feed.select("entry > title").eachText()).containsExactly("第17期（2023年10月20日）", "第16期（2023年9月20日）");
        assertThat(feed.select("entry > link").eachAttr("href")).allMatch(h -> h.startsWith("../../series/yongzhou-jianbao/2023/"));
        org.jsoup.nodes.Document first = org.jsoup.Jsoup.parse(Files.readString(project.site().resolve("issues/feed.xml")), "",
                org.jsoup.parser.Parser.xmlParser());
        assertThat(first.select("entry > title").eachText()).containsExactly("第17期（2023年9月28日）");
        assertThat(page("series/yongzhou-jianbao/index.html").select(".series-feed a").eachAttr("href")).containsExactly("../../series/yongzhou-jianbao/feed.xml");
    }

    @Test
    void issuePageShowsHeadlineAddresseeTotalNumberAndImprint() throws Exception {
        Document issue = page("series/yongzhou-jianbao/2023/17/index.html");
        assertThat(issue.selectFirst(".masthead-number").text()).isEqualTo("第17期 （总第58期）");
        assertThat(issue.selectFirst(".issue-headline").text()).isEqualTo("各地推行帮办代办服务的做法");
        assertThat(issue.selectFirst(".issue-addressee").text()).isEqualTo("各县区人民政府，市直有关单位：");
        assertThat(issue.select(".imprint").eachText()).containsExactly("永州市营商环境办 2023年10月20日印发", "（共印40份）");
        assertThat(issue.selectFirst(".editors-note strong").text()).isEqualTo("按语：");
        assertThat(page("issues/2023/17/index.html").select(".issue-originals, .issue-headline, .masthead-total")).isEmpty();
    }

    @Test
    void copiesTheOriginalPdfBesideTheIssueAndLinksItWithItsSize() throws Exception {
        Path pdf = project.site().resolve("series/yongzhou-jianbao/2023/17/yongzhou-jianbao-2023-17.pdf");
        assertThat(pdf).hasBinaryContent(TINY_PDF.getBytes(StandardCharsets.ISO_8859_1));
        Element link = page("series/yongzhou-jianbao/2023/17/index.html").selectFirst("a.issue-original");
        assertThat(link.text()).isEqualTo("原件（PDF）");
        assertThat(link.attr("href")).isEqualTo("../../../../series/yongzhou-jianbao/2023/17/yongzhou-jianbao-2023-17.pdf");
        assertThat(link.parent().text()).contains(TINY_PDF.length() + " 字节");
        try (ZipFile zip = new ZipFile(result.zip().toFile())) {
            assertThat(zip.getEntry("site/series/yongzhou-jianbao/2023/17/yongzhou-jianbao-2023-17.pdf")).isNotNull();
        }
    }

    @Test
    void theLinkCheckerAcceptsThePdfAndCatchesItWhenMissing(@TempDir Path tmp) throws Exception {
        assertThat(new LinkChecker(project.site()).check()).isEmpty();
        Path copy = tmp.resolve("site");
        org.bulletinarchive.testsupport.Trees.copy(project.site(), copy);
        Files.delete(copy.resolve("series/yongzhou-jianbao/2023/17/yongzhou-jianbao-2023-17.pdf"));
        assertThat(new LinkChecker(copy).check()).singleElement().satisfies(problem -> {
            assertThat(problem.page()).isEqualTo("series/yongzhou-jianbao/2023/17/index.html");
            assertThat(problem.link()).endsWith("yongzhou-jianbao-2023-17.pdf");
        });
    }

    @Test
    void anOriginalMissingFromTheProjectFailsTheBuildNamingTheSourceLine(@TempDir Path tmp) throws Exception {
        FixtureProject p = twoSeries(tmp.resolve("p"));
        Files.delete(p.root.resolve("raw/yongzhou-jianbao/2023-17.pdf"));
        assertThatThrownBy(p::build).isInstanceOf(ContentException.class)
                .hasMessageStartingWith("content/series/yongzhou-jianbao/2023/17/index.md:18: ")
                .hasMessageContaining("raw/yongzhou-jianbao/2023-17.pdf");
        assertThat(p.site()).doesNotExist();
    }

    @Test
    void theSubjectIndexGroupsTheCountyUnderItsPrefectureUnderItsProvince() throws Exception {
        Document index = page("cities/index.html");
        Element hunan = index.getElementById("group-hunan");
        assertThat(hunan.selectFirst("h2").text()).isEqualTo("湖南");
        Element changsha = hunan.selectFirst("li.subject-family[data-subject=changsha]");
        assertThat(changsha.selectFirst("a").attr("href")).isEqualTo("../cities/changsha.html");
        assertThat(changsha.select(".subject-children a").eachAttr("href")).containsExactly("../cities/changshaxian.html");
        assertThat(index.select("li[data-subject=changshaxian]")).hasSize(1);
        Element departments = index.getElementById("group-departments");
        assertThat(departments.selectFirst("h2").text()).isEqualTo("部门");
        assertThat(departments.select("a").eachText()).containsExactly("市发改委 1");
        assertThat(index.select(".subject-group h2").eachText()).endsWith("区域", "部门");

        Document county = page("series/yongzhou-jianbao/2023/17/01-changshaxian.html");
        assertThat(county.select(".subject-chain li").eachText()).containsExactly("湖南", "长沙", "长沙县");
        assertThat(county.select(".subject-chain a").eachAttr("href"))
                .containsExactly("../../../../cities/index.html#group-hunan", "../../../../cities/changsha.html");
        assertThat(page("cities/changshaxian.html").select(".subject-chain li").eachText()).containsExactly("湖南", "长沙", "长沙县");
        assertThat(page("series/yongzhou-jianbao/2023/17/04-dept-fagaiwei.html").select(".subject-chain li").eachText())
                .containsExactly("部门", "市发改委");
    }

    @Test
    void tellsTwoEntriesOnTheSameSubjectInOneIssueApart() throws Exception {
        Document issue = page("series/yongzhou-jianbao/2023/17/index.html");
        assertThat(issue.select(".issue-toc li").first().select("a").eachText()).containsExactly("县区动态", "长沙县", "长沙（一）", "长沙（二）");
        assertThat(issue.select(".issue-entry-link a").eachText())
                .containsExactly("单独查看“长沙县”这一条", "单独查看“长沙（一）”这一条", "单独查看“长沙（二）”这一条", "单独查看“市发改委”这一条");
        // an entry's own heading line is shown as printed, on the issue page and on the entry page
        assertThat(issue.select(".issue-entry-subject").eachText()).containsExactly("1. 长沙县", "长沙（一）", "长沙（二）", "市发改委");
        assertThat(page("series/yongzhou-jianbao/2023/17/01-changshaxian.html").select(".entry-printed-heading").eachText()).containsExactly("1. 长沙县");
        assertThat(page("index.html").select(".latest .toc-subject").eachText()).containsExactly("长沙县", "长沙（一）", "长沙（二）", "市发改委");

        Document first = page("series/yongzhou-jianbao/2023/17/02-changsha.html");
        assertThat(first.selectFirst("h1").text()).isEqualTo("长沙（一）");
        assertThat(first.title()).isEqualTo("长沙（一） · 第17期 · 永州市营商环境工作简报");
        assertThat(first.selectFirst("a[rel=next]").text()).isEqualTo("下一条：长沙（二） →");
        assertThat(page("series/yongzhou-jianbao/2023/17/04-dept-fagaiwei.html").selectFirst("a[rel=prev]").text()).isEqualTo("← 上一条：长沙（二）");
        // the same number in the other series is another issue: its 长沙 entry is listed among the other issues
        assertThat(first.select(".same-subject .entry-item-link").eachAttr("href"))
                .contains("../../../../issues/2023/17/10-changsha.html", "../../../../series/yongzhou-jianbao/2023/16/01-changsha.html")
                .doesNotContain("../../../../series/yongzhou-jianbao/2023/17/03-changsha.html");
    }

    @Test
    void searchDocumentsCarryTheirSeries() throws Exception {
        List<SearchDocument> docs = SearchDocumentReader.read(project.site());
        assertThat(docs).filteredOn(d -> d.url().startsWith("series/yongzhou-jianbao/")).hasSize(7)
                .allSatisfy(d -> assertThat(d.series()).isEqualTo("yongzhou-jianbao"))
                .allSatisfy(d -> assertThat(d.seriesName()).isEqualTo("永州市营商环境工作简报"));
        assertThat(docs).filteredOn(d -> d.url().startsWith("issues/")).hasSize(20)
                .allSatisfy(d -> assertThat(d.series()).isEqualTo("yongzhou-zhuanbao"));
    }

    @Test
    void namesTheSiteAfterItsOneSeriesOrNeutrallyWhenSiteTitleIsNotSet(@TempDir Path tmp) throws Exception {
        FixtureProject one = FixtureProject.withCommittedContent(tmp.resolve("one"));
        unsetSiteTitle(one);
        one.build();
        Document home = Jsoup.parse(one.site().resolve("index.html").toFile(), "UTF-8");
        assertThat(home.title()).isEqualTo("永州市打好优化发展环境持久仗 工作专报");
        assertThat(home.selectFirst(".site-title").text()).isEqualTo("永州市打好优化发展环境持久仗 工作专报");
        assertThat(home.select(".series-list")).isEmpty();

        FixtureProject two = twoSeries(tmp.resolve("two"));
        unsetSiteTitle(two);
        two.build();
        Document home2 = Jsoup.parse(two.site().resolve("index.html").toFile(), "UTF-8");
        assertThat(home2.selectFirst(".site-title").text()).isEqualTo("工作简报档案");
        assertThat(home2.selectFirst(".hero h1").text()).isEqualTo("工作简报档案");
    }

    private static void unsetSiteTitle(FixtureProject p) throws Exception {
        Path props = p.root.resolve("jbake.properties");
        Files.writeString(props, Files.readString(props).replaceAll("(?m)^site\\.title=.*$", "site.title="));
    }
}
