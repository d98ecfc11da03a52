package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.bulletinarchive.testsupport.Browser;
import org.bulletinarchive.testsupport.Nginx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The offline copy as a reader gets it: the zip of the committed content, downloaded from the home page and unzipped
 * into a folder whose path holds spaces and Chinese ({@code 专报 档案/}), read from file:// in headless Chromium.
 */
class OfflineCopyBrowserIT {

    @TempDir
    static Path tmp;

    private static SiteBuilder.Result built;
    private static Path unzipped;
    private static Browser browser;

    @BeforeAll
    static void buildUnzipIntoAnAwkwardFolderAndStartTheBrowser() throws Exception {
        FixtureProject project = FixtureProject.withCommittedContent(tmp.resolve("project"));
        built = new SiteBuilder(project.root, line -> { }).build(tmp.resolve("one/site-archive"));
        unzipped = tmp.resolve("专报 档案");
        unzip(built.zip(), unzipped);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void unzip(Path zip, Path into) throws Exception {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target).as("an entry of the zip").startsWithRaw(into);
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        }
    }

    @Test
    void theZipHoldsOneTopFolderOfAsciiNamesWithIndexHtmlAndIsTheSameBytesWhenBuiltAgain() throws Exception {
        Set<String> tops = new TreeSet<>();
        try (ZipFile zip = new ZipFile(built.zip().toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                assertThat(entry.getName()).as("an entry name").matches("[\\x21-\\x7e]+");
                tops.add(entry.getName().substring(0, entry.getName().indexOf('/')));
            }
            assertThat(zip.getEntry("site-archive/index.html")).isNotNull();
        }
        assertThat(tops).containsExactly("site-archive");

        FixtureProject again = FixtureProject.withCommittedContent(tmp.resolve("again"));
        SiteBuilder.Result second = new SiteBuilder(again.root, line -> { }).build(tmp.resolve("two/site-archive"));
        assertThat(second.zip()).hasSameBinaryContentAs(built.zip());
        assertThat(second.site().resolve("download/site-archive.zip")).hasSameBinaryContentAs(built.zip());
    }

    @Test
    void everyPageOpensFromTheHomePageByItsLinksStyledAndWithoutABrokenLink() {
        browser.desktop();
        String home = unzipped.resolve("site-archive/index.html").toUri().toString();
        assertThat(home).as("the folder's path in the address").contains("%20").contains("%E4%B8%93");
        Deque<String> next = new ArrayDeque<>(List.of(home));
        Set<String> seen = new LinkedHashSet<>(next);
        while (!next.isEmpty()) {
            String page = next.removeFirst();
            browser.driver().get(page);
            Object header = browser.driver().executeScript(
                    "var h = document.querySelector('.site-header'); return h && getComputedStyle(h).borderBottomStyle;");
            assertThat(header).as("the stylesheet applies on %s", page).isEqualTo("solid");
            // every link a reader can see (the download link is hidden in the copy, see below), by the address the browser resolves
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) browser.driver().executeScript(
                    "return Array.from(document.querySelectorAll('a[href], link[href], script[src]'))"
                            + ".filter(function (e) { return !e.closest('[hidden]'); }).map(function (e) { return e.href || e.src; });");
            for (String link : links) {
                String file = link.replaceFirst("[?#].*$", "");
                assertThat(file).as("a link on %s", page).startsWith("file:");
                assertThat(Path.of(URI.create(file))).as("%s, linked from %s", link, page).isRegularFile().startsWithRaw(unzipped);
                if (file.endsWith(".html") && seen.add(file)) {
                    next.add(file);
                }
            }
            assertThat(browser.consoleMessages()).as("console on %s", page).isEmpty();
        }
        assertThat(seen).as("pages opened").hasSizeGreaterThan(40)
                .contains(unzipped.resolve("site-archive/issues/2023/17/10-changsha.html").toUri().toString());
    }

    @Test
    void theHomePageOfTheCopySaysItIsTheOfflineCopyInsteadOfLinkingToTheZip() {
        browser.phone();
        browser.driver().get(unzipped.resolve("site-archive/index.html").toUri().toString());
        assertThat(browser.driver().findElement(By.id("offline-download")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("offline-reading")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("offline-reading")).getText()).contains("你正在阅读离线版");
        browser.screenshot("offline-copy-home");
    }

    @Test
    void servedOverHttpTheHomePageOffersTheZipWithItsSize() throws Exception {
        try (Nginx nginx = Nginx.serve(built.site(), "/bulletins/")) {
            browser.desktop();
            browser.driver().get(nginx.url("index.html"));
            WebElement link = browser.driver().findElement(By.cssSelector("#offline a.offline-link"));
            assertThat(link.isDisplayed()).isTrue();
            assertThat(browser.driver().findElement(By.id("offline-reading")).isDisplayed()).isFalse();
            assertThat(link.getText()).matches("下载离线版（zip，\\d+ KB）");
            assertThat(link.getAttribute("href")).isEqualTo(nginx.url("download/site-archive.zip"));
            assertThat(nginx.accessLog()).doesNotContain("\" 404 ");
        }
    }

    @Test
    void aSearchInTheCopyFindsTheChangshaEntry() {
        browser.desktop();
        browser.driver().get(unzipped.resolve("site-archive/index.html").toUri().toString());
        WebElement query = browser.driver().findElement(By.id("home-q"));
        query.sendKeys("无证明城市");
        query.submit();
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        wait.until(d -> !d.findElements(By.cssSelector("#search-results li.search-result")).isEmpty());
        WebElement first = browser.driver().findElement(By.cssSelector("#search-results li.search-result a.search-result-title"));
        assertThat(first.getText()).contains("长沙");
        String before = browser.driver().getCurrentUrl();
        first.click();
        wait.until(d -> !before.equals(d.getCurrentUrl()));
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(unzipped.resolve("site-archive/issues/2023/17/10-changsha.html").toUri().toString());
        assertThat(browser.consoleMessages()).as("browser console").isEmpty();
    }
}
