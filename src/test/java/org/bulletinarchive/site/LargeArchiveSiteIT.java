package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bulletinarchive.testsupport.HtmlChecker.Message;
import org.bulletinarchive.testsupport.HtmlChecker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No page grows with the archive. A ten-year archive of 10,000 entries takes half a minute to build, so this builds
 * a fifth of one ({@link SyntheticContent}: 20 years of 8 issues × 12 entries, 1,920 entries, 长沙 in every issue,
 * over a thousand subjects) and checks the structure that keeps every page bounded: a page per year of the timeline,
 * a subject's page showing its newest entries with a page per older year, the subject index split into a page per
 * group, the home page listing a bounded number of issues and subjects. The pages that list the archive must fit a
 * fifth of the bound, so that, were one of them still growing with the archive, the full archive would break it.
 * Measured at 800 issues × 12 entries over 20 years with {@link SyntheticContent#main}: see docs/website.md.
 */
class LargeArchiveSiteIT {

    static final long BOUND = 150 * 1024;
    static final int YEARS = 20;
    static final int ISSUES_PER_YEAR = 8;
    static final int ENTRIES_PER_ISSUE = 12;

    @TempDir
    static Path shared;

    static FixtureProject project;
    static SiteBuilder.Result result;

    @BeforeAll
    static void bakeASyntheticArchiveOfTwentyYears() throws Exception {
        project = FixtureProject.empty(shared.resolve("p"));
        SyntheticContent.write(project, YEARS * ISSUES_PER_YEAR, ENTRIES_PER_ISSUE, YEARS);
        result = project.build();
    }

    private static Document page(String path) throws Exception {
        Path file = project.site().resolve(path);
        assertThat(file).as(path).isRegularFile();
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void pagesStaySmallInATenThousandEntryArchive() throws Exception {
        assertThat(result.entries()).isEqualTo(YEARS * ISSUES_PER_YEAR * ENTRIES_PER_ISSUE);
        assertThat(result.subjects()).as("subjects").isGreaterThan(1000);
        List<Map.Entry<String, Long>> pages = SyntheticContent.pagesBySize(project.site());
        assertThat(pages).allSatisfy(p -> assertThat(p.getValue()).as(p.getKey()).isLessThanOrEqualTo(BOUND));
        // home and timeline pages list issues, of which this archive has a fifth per year: they must fit a fifth of the bound
        // (subject pages and the subject index are bounded by their own limits, whatever the archive: see the tests below)
        double scale = (double) result.entries() / 9600;
        assertThat(pages).filteredOn(p -> p.getKey().matches("index\\.html|issues/(\\d+/)?index\\.html")).hasSize(YEARS + 2)
                .allSatisfy(p -> assertThat(p.getValue()).as(p.getKey()).isLessThanOrEqualTo((long) (BOUND * scale)));
    }

    @Test
    void theTimelineIndexListsTheYearsAndTheNewestYearsIssuesOnly() throws Exception {
        Document index = page("issues/index.html");
        assertThat(index.select(".timeline-years a").eachAttr("href")).hasSize(YEARS)
                .startsWith("../issues/2024/index.html", "../issues/2023/index.html").endsWith("../issues/2005/index.html");
        assertThat(index.select(".timeline-years a").first().text()).isEqualTo("2024 年 " + ISSUES_PER_YEAR + " 期");
        assertThat(index.select(".timeline-issue h3 a").eachAttr("href")).hasSize(ISSUES_PER_YEAR).allMatch(h -> h.startsWith("../issues/2024/"));
        assertThat(index.select("section.year h2").eachText()).containsExactly("2024 年 " + ISSUES_PER_YEAR + " 期");
    }

    @Test
    void eachYearOfTheTimelineHasAPageBesideItsIssueFoldersWithTheYearsBeforeAndAfter() throws Exception {
        Document year = page("issues/2015/index.html");
        assertThat(year.title()).startsWith("2015 年 · ");
        assertThat(year.selectFirst("h1").text()).isEqualTo("2015 年");
        assertThat(year.select(".timeline-issue h3 a").eachAttr("href")).hasSize(ISSUES_PER_YEAR)
                .allMatch(h -> h.matches("\\.\\./\\.\\./issues/2015/\\d+/index\\.html"));
        assertThat(year.selectFirst("a[rel=prev]").attr("href")).isEqualTo("../../issues/2014/index.html");
        assertThat(year.selectFirst("a[rel=next]").attr("href")).isEqualTo("../../issues/2016/index.html");
        assertThat(year.select(".breadcrumb a").eachAttr("href")).containsExactly("../../index.html", "../../issues/index.html");
        assertThat(year.select("figure.chart rect.bar")).hasSize(12);
        assertThat(page("issues/2005/index.html").select("a[rel=prev]")).isEmpty();
        assertThat(page("issues/2024/index.html").select("a[rel=next]")).isEmpty();
    }

    @Test
    void aSubjectInEveryIssueShowsItsNewestEntriesAndAPagePerOlderYear() throws Exception {
        Document changsha = page("cities/changsha.html");
        // the newest whole years that fit 50 entries: 6 years of 8, 2019–2024; the years before a page each
        assertThat(changsha.select("main .entry-item")).hasSize(6 * ISSUES_PER_YEAR);
        assertThat(changsha.select("section.year h2").eachText()).first().asString().startsWith("2024 年");
        assertThat(changsha.select("section.year h2").eachText()).last().asString().startsWith("2019 年");
        List<String> years = changsha.select(".subject-years a").eachAttr("href");
        assertThat(years).hasSize(YEARS).contains("../cities/changsha/2005.html", "../cities/changsha/2018.html")
                .startsWith("../cities/changsha.html#year-2024").doesNotContain("../cities/changsha/2019.html");
        assertThat(changsha.selectFirst(".more-years a").attr("href")).isEqualTo("../cities/changsha/2018.html");
        Document old = page("cities/changsha/2010.html");
        assertThat(old.selectFirst("h1").text()).isEqualTo("长沙 · 2010 年");
        assertThat(old.select("main .entry-item-link").eachAttr("href")).hasSize(ISSUES_PER_YEAR).allMatch(h -> h.startsWith("../../issues/2010/"));
        assertThat(old.selectFirst("a[rel=prev]").attr("href")).isEqualTo("../../cities/changsha/2009.html");
        assertThat(old.selectFirst("a[rel=next]").attr("href")).isEqualTo("../../cities/changsha/2011.html");
        assertThat(old.select(".breadcrumb a").eachAttr("href")).containsExactly("../../index.html", "../../cities/index.html", "../../cities/changsha.html");
    }

    @Test
    void theSubjectIndexShowsEachGroupsMainSubjectsAndEveryGroupHasAPage() throws Exception {
        Document index = page("cities/index.html");
        for (Element group : index.select("section.subject-group")) {
            assertThat(group.select(".chips li")).as(group.id()).hasSizeBetween(1, 24);
            String href = group.selectFirst("h2 a").attr("href");
            assertThat(href).matches("\\.\\./cities/groups/[a-z]+\\.html");
            Document own = page(href.substring(3));
            assertThat(own.select("section.subject-group li[data-subject]").size()).isGreaterThanOrEqualTo(group.select(".chips li").size());
        }
        Document hunan = page("cities/groups/hunan.html");
        assertThat(hunan.select("li.subject-family[data-subject=changsha] > a").attr("href")).isEqualTo("../../cities/changsha.html");
        // an entry's place in the hierarchy leads to its group's page
        Element chain = page("cities/changsha.html").selectFirst(".subject-chain a");
        assertThat(chain.attr("href")).isEqualTo("../cities/groups/hunan.html");
    }

    @Test
    void theHomePageListsRecentIssuesAndTheSubjectsWithTheMostEntries() throws Exception {
        Document home = page("index.html");
        assertThat(home.select(".recent li")).hasSize(8);
        assertThat(home.select(".home-subjects .chips a")).hasSize(40).anySatisfy(a -> assertThat(a.text()).startsWith("长沙 "));
    }

    @Test
    void theNewKindsOfPagesAreValidHtml(@TempDir Path tmp) throws Exception {
        for (String path : List.of("issues/index.html", "issues/2015/index.html", "cities/index.html", "cities/groups/hunan.html",
                "cities/changsha.html", "cities/changsha/2010.html", "index.html")) {
            Path copy = tmp.resolve(path);
            Files.createDirectories(copy.getParent());
            Files.copy(project.site().resolve(path), copy);
        }
        assertThat(HtmlChecker.check(tmp).stream().filter(Message::error).map(Message::toString)).isEmpty();
    }

    @Test
    void noYearPageTakesThePlaceOfAnIssue() throws Exception {
        try (Stream<Path> years = Files.list(project.site().resolve("issues"))) {
            for (Path year : years.filter(Files::isDirectory).toList()) {
                assertThat(Jsoup.parse(year.resolve("index.html").toFile(), "UTF-8").select("[data-search-doc]")).as(year.toString()).isEmpty();
            }
        }
    }
}
