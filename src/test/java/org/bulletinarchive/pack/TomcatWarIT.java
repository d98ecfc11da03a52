package org.bulletinarchive.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.bulletinarchive.Samples;
import org.bulletinarchive.testsupport.Browser;
import org.bulletinarchive.testsupport.Tomcat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The war `mvn package` builds (target/site-archive.war), dropped into a real Tomcat 10 (Debian's tomcat10) as
 * webapps/bulletins.war, read over http under /bulletins/ as a reader's browser would: every page and file,
 * the not-found page, and a search in headless Chromium.
 */
class TomcatWarIT {

    private static final Path WAR = Samples.PROJECT.resolve("target/site-archive.war");

    /** What each kind of file must be served as; every text file with its charset. */
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8",
            "xml", "application/xml;charset=UTF-8",
            "svg", "image/svg+xml",
            "json", "application/json;charset=UTF-8",
            "webmanifest", "application/manifest+json;charset=UTF-8",
            "pdf", "application/pdf");

    private static Tomcat tomcat;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void deployTheWar() {
        assertThat(WAR).as("the war is built by `mvn package` before the server tests run").isRegularFile();
        tomcat = Tomcat.deploy(WAR, "bulletins");
    }

    @AfterAll
    static void stopTomcat() {
        if (tomcat != null) {
            tomcat.close();
        }
    }

    @Test
    void theContextPathOpensTheHomePageAndAFolderItsIndexPage() throws Exception {
        HttpResponse<String> home = get(tomcat.url(""));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(home.body()).title()).contains("永州市打好优化发展环境持久仗 工作专报");
        HttpResponse<String> issue = get(tomcat.url("issues/2023/17/"));
        assertThat(issue.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(issue.body()).select(".masthead-number").text()).isEqualTo("第17期");
    }

    @Test
    void everyPageReachedByFollowingLinksFromTheHomePageAnswersAndNoLinkIsBroken() throws Exception {
        String root = tomcat.url("");
        Map<String, String> linkedFrom = new LinkedHashMap<>();
        linkedFrom.put(root, "(start)");
        Deque<String> queue = new ArrayDeque<>(List.of(root));
        List<String> problems = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        while (!queue.isEmpty()) {
            String url = queue.poll();
            HttpResponse<String> response = get(url);
            if (response.statusCode() != 200) {
                problems.add(url + " (linked from " + linkedFrom.get(url) + ") answered " + response.statusCode());
                continue;
            }
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            pages.add(url);
            Document page = Jsoup.parse(response.body(), url);
            for (Element link : page.select("[href], [src]")) {
                String attribute = link.hasAttr("href") ? "href" : "src";
                String raw = link.attr(attribute);
                if (raw.startsWith("#")) {
                    continue;
                }
                if (raw.startsWith("/") || raw.contains("://")) {
                    problems.add(url + ": " + attribute + "=\"" + raw + "\" is not relative");
                    continue;
                }
                String target = link.absUrl(attribute).replaceFirst("#.*", "");
                if (linkedFrom.putIfAbsent(target, url) == null) {
                    queue.add(target);
                }
            }
        }
        assertThat(problems).isEmpty();
        // the crawl reached every page of the war, so no page was left unread
        long pagesInWar = warEntries().stream().filter(n -> n.endsWith(".html") && !n.equals("404.html")).count();
        assertThat(pages.stream().filter(u -> !u.endsWith("/"))).hasSize((int) pagesInWar);
    }

    @Test
    void everyFileIsServedWithItsTypeAndTextAsUtf8() throws Exception {
        Map<String, String> wrong = new TreeMap<>();
        for (String name : warEntries()) {
            String extension = name.substring(name.lastIndexOf('.') + 1);
            if (name.startsWith("WEB-INF/") || !CONTENT_TYPES.containsKey(extension)) {
                continue;
            }
            HttpResponse<String> response = get(tomcat.url(name));
            String type = response.headers().firstValue("Content-Type").orElse("(none)");
            if (response.statusCode() != 200 || !type.equalsIgnoreCase(CONTENT_TYPES.get(extension))) {
                wrong.put(name, response.statusCode() + " " + type);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(warEntries()).anyMatch(n -> n.endsWith(".js")).anyMatch(n -> n.endsWith(".css")).anyMatch(n -> n.endsWith(".xml"));
    }

    @Test
    void theBuildsMarkerAndTheDescriptorsAreNotServed() throws Exception {
        assertThat(get(tomcat.url("WEB-INF/web.xml")).statusCode()).isEqualTo(404);
        assertThat(get(tomcat.url("WEB-INF/.bulletin-archive-site")).statusCode()).isEqualTo(404);
        assertThat(get(tomcat.url(".bulletin-archive-site")).statusCode()).isEqualTo(404);
    }

    @Test
    void pagesAreRevalidatedByAHashOfTheirContentSinceEveryFileCarriesTheSameFixedTime() throws Exception {
        HttpResponse<String> home = get(tomcat.url("index.html"));
        assertThat(home.headers().firstValue("Cache-Control")).hasValue("max-age=0");
        String etag = home.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).as("a strong ETag, not W/\"length-time\"").doesNotStartWith("W/");
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create(tomcat.url("index.html"))).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(get(tomcat.url("search.html")).headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    }

    @Test
    void anUnknownAddressAnswers404WithTheSitesStyledNotFoundPage() throws Exception {
        HttpResponse<String> missing = get(tomcat.url("no-such-page.html"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(Jsoup.parse(missing.body()).select("h1").text()).isEqualTo("页面不存在");
        try (Browser browser = Browser.start()) {
            browser.driver().get(tomcat.url("no-such-page.html"));
            Object border = browser.driver().executeScript("return getComputedStyle(document.querySelector('.site-header')).borderBottomStyle;");
            assertThat(border).as("the site's stylesheet is applied").isEqualTo("solid");
            browser.driver().findElement(By.linkText("回到首页")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/bulletins/index.html"));
            browser.screenshot("tomcat-404");
        }
    }

    @Test
    void aSearchInChromiumFindsTheChangshaEntryAndOpensIt() {
        try (Browser browser = Browser.start()) {
            browser.driver().get(tomcat.url("search.html?q=" + URLEncoder.encode("无证明城市", StandardCharsets.UTF_8)));
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
            wait.until(d -> !d.findElements(By.cssSelector("#search-results li.search-result")).isEmpty());
            WebElement first = browser.driver().findElements(By.cssSelector("#search-results li.search-result")).get(0);
            assertThat(first.findElement(By.cssSelector(".search-result-meta")).getText()).contains("长沙").contains("第17期");
            browser.screenshot("tomcat-search");
            first.findElement(By.cssSelector("a.search-result-title")).click();
            wait.until(d -> d.getCurrentUrl().endsWith("/bulletins/issues/2023/17/10-changsha.html"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("长沙");
            assertThat(browser.severeConsoleMessages()).as("browser console errors").isEmpty();
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> warEntries() throws IOException {
        try (ZipFile war = new ZipFile(WAR.toFile())) {
            return war.stream().map(ZipEntry::getName).filter(n -> !n.endsWith("/")).toList();
        }
    }
}
