package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bulletinarchive.Samples;
import org.bulletinarchive.cli.Main;
import org.bulletinarchive.files.Folders;
import org.bulletinarchive.testsupport.Browser;
import org.bulletinarchive.testsupport.Nginx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An archive made the way a user makes it: the committed sample plus five test bulletins (Word and PDF)
 * imported from an inbox folder by the command line, then built; read in real headless Chromium from
 * file:// and once from nginx under a sub-path. The archive is kept in target/imported-archive-it/ to look at.
 */
class ImportedArchiveBrowserIT {

    private static final Path PROJECT = Samples.PROJECT.resolve("target/imported-archive-it");
    private static final Path BULLETINS = Samples.PROJECT.resolve("src/test/resources/bulletins");
    private static final List<String> INBOX_FILES = List.of("city-jianbao.pdf", "county-ducha.docx", "province-numbered.pdf",
            "total-number.doc", "no-sections.docx");
    /** The series of the committed content (raw/2023-17.txt), which keeps issues/. */
    private static final String SAMPLE_SERIES = "永州市打好优化发展环境持久仗 工作专报";

    /** One imported test bulletin and what its {@code <name>.expected.tsv} says about it. */
    record Imported(String file, String series, int number, List<String> subjects) {

        boolean pdf() {
            return file.endsWith(".pdf");
        }

        static Imported read(String file) throws IOException {
            String name = file.substring(0, file.lastIndexOf('.'));
            Map<String, String> fields = new LinkedHashMap<>();
            List<String> subjects = new ArrayList<>();
            for (String line : Files.readAllLines(BULLETINS.resolve(name + ".expected.tsv"))) {
                String[] cells = line.split("\t", -1);
                if (cells[0].matches("\\d+")) {
                    subjects.add(cells[1]);
                } else {
                    fields.putIfAbsent(cells[0], cells.length > 1 ? cells[1] : "");
                }
            }
            return new Imported(file, fields.get("series"), Integer.parseInt(fields.get("number")), subjects);
        }
    }

    private static final Map<String, Imported> bulletins = new LinkedHashMap<>();
    private static FixtureProject project;
    private static Browser browser;
    private static int consoleSeen;

    @BeforeAll
    static void importFiveBulletinsAndBuild() throws Exception {
        Folders.deleteRecursively(PROJECT);
        project = FixtureProject.withCommittedContent(PROJECT);
        Path inbox = Files.createDirectories(PROJECT.resolve("inbox"));
        for (String file : INBOX_FILES) {
            Files.copy(BULLETINS.resolve(file), inbox.resolve(file));
            bulletins.put(file.substring(0, file.lastIndexOf('.')), Imported.read(file));
        }
        int exit = Main.run("import", inbox.toString(), "--content", project.root.resolve("content").toString(), "--quiet");
        assertThat(exit).as("exit code of import").isZero();
        project.build();
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theHomePageListsEverySeriesAndEachTimelineLeadsToAnIssueOfThatSeriesOnly() {
        browser.desktop();
        open("index.html");
        List<String> expected = new ArrayList<>(List.of(SAMPLE_SERIES));
        bulletins.values().forEach(b -> expected.add(b.series()));
        List<WebElement> cards = driver().findElements(By.cssSelector(".series-card .series-name"));
        assertThat(cards).extracting(WebElement::getText).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(cards).extracting(c -> c.getDomAttribute("href")).doesNotHaveDuplicates()
                .allMatch(href -> href.equals("issues/index.html") || href.matches("series/[a-z0-9-]+/index\\.html"));

        Map<String, Integer> numbers = new LinkedHashMap<>(Map.of(SAMPLE_SERIES, 17));
        bulletins.values().forEach(b -> numbers.put(b.series(), b.number()));
        for (var series : numbers.entrySet()) {
            String name = series.getKey();
            open("index.html");
            click(By.xpath("//a[@class='series-name'][.='" + name + "']"));
            String timeline = driver().getCurrentUrl();
            String folder = timeline.substring(0, timeline.lastIndexOf('/') + 1);
            assertThat(driver().findElement(By.tagName("h1")).getText()).as("timeline of %s", name).isEqualTo(name);
            quietConsole("timeline of " + name);

            click(By.linkText("第" + series.getValue() + "期"));
            assertThat(driver().getCurrentUrl()).as("issue of %s", name).startsWith(folder);
            assertThat(text(".masthead-series")).isEqualTo(name);
            assertThat(text(".masthead-number")).startsWith("第" + series.getValue() + "期");
            assertThat(driver().findElements(By.cssSelector(".breadcrumb a"))).extracting(WebElement::getText).contains(name);
            // every series has one issue here: the issues of other series on the same day are no neighbours
            List<WebElement> pager = driver().findElements(By.cssSelector("a[rel=prev], a[rel=next]"));
            assertThat(pager).extracting(a -> a.getAttribute("href")).allMatch(href -> href.startsWith(folder));
            assertThat(pager).as("previous/next issue of %s", name).isEmpty();
            quietConsole("issue of " + name);

            String issue = driver().getCurrentUrl();
            String issueFolder = issue.substring(0, issue.lastIndexOf('/') + 1);
            click(By.cssSelector(".issue-entry-link a"));
            assertThat(driver().findElements(By.cssSelector("a[rel=prev], a[rel=next]"))).extracting(a -> a.getAttribute("href"))
                    .as("previous/next entry in the first entry of %s", name).isNotEmpty().allMatch(href -> href.startsWith(issueFolder));
            assertThat(text(".entry-meta")).startsWith(name + " · 第" + series.getValue() + "期");
            quietConsole("first entry of " + name);
        }
    }

    @Test
    void anIssueImportedFromPdfLinksItsOriginalAndOneImportedFromWordDoesNot() throws IOException {
        browser.desktop();
        for (Imported b : bulletins.values()) {
            openIssue(b);
            List<WebElement> originals = driver().findElements(By.cssSelector("a.issue-original"));
            if (b.pdf()) {
                assertThat(originals).as(b.file()).singleElement().satisfies(link -> {
                    assertThat(link.getText()).isEqualTo("原件（PDF）");
                    assertThat(link.getDomAttribute("href")).doesNotContain("://").endsWith(".pdf");
                    Path pdf = Path.of(URI.create(link.getAttribute("href")));
                    assertThat(pdf).as("original of %s", b.file()).isRegularFile();
                    assertThat(new String(Arrays.copyOf(Files.readAllBytes(pdf), 4), StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
                    assertThat(Files.mismatch(pdf, BULLETINS.resolve(b.file()))).as("the copy is the imported file").isEqualTo(-1);
                });
            } else {
                assertThat(originals).as(b.file()).isEmpty();
                assertThat(text("main")).as(b.file()).doesNotContain("原件");
            }
            quietConsole("issue of " + b.file());
        }
    }

    @Test
    void theProvinceIssueShowsItsLeadHeadingsAndEntryHeadingLinesAndItsCountyEntryShowsWhereTheCountyLies() {
        Imported province = bulletins.get("province-numbered");
        browser.windowSize(375, 812);
        openIssue(province);
        browser.screenshot("imported-province-issue-375");
        assertThat(text(".editors-note")).startsWith("按语：").contains("园区是稳增长、促转型的主阵地");
        assertThat(driver().findElements(By.cssSelector(".section-heading"))).extracting(WebElement::getText)
                .containsExactly("（一）园区审批服务“一站办结”", "（二）企业全生命周期服务", "（三）市州综合改革");
        // the first four entries have heading lines of their own; 长沙 and 岳阳 begin their paragraph with their name
        assertThat(driver().findElements(By.cssSelector(".issue-entry-subject"))).extracting(WebElement::getText)
                .containsExactly("1. 长沙县", "2. 湘江新区", "3. 株洲高新区", "4. 常德经开区", "长沙", "岳阳");
        assertThat(driver().findElements(By.cssSelector(".issue-toc a[href^='#entry-']"))).extracting(WebElement::getText)
                .containsExactlyElementsOf(province.subjects());
        quietConsole("province issue");

        browser.desktop();
        click(By.linkText("单独查看“长沙县”这一条"));
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("长沙县");
        assertThat(text("main")).contains("1. 长沙县");
        assertThat(driver().findElements(By.cssSelector(".subject-chain li"))).extracting(WebElement::getText)
                .containsExactly("湖南", "长沙", "长沙县");
        quietConsole("长沙县 entry");
        click(By.xpath("//nav[contains(@class,'subject-chain')]//a[.='长沙']"));
        assertThat(driver().getCurrentUrl()).endsWith("/cities/changsha.html");
        assertThat(driver().getTitle()).startsWith("长沙 · ");
        quietConsole("长沙 from the chain");
    }

    @Test
    void theSubjectIndexPutsTheCountyUnderItsPrefectureAndProvinceAndTheCountyDepartmentsUnderTheirCounty() {
        browser.desktop();
        open("cities/index.html");
        WebElement changsha = family("长沙", "湖南");
        assertThat(changsha.findElements(By.cssSelector(".subject-children a"))).extracting(a -> name(a.getText())).contains("长沙县");

        for (String department : bulletins.get("county-ducha").subjects()) {
            WebElement chip = driver().findElement(By.xpath("//main//a[starts-with(normalize-space(.), '" + department + " ')]"));
            WebElement family = chip.findElement(By.xpath("ancestor::li[contains(@class,'subject-family')][1]"));
            WebElement group = chip.findElement(By.xpath("ancestor::section[contains(@class,'subject-group')][1]"));
            assertThat(label(family)).as("the place %s is listed under", department).isEqualTo("东安县");
            assertThat(group.findElement(By.tagName("h2")).getText()).as("the group %s is listed in", department).isEqualTo("部门");
        }
        assertThat(driver().findElements(By.xpath("//main//a[starts-with(normalize-space(.), '县发改委 ')]"))).as("listed once").hasSize(1);
        quietConsole("subject index");

        click(By.xpath("//main//a[starts-with(normalize-space(.), '县发改委 ')]"));
        assertThat(driver().findElements(By.cssSelector(".subject-chain li"))).extracting(WebElement::getText)
                .containsExactly("部门", "东安县", "县发改委");
        quietConsole("县发改委");
    }

    @Test
    void searchFilteredBySeriesFindsOnlyThatSeriesAndShowsTheSeriesFilter() {
        browser.desktop();
        String series = bulletins.get("county-ducha").series();
        String slug = slugOf(series);
        open("search.html?q=" + URLEncoder.encode("营商环境", StandardCharsets.UTF_8));
        waitForResults();
        assertThat(results()).extracting(r -> r.findElement(By.cssSelector("a.search-result-title")).getDomAttribute("href"))
                .as("without the filter, other series are found too").anyMatch(href -> !href.startsWith("series/" + slug + "/"));

        open("search.html?q=" + URLEncoder.encode("营商环境", StandardCharsets.UTF_8) + "&series=" + slug);
        waitForResults();
        List<WebElement> results = results();
        assertThat(results).as(text("#search-status")).isNotEmpty();
        for (WebElement r : results) {
            assertThat(r.findElement(By.cssSelector("a.search-result-title")).getDomAttribute("href")).startsWith("series/" + slug + "/");
            assertThat(r.findElement(By.cssSelector(".search-result-meta")).getText()).startsWith(series + " · ");
        }
        WebElement filter = driver().findElement(By.id("search-series"));
        assertThat(filter.isDisplayed()).isTrue();
        assertThat(filter.findElement(By.xpath("..")).getText()).startsWith("系列");
        assertThat(new Select(filter).getFirstSelectedOption().getText()).isEqualTo(series);
        quietConsole("search in " + series);
    }

    @Test
    void pagesOfTheNewSeriesFitA320PixelPhone() {
        browser.windowSize(375, 812);
        open("index.html");
        browser.screenshot("imported-home-375");
        browser.windowSize(320, 800);
        for (String page : phonePages()) {
            open(page);
            assertThat(overflow()).as("%s at 320px", page).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void pagesOfTheNewSeriesFitA320PixelPhoneAtDoubleTextSize() {
        browser.windowSize(320, 800);
        List<String> overflowing = new ArrayList<>();
        for (String page : phonePages()) {
            open(page);
            driver().executeScript("document.documentElement.style.fontSize = '200%';");
            if (overflow() > 0) {
                overflowing.add(page + " by " + overflow() + "px");
                driver().executeScript("var w = window.innerWidth, wide = Array.prototype.find.call(document.querySelectorAll('main *'),"
                        + " function (e) { return e.getBoundingClientRect().right > w; }); if (wide) wide.scrollIntoView({block: 'center'});");
                browser.screenshot("imported-320-text-200-" + page.replace('/', '-').replace(".html", ""));
            }
        }
        assertThat(overflowing).as("pages wider than 320px with text at 200%").isEmpty();
    }

    /** The home page, the subject index, an issue and an entry of a new series, and the province issue. */
    private static List<String> phonePages() {
        String issue = issuePath(bulletins.get("county-ducha"));
        open(issue);
        String entry = issue.replace("index.html", driver().findElement(By.cssSelector(".issue-entry-link a")).getDomAttribute("href")
                .replaceAll(".*/", ""));
        return List.of("index.html", "cities/index.html", issue, entry, issuePath(bulletins.get("province-numbered")));
    }

    @Test
    void theSameArchiveWorksFromNginxUnderASubPath() throws Exception {
        try (Nginx nginx = Nginx.serve(project.site(), "/zhuanbao/archive/")) {
            browser.desktop();
            driver().get(nginx.url("index.html"));
            quietConsole("home over http");
            Imported province = bulletins.get("province-numbered");
            click(By.xpath("//a[@class='series-name'][.='" + province.series() + "']"));
            click(By.linkText("第" + province.number() + "期"));
            assertThat(driver().getCurrentUrl()).startsWith(nginx.url("series/"));
            quietConsole("province issue over http");

            String pdf = driver().findElement(By.cssSelector("a.issue-original")).getAttribute("href");
            assertThat(pdf).startsWith(nginx.url(""));
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdf)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(new String(Arrays.copyOf(response.body(), 4), StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");

            click(By.linkText("单独查看“长沙县”这一条"));
            click(By.cssSelector("a.entry-subject"));
            assertThat(driver().getCurrentUrl()).isEqualTo(nginx.url("cities/changsha-xian.html"));
            quietConsole("长沙县 over http");
            assertThat(nginx.accessLog()).doesNotContain("\" 404 ");
        }
    }

    // --- helpers ---

    private static ChromeDriver driver() {
        return browser.driver();
    }

    /** Opens a page of the built site from file://. */
    private static void open(String path) {
        String base = project.site().toAbsolutePath().toUri().toString();
        driver().get(base + path);
        quietConsole(path);
    }

    /** Opens a bulletin's issue page the way a reader does: home, its series, its number. */
    private static void openIssue(Imported b) {
        open(issuePath(b));
        assertThat(text(".masthead-series")).isEqualTo(b.series());
    }

    /** The site path of a bulletin's issue page, read from its series' timeline. */
    private static String issuePath(Imported b) {
        String base = project.site().toAbsolutePath().toUri().toString();
        driver().get(base + "index.html");
        click(By.xpath("//a[@class='series-name'][.='" + b.series() + "']"));
        click(By.linkText("第" + b.number() + "期"));
        return driver().getCurrentUrl().substring(base.length());
    }

    /** The slug of a series, from its timeline's URL on the home page. */
    private static String slugOf(String series) {
        open("index.html");
        String href = driver().findElement(By.xpath("//a[@class='series-name'][.='" + series + "']")).getDomAttribute("href");
        assertThat(href).matches("series/[a-z0-9-]+/index\\.html");
        return href.split("/")[1];
    }

    /** The subject family (a subject with the counties, zones or departments below it) named name in the group titled group. */
    private static WebElement family(String name, String group) {
        WebElement section = driver().findElement(By.xpath("//section[contains(@class,'subject-group')][h2[.='" + group + "']]"));
        return section.findElements(By.cssSelector("li.subject-family")).stream().filter(li -> label(li).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no family " + name + " in group " + group));
    }

    /** What a subject family is called: its own chip's name, without the count of entries. */
    private static String label(WebElement family) {
        return name(family.findElement(By.xpath("./*[1]")).getText());
    }

    /** A chip's text without its trailing count: 长沙 4 → 长沙. */
    private static String name(String chip) {
        return chip.replaceAll("\\s+\\d+$", "").strip();
    }

    private static String text(String selector) {
        return driver().findElement(By.cssSelector(selector)).getText();
    }

    private static void click(By by) {
        String before = driver().getCurrentUrl();
        driver().findElement(by).click();
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> !before.equals(d.getCurrentUrl()));
    }

    private static void waitForResults() {
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> !text("#search-status").isEmpty() && !text("#search-status").startsWith("正在搜索"));
    }

    private static List<WebElement> results() {
        return driver().findElements(By.cssSelector("#search-results li.search-result"));
    }

    /** Asserts the browser logged nothing since the last check. */
    private static void quietConsole(String page) {
        List<LogEntry> all = browser.consoleMessages();
        List<String> fresh = all.subList(consoleSeen, all.size()).stream().map(e -> e.getLevel() + " " + e.getMessage()).toList();
        consoleSeen = all.size();
        assertThat(fresh).as("browser console on %s", page).isEmpty();
    }

    private static long overflow() {
        return ((Number) driver().executeScript("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
    }
}
