package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
    void aReaderWalksFromHomeToAnEntryAndItsSubjectAndBackToTheIssueFromFile() {
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

        click(By.cssSelector("a.entry-subject"));
        assertThat(driver().getCurrentUrl()).endsWith("/cities/changsha.html");
        assertThat(driver().getTitle()).startsWith("长沙 · ");
        visited("subject");

        click(By.cssSelector(".entry-item-issue"));
        assertThat(driver().getCurrentUrl()).endsWith("/issues/2023/17/index.html#entry-10-changsha");
        assertThat(driver().findElement(By.cssSelector(".masthead-number")).getText()).isEqualTo("第17期");
        assertThat(browser.consoleMessages()).as("browser console").isEmpty();
    }

    @Test
    void pagesFitPhoneWidthsWithoutHorizontalScrollingEvenAtDoubleTextSize() {
        List<String> pages = List.of("index.html", "issues/index.html", "issues/2023/index.html", "issues/2023/17/index.html", "issues/2023/17/10-changsha.html",
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
        browser.screenshot("phone-375-subject");
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
    void printingHidesNavigationAndPrintsTheSourceAndDate() {
        browser.desktop();
        driver().get(SITE.resolve("issues/2023/17/10-changsha.html").toUri().toString());
        assertThat(display(".print-source")).isEqualTo("none");
        driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(display(".site-header")).isEqualTo("none");
            assertThat(display(".pager")).isEqualTo("none");
            assertThat(display(".breadcrumb")).isEqualTo("none");
            assertThat(display(".print-source")).isEqualTo("block");
            assertThat(driver().findElement(By.cssSelector(".print-source")).getText())
                    .contains("永州市打好优化发展环境持久仗 工作专报", "第17期", "2023年9月28日");
        } finally {
            driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void textMeetsWcagAaContrastInLightAndDarkMode() {
        browser.desktop();
        for (String scheme : List.of("light", "dark")) {
            driver().executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("media", "", "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            try {
                for (String page : List.of("index.html", "issues/2023/17/index.html", "cities/changsha.html")) {
                    driver().get(SITE.resolve(page).toUri().toString());
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> worst = (List<Map<String, Object>>) driver().executeScript(CONTRAST_SCRIPT);
                    assertThat(worst).as("%s in %s mode: text below 4.5:1", page, scheme).isEmpty();
                }
                Object background = driver().executeScript("return getComputedStyle(document.body).backgroundColor;");
                assertThat(background.toString()).as(scheme).isEqualTo(scheme.equals("dark") ? "rgb(22, 22, 24)" : "rgb(253, 252, 249)");
            } finally {
                driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
            }
        }
    }

    @Test
    void keyboardUsersGetASkipLinkAndAVisibleFocus() {
        browser.desktop();
        driver().get(SITE.resolve("issues/2023/17/index.html").toUri().toString());
        driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        WebElement focused = driver().switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip-link");
        assertThat(focused.getRect().getX()).isGreaterThanOrEqualTo(0);
        assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
        focused.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(driver().getCurrentUrl()).endsWith("#main");
    }

    /** Lists visible text elements whose colour against their effective background is below 4.5:1. */
    private static final String CONTRAST_SCRIPT = """
            function rgb(c) { var m = c.match(/[\\d.]+/g); return m ? m.map(Number) : [0, 0, 0, 0]; }
            function lum(c) { var v = c.slice(0, 3).map(function (x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
              return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }
            function bg(el) { for (; el; el = el.parentElement) { var c = rgb(getComputedStyle(el).backgroundColor);
              if (c.length < 4 || c[3] > 0) return c; } return [255, 255, 255]; }
            var bad = [];
            document.querySelectorAll('main p, main li, main a, main h1, main h2, main h3, main time, header a, footer p, footer a, button').forEach(function (el) {
              if (!el.offsetParent || !el.textContent.trim()) return;
              var fg = lum(rgb(getComputedStyle(el).color)), b = lum(bg(el));
              var ratio = (Math.max(fg, b) + 0.05) / (Math.min(fg, b) + 0.05);
              if (ratio < 4.5) bad.push({text: el.textContent.trim().slice(0, 20), ratio: ratio});
            });
            return bad;
            """;

    private String display(String selector) {
        return driver().findElement(By.cssSelector(selector)).getCssValue("display");
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
