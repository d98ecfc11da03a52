package org.bulletinarchive.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.bulletinarchive.Samples;
import org.bulletinarchive.testsupport.Browser;
import org.bulletinarchive.testsupport.Trees;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview as the editor uses it, in real headless Chromium: a page open in the browser while content files are
 * edited, broken and fixed on disk, and the preview (in this JVM, on a free port) builds and reloads by itself.
 */
class PreviewBrowserIT {

    @TempDir
    static Path tmp;

    private static Path project;
    private static Preview preview;
    private static URI address;
    private static Browser browser;
    private static final List<String> said = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startThePreviewAndABrowser() throws Exception {
        project = Trees.copyOfProject(tmp.resolve("project"));
        preview = new Preview(project, Preview.defaultSite(project), said::add);
        address = preview.serve(0);
        preview.watch();
        assertThat(preview.build(line -> { }, pages -> { }).problems()).isEmpty();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (preview != null) {
            preview.close();
        }
    }

    private static ChromeDriver driver() {
        return browser.driver();
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver(), Duration.ofSeconds(seconds));
    }

    private static void edit(String file, String what, String with) throws Exception {
        Path path = project.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).contains(what);
        Files.writeString(path, text.replace(what, with), StandardCharsets.UTF_8);
    }

    @Test
    void savingAnEditedEntryReloadsTheOpenPageWithTheChange() throws Exception {
        browser.desktop();
        driver().get(address.resolve("issues/2023/17/10-changsha.html").toString());
        assertThat(driver().findElement(By.cssSelector(".entry-text")).getText()).contains("长沙 41 类电子证照");
        driver().executeScript("window.openedBeforeTheEdit = true;");

        edit("content/issues/2023/17/10-changsha.md", "长沙 41 类电子证照", "长沙 43 类电子证照");

        waitUpTo(30).until(d -> d.findElement(By.cssSelector(".entry-text")).getText().contains("长沙 43 类电子证照"));
        assertThat(driver().executeScript("return window.openedBeforeTheEdit === true;")).as("the page was loaded again").isEqualTo(false);
        assertThat(said).anyMatch(line -> line.startsWith("changed: content/issues/2023/17/10-changsha.md"))
                .anyMatch(line -> line.startsWith("rebuilt in "));
        browser.screenshot("preview-reloaded-after-edit");
        assertThat(browser.severeConsoleMessages()).as("browser console").isEmpty();
    }

    @Test
    void aBrokenEntryShowsItsProblemOverTheLastGoodPageUntilItIsFixed() throws Exception {
        browser.desktop();
        driver().get(address.resolve("issues/2023/17/11-zhuzhou.html").toString());
        By problems = By.id(PreviewServer.MARK + "-problems");
        assertThat(driver().findElements(problems)).isEmpty();

        edit("content/issues/2023/17/11-zhuzhou.md", "order=11", "order=0");

        waitUpTo(30).until(d -> !d.findElements(problems).isEmpty());
        String shown = driver().findElement(problems).getText();
        assertThat(shown).contains("The site could not be built: 1 problem", "content/issues/2023/17/11-zhuzhou.md:6",
                "order=0 is not an entry's place in its issue");
        assertThat(driver().findElement(By.tagName("h1")).getText()).as("the last good page, under the problem").isEqualTo("株洲");
        assertThat(said).anyMatch(line -> line.startsWith("error: content/issues/2023/17/11-zhuzhou.md:6: order=0"));
        browser.screenshot("preview-build-error");

        edit("content/issues/2023/17/11-zhuzhou.md", "order=0", "order=11");

        waitUpTo(30).until(d -> d.findElements(problems).isEmpty());
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("株洲");
    }

    @Test
    void theReloadScriptIsInWhatThePreviewSendsButNeverInTheBuiltSiteOrItsZip() throws Exception {
        driver().get(address.toString());
        assertThat(driver().getPageSource()).contains(PreviewServer.EVENTS);
        Path site = Preview.defaultSite(project);
        try (Stream<Path> files = Files.walk(site)) {
            List<Path> carrying = files.filter(Files::isRegularFile)
                    .filter(f -> new String(readAll(f), StandardCharsets.ISO_8859_1).contains(PreviewServer.MARK)).toList();
            assertThat(carrying).isEmpty();
        }
        try (ZipFile zip = new ZipFile(site.resolveSibling("preview.zip").toFile())) {
            assertThat(zip.stream().filter(e -> e.getName().endsWith(".html"))
                    .filter(e -> new String(readAll(zip, e), StandardCharsets.UTF_8).contains(PreviewServer.MARK)).toList()).isEmpty();
            assertThat(zip.stream().filter(e -> e.getName().endsWith(".html")).count()).isGreaterThan(40);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] readAll(ZipFile zip, java.util.zip.ZipEntry entry) {
        try (var in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
