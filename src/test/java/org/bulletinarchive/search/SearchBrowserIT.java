package org.bulletinarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.bulletinarchive.testsupport.Browser;
import org.bulletinarchive.testsupport.Nginx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in real headless Chromium, opened from file:// and over http from nginx under /archive/, on
 * the site `mvn package` builds (target/site-archive) when it exists, and always on the sample-issue fixture site.
 */
class SearchBrowserIT {

    static final Path BUILT_SITE = Path.of("target/site-archive");

    /** One way to open one site's search page. */
    record Page(String name, String base, Path site) {
        String search(String query) {
            return base + "search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Browser browser;
    static final List<Nginx> servers = new ArrayList<>();
    static List<Page> pages;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
        List<Path> sites = new ArrayList<>();
        Path fixture = Path.of("target/search-it/sample-site");
        deleteTree(fixture);
        PagesSearchIndex.write(SampleBulletinSite.write(fixture));
        sites.add(fixture);
        if (Files.isRegularFile(BUILT_SITE.resolve("search.html"))) {
            sites.add(BUILT_SITE);
        }
        pages = new ArrayList<>();
        for (Path site : sites) {
            String label = site.equals(BUILT_SITE) ? "built-site" : "sample-site";
            pages.add(new Page(label + "-file", site.toAbsolutePath().toUri().toString(), site));
            Nginx nginx = Nginx.serve(site, "/archive/");
            servers.add(nginx);
            pages.add(new Page(label + "-http", nginx.url(""), site));
        }
    }

    static Stream<Page> pages() throws IOException {
        if (pages == null) {
            start();
        }
        return pages.stream();
    }

    @AfterEach
    void consoleStaysEmpty() {
        assertThat(browser.severeConsoleMessages()).as("browser console errors").isEmpty();
    }

    @AfterAll
    static void stop() {
        servers.forEach(Nginx::close);
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void findsTheChangshaEntryFirstForTheNoCertificateCity(Page page) {
        List<WebElement> results = search(page, "无证明城市", "no-certificate-city");
        assertThat(meta(results.get(0))).contains("长沙").contains("第17期");
        assertThat(results.get(0).findElement(By.cssSelector(".search-result-snippet mark")).getText()).isEqualTo("无证明城市");
        String href = results.get(0).findElement(By.cssSelector("a.search-result-title")).getAttribute("href");
        assertThat(results.get(0).findElement(By.cssSelector("a.search-result-title")).getDomAttribute("href"))
                .doesNotStartWith("/").doesNotContain("://").endsWith(".html");
        browser.driver().get(href);
        assertThat(browser.driver().findElements(By.cssSelector("[data-search-doc]"))).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void findsEntriesOfBeijingAndZhuzhouForOneThing(Page page) {
        List<String> metas = search(page, "一件事", "one-thing").stream().map(SearchBrowserIT::meta).toList();
        assertThat(metas).anyMatch(m -> m.contains("北京")).anyMatch(m -> m.contains("株洲"));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void findsIssue17ByTheAreaCodeOfItsContactNumber(Page page) {
        // 0746 stands in the issue's contact line: the issue page is indexed (masthead, 编者按, back matter)
        browser.driver().get(page.search("0746"));
        waitForResults();
        assertThat(results()).first().extracting(SearchBrowserIT::meta).asString().contains("第17期");
        browser.screenshot(page.name() + "-0746");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void findsTheGreaterBayAreaEntryForGuangdongHongKongMacao(Page page) {
        List<WebElement> results = search(page, "粤港澳", "greater-bay-area");
        assertThat(results).anyMatch(r -> meta(r).contains("粤港澳大湾区"));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void findsAtLeastFifteenEntriesForBusinessEnvironment(Page page) {
        search(page, "营商环境", "business-environment");
        assertThat(status()).matches("(共|约) \\d+ 条结果");
        int shown = results().size();
        while (!browser.driver().findElements(By.id("search-more")).isEmpty()) {
            browser.driver().findElement(By.id("search-more")).click();
            int before = shown;
            waiting().until(d -> results().size() > before);
            shown = results().size();
        }
        assertThat(shown).isGreaterThanOrEqualTo(15);
        assertThat(Integer.parseInt(status().replaceAll("\\D", ""))).isEqualTo(shown);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void saysClearlyWhenNothingMatches(Page page) {
        browser.driver().get(page.search("火星探测器"));
        waitForResults();
        assertThat(status()).isEqualTo("没有找到与“火星探测器”相关的内容。");
        assertThat(results()).isEmpty();
        browser.screenshot(page.name() + "-no-results");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void showsAScriptQueryAsTextWithoutRunningIt(Page page) {
        String query = "<script>alert(1)</script>";
        browser.driver().get(page.search(query));
        waitForResults();
        assertThat(alertShown()).isFalse();
        assertThat(browser.driver().findElement(By.id("search-q")).getDomProperty("value")).isEqualTo(query);
        if (results().isEmpty()) {
            assertThat(status()).isEqualTo("没有找到与“" + query + "”相关的内容。");
        }
        assertThat(browser.driver().findElements(By.cssSelector("#search-status *, #search-results script"))).isEmpty();
        browser.screenshot(page.name() + "-script-query");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void returnsToThePreviousQuerysResultsOnBack(Page page) {
        search(page, "无证明城市", "back-first");
        WebElement box = browser.driver().findElement(By.id("search-q"));
        box.clear();
        box.sendKeys("一件事");
        browser.driver().findElement(By.cssSelector("#search-form button[type=submit]")).click();
        waiting()
                .until(d -> d.getCurrentUrl().contains("q=%E4%B8%80") && !results().isEmpty()
                        && results().stream().anyMatch(r -> meta(r).contains("株洲")));
        browser.driver().navigate().back();
        waiting()
                .until(d -> "无证明城市".equals(d.findElement(By.id("search-q")).getDomProperty("value"))
                        && !results().isEmpty() && meta(results().get(0)).contains("长沙"));
        browser.screenshot(page.name() + "-back");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void filtersBySubjectFromTheUrlsCityParameterAndFromTheSelect(Page page) {
        // shared search addresses name the subject filter city=, and keep doing so
        browser.driver().get(page.search("营商环境") + "&city=changsha");
        waitForResults();
        assertThat(results()).isNotEmpty().allMatch(r -> meta(r).contains("长沙"));
        Select subject = new Select(browser.driver().findElement(By.id("search-subject")));
        assertThat(subject.getFirstSelectedOption().getDomAttribute("value")).isEqualTo("changsha");
        subject.selectByValue("zhuzhou");
        waiting().until(d -> d.getCurrentUrl().contains("city=zhuzhou")
                && !results().isEmpty() && results().stream().allMatch(r -> meta(r).contains("株洲")));
        browser.screenshot(page.name() + "-subject-filter");
    }

    @org.junit.jupiter.api.Test
    void filtersBySeriesFromTheUrlAndFromTheSelectWhenTheArchiveHasTwoSeries() throws IOException {
        Path site = Path.of("target/search-it/two-series");
        deleteTree(site);
        RankingFixture.write(site);
        SiteFixture.copyClient(site);
        PagesSearchIndex.write(site);
        Page page = new Page("two-series-file", site.toAbsolutePath().toUri().toString(), site);
        browser.driver().get(page.search("河长巡河") + "&series=ducha");
        waitForResults();
        assertThat(results()).singleElement().satisfies(r -> assertThat(meta(r)).startsWith("督查通报 · 第12期"));
        Select series = new Select(browser.driver().findElement(By.id("search-series")));
        assertThat(series.getFirstSelectedOption().getDomAttribute("value")).isEqualTo("ducha");
        series.selectByValue("zhuanbao");
        waiting().until(d -> d.getCurrentUrl().contains("series=zhuanbao")
                && results().size() == 1 && meta(results().get(0)).startsWith("工作专报"));
        browser.screenshot(page.name() + "-series-filter");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void offersNoSeriesFilterWhenTheArchiveHasOneSeries(Page page) {
        search(page, "营商环境", "one-series");
        assertThat(browser.driver().findElements(By.id("search-series"))).isEmpty();
        assertThat(meta(results().get(0))).startsWith("第");
    }

    private static List<WebElement> search(Page page, String query, String screenshot) {
        browser.driver().get(page.search(query));
        waitForResults();
        assertThat(browser.driver().findElement(By.id("search-q")).getDomProperty("value")).isEqualTo(query);
        browser.screenshot(page.name() + "-" + screenshot);
        List<WebElement> results = results();
        assertThat(results).as("results for %s: %s", query, status()).isNotEmpty();
        return results;
    }

    private static void waitForResults() {
        waiting()
                .until(d -> !status().isEmpty() && !status().startsWith("正在搜索"));
    }

    private static String status() {
        return browser.driver().findElement(By.id("search-status")).getText();
    }

    private static List<WebElement> results() {
        return browser.driver().findElements(By.cssSelector("#search-results li.search-result"));
    }

    private static String meta(WebElement result) {
        return result.findElement(By.cssSelector(".search-result-meta")).getText();
    }

    private static boolean alertShown() {
        WebDriver driver = browser.driver();
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException none) {
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Waits up to 10 s; the results list is rebuilt as results arrive, so an element read mid-rebuild is read again. */
    private static org.openqa.selenium.support.ui.FluentWait<org.openqa.selenium.WebDriver> waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }
}
