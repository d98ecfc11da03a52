package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bulletinarchive.Samples;
import org.bulletinarchive.testsupport.Browser;
import org.bulletinarchive.testsupport.Nginx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built site (target/site-archive, made by `mvn package`) in real headless Chromium:
 * opened from file:// as an unzipped copy would be, and from nginx under a sub-path.
 */
class SiteBrowserIT {

    private static final Path SITE = Samples.PROJECT.resolve("target/site-archive");
    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        assertThat(SITE.resolve("index.html")).as("the site is built by `mvn package` before the browser tests run").isRegularFile();
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private ChromeDriver driver() {
        return browser.driver();
    }

    @Test
    void aReaderWalksFromHomeToAnEntryAndItsCityAndBackToTheIssueFromFile() {
        browser.desktop();
        driver().get(SITE.resolve("index.html").toUri().toString());
        assertThat(driver().getTitle()).contains("永州市打好优化发展环境持久仗 工作专报");
        visited("home");

        click(By.cssSelector(".site-nav a[href='issues/index.html']"));
        assertThat(driver().getTitle()).startsWith("全部期次");
        visited("timeline");

        click(By.linkText("第17期"));
        assertThat(driver().getCurrentUrl()).endsWith("/issues/2023/17/index.html");
        assertThat(driver().findElement(By.cssSelector(".masthead-number")).getText()).isEqualTo("第17期");
        visited("issue");

        click(By.cssSelector("#entry-10-changsha .issue-entry-link a"));
        assertThat(driver().getCurrentUrl()).endsWith("/issues/2023/17/10-changsha.html");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("长沙");
        visited("entry");

        click(By.cssSelector("a.entry-city"));
        assertThat(driver().getCurrentUrl()).endsWith("/cities/changsha.html");
        assertThat(driver().getTitle()).startsWith("长沙 · ");
        visited("city");

        click(By.cssSelector(".entry-item-issue"));
        assertThat(driver().getCurrentUrl()).endsWith("/issues/2023/17/index.html#entry-10-changsha");
        assertThat(driver().findElement(By.cssSelector(".masthead-number")).getText()).isEqualTo("第17期");
        assertThat(browser.consoleMessages()).as("browser console").isEmpty();
    }

    @Test
    void pagesFitPhoneWidthsWithoutHorizontalScrollingEvenAtDoubleTextSize() {
        List<String> pages = List.of("index.html", "issues/index.html", "issues/2023/17/index.html", "issues/2023/17/10-changsha.html",
                "cities/index.html", "cities/changsha.html", "search.html", "404.html");
        for (int width : new int[]{375, 320}) {
            browser.windowSize(width, 800);
            for (String page : pages) {
                driver().get(SITE.resolve(page).toUri().toString());
                assertThat(overflow()).as("%s at %dpx", page, width).isLessThanOrEqualTo(0);
                driver().executeScript("document.documentElement.style.fontSize = '200%';");
                assertThat(overflow()).as("%s at %dpx with text at 200%%", page, width).isLessThanOrEqualTo(0);
            }
        }
        browser.windowSize(375, 800);
        driver().get(SITE.resolve("issues/2023/17/index.html").toUri().toString());
        browser.screenshot("phone-375-issue");
        driver().get(SITE.resolve("cities/changsha.html").toUri().toString());
        browser.screenshot("phone-375-city");
        browser.windowSize(320, 800);
        driver().get(SITE.resolve("issues/2023/17/10-changsha.html").toUri().toString());
        browser.screenshot("phone-320-entry");
        assertThat(browser.consoleMessages()).as("browser console").isEmpty();
    }

    @Test
    void bodyTextIsLargeAndAiry() {
        browser.windowSize(375, 800);
        driver().get(SITE.resolve("issues/2023/17/10-changsha.html").toUri().toString());
        WebElement paragraph = driver().findElement(By.cssSelector(".entry-text p"));
        double size = Double.parseDouble(paragraph.getCssValue("font-size").replace("px", ""));
        double lineHeight = Double.parseDouble(paragraph.getCssValue("line-height").replace("px", ""));
        assertThat(size).isBetween(16.0, 18.0);
        assertThat(lineHeight / size).isGreaterThanOrEqualTo(1.7);
    }

    @Test
    void theSameBuildWorksFromNginxUnderASubPath() throws Exception {
        try (Nginx nginx = Nginx.serve(SITE, "/zhuanbao/archive/")) {
            browser.desktop();
            driver().get(nginx.url("index.html"));
            visited("http-home");
            click(By.cssSelector(".site-nav a[href='cities/index.html']"));
            click(By.linkText("长沙 1"));
            assertThat(driver().getCurrentUrl()).endsWith("/zhuanbao/archive/cities/changsha.html");
            click(By.cssSelector(".entry-item-link"));
            assertThat(driver().getCurrentUrl()).endsWith("/zhuanbao/archive/issues/2023/17/10-changsha.html");
            click(By.cssSelector("a[rel=next]"));
            assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("株洲");
            assertThat(nginx.accessLog()).doesNotContain("\" 404 ");
            assertThat(browser.consoleMessages()).as("browser console").isEmpty();
        }
    }

    private void click(By by) {
        String before = driver().getCurrentUrl();
        driver().findElement(by).click();
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> !before.equals(d.getCurrentUrl()));
    }

    private void visited(String name) {
        assertThat(driver().findElements(By.cssSelector("link[rel=stylesheet]"))).isNotEmpty();
        Object styled = driver().executeScript("return getComputedStyle(document.querySelector('.site-header')).borderBottomStyle;");
        assertThat(styled).as("stylesheet applied on " + name).isEqualTo("solid");
        assertThat(browser.consoleMessages()).as("console on " + name).isEmpty();
        browser.screenshot("walk-" + name);
    }

    private long overflow() {
        Object value = driver().executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        return ((Number) value).longValue();
    }
}
