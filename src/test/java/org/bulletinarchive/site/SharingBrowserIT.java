package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.bulletinarchive.Samples;
import org.bulletinarchive.testsupport.Browser;
import org.bulletinarchive.testsupport.Nginx;
import org.bulletinarchive.testsupport.QrDecoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sharing and publishing in real headless Chromium, from a real nginx that answers a missing address with the site's
 * 404.html: the sample as `mvn package` built it (no base URL), and the archive of two series built with the nginx
 * address as its base URL, so that its QR codes and absolute links lead back to that server.
 */
class SharingBrowserIT {

    private static final Path SAMPLE = Samples.PROJECT.resolve("target/site-archive");
    private static final String SUB_PATH = "/zhuanbao/archive/";
    private static final String WECHAT = "Mozilla/5.0 (Linux; Android 13; V2203A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 "
            + "Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160117 MMWEBSDK/20240404 MMWEBID/2307 MicroMessenger/8.0.49.2600(0x28003133) "
            + "WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64";

    @TempDir
    static Path tmp;

    private static Browser browser;
    /** The two series built with {@code nginx.url("")} as base URL, served by it. */
    private static Nginx shared;
    private static int consoleSeen;

    @BeforeAll
    static void buildTheSiteWithTheServersAddressAndStartTheBrowser() throws Exception {
        assertThat(SAMPLE.resolve("index.html")).as("the site is built by `mvn package` before the browser tests run").isRegularFile();
        FixtureProject project = SeveralSeriesSiteIT.twoSeries(tmp.resolve("p"));
        shared = Nginx.serve(project.site(), SUB_PATH);
        new SiteBuilder(project.root, line -> { }).baseUrl(shared.url("")).build(project.site());
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (shared != null) {
            shared.close();
        }
    }

    private static ChromeDriver driver() {
        return browser.driver();
    }

    @Test
    void withoutABaseUrlTheNotFoundPageThreeFoldersDownIsStyledAndLeadsHome() {
        try (Nginx nginx = Nginx.serve(SAMPLE, SUB_PATH)) {
            browser.desktop();
            String missing = nginx.url("issues/2023/99/index.html");
            driver().get(missing);
            assertThat(driver().getTitle()).startsWith("页面不存在");
            assertStyledByOurCss("the not-found page three folders down");
            browser.screenshot("not-found-three-folders-down");
            click(By.cssSelector("main a.home-link"));
            assertThat(driver().getCurrentUrl()).isEqualTo(nginx.url("index.html"));
            assertThat(driver().findElements(By.cssSelector("link[rel=stylesheet]"))).hasSize(1);
            assertStyledByOurCss("the home page reached from it");
            assertThat(newConsoleErrors()).as("console").allMatch(e -> e.contains(missing) && e.contains("404"));
            assertThat(notFoundRequests(nginx)).as("requests that found nothing").containsExactly("/zhuanbao/archive/issues/2023/99/index.html");
        }
    }

    @Test
    void withABaseUrlTheNotFoundPageAtAnyDepthIsStyledAndLeadsHome() {
        browser.desktop();
        String missing = shared.url("old/links/from/2019/bulletin.html");
        driver().get(missing);
        assertStyledByOurCss("the not-found page five folders down");
        click(By.cssSelector("main a.home-link"));
        assertThat(driver().getCurrentUrl()).isEqualTo(shared.url("index.html"));
        assertStyledByOurCss("the home page reached from it");
        assertThat(newConsoleErrors()).as("console").allMatch(e -> e.contains(missing) && e.contains("404"));
        assertThat(notFoundRequests(shared)).as("requests that found nothing").containsOnly("/zhuanbao/archive/old/links/from/2019/bulletin.html");
    }

    @Test
    void theQrCodeBesideTheTitleAndInThePrintFooterLeadsBackToThePage() throws Exception {
        browser.desktop();
        String entry = shared.url("series/yongzhou-jianbao/2023/17/02-changsha.html");
        driver().get(shared.url("series/yongzhou-jianbao/2023/17/index.html"));
        String issue = driver().getCurrentUrl();
        assertThat(read(driver().findElement(By.cssSelector(".page-qr svg")))).isEqualTo(issue);
        assertThat(driver().findElement(By.cssSelector(".page-qr figcaption")).getText()).isEqualTo("手机扫码阅读");
        browser.screenshot("qr-beside-the-masthead");
        for (WebElement link : driver().findElements(By.cssSelector(".issue-entry-link a"))) {
            if (link.getAttribute("href").endsWith("02-changsha.html")) {
                link.click();
                break;
            }
        }
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(entry));
        WebElement onScreen = driver().findElement(By.cssSelector(".page-qr svg"));
        assertThat(onScreen.getRect().getX()).as("beside the title, at the right").isGreaterThan(driver().findElement(By.tagName("h1")).getRect().getX() + 300);
        assertThat(read(onScreen)).isEqualTo(entry);
        assertThat(display(".print-qr")).isEqualTo("none");

        driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(display(".page-qr")).isEqualTo("none");
            assertThat(display(".print-qr")).isEqualTo("block");
            // a printer has many dots to a CSS pixel: 4 here
            driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 900, "deviceScaleFactor", 4, "mobile", false));
            try {
                assertThat(read(driver().findElement(By.cssSelector(".print-source .print-qr")))).as("the printed code").isEqualTo(entry);
            } finally {
                driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
            browser.screenshot("qr-in-print");
        } finally {
            driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }

        browser.phone();
        driver().navigate().refresh();
        assertThat(display(".page-qr")).as("on a phone, which is where the code would lead").isEqualTo("none");
        assertThat(newConsoleErrors()).isEmpty();
    }

    @Test
    void inWeChatTheOriginalPdfLinkAndTheOfflineCopySayThatDownloadsNeedTheSystemBrowser() {
        browser.phone();
        String issue = shared.url("series/yongzhou-jianbao/2023/17/index.html");
        driver().executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", WECHAT));
        try {
            driver().get(issue);
            WebElement note = driver().findElement(By.cssSelector(".issue-originals .wechat-download-note"));
            assertThat(note.isDisplayed()).isTrue();
            assertThat(note.getText()).isEqualTo("微信内无法下载，请点右上角 ··· 在浏览器打开");
            browser.screenshot("wechat-download-note");
            // and beside the offline copy the home page offers
            driver().get(shared.url("index.html"));
            WebElement offline = driver().findElement(By.cssSelector("#offline-download .wechat-download-note"));
            assertThat(offline.isDisplayed()).isTrue();
            assertThat(offline.getText()).isEqualTo("微信内无法下载，请点右上角 ··· 在浏览器打开");
        } finally {
            driver().executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", ""));
        }
        driver().get(shared.url("index.html"));
        driver().get(issue);
        assertThat(driver().findElements(By.cssSelector(".wechat-download-note"))).as("in any other browser").isEmpty();
        assertThat(driver().findElement(By.cssSelector("a.issue-original")).getAttribute("href")).endsWith(".pdf");
        assertThat(newConsoleErrors()).isEmpty();
    }

    /** The not-found page's own stylesheet and the site's give the same header and page colour. */
    private void assertStyledByOurCss(String what) {
        Object border = driver().executeScript("return getComputedStyle(document.querySelector('.site-header')).borderBottomStyle;");
        Object background = driver().executeScript("return getComputedStyle(document.body).backgroundColor;");
        assertThat(List.of(border, background)).as(what).containsExactly("solid", "rgb(253, 252, 249)");
    }

    private String display(String selector) {
        return driver().findElement(By.cssSelector(selector)).getCssValue("display");
    }

    /** What a phone reads from the code as the browser draws it. */
    private static String read(WebElement code) throws Exception {
        return QrDecoder.decode(ImageIO.read(new ByteArrayInputStream(code.getScreenshotAs(OutputType.BYTES))));
    }

    private static void click(By by) {
        String before = driver().getCurrentUrl();
        driver().findElement(by).click();
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> !before.equals(d.getCurrentUrl()));
    }

    /** Console errors since the last call. */
    private static List<String> newConsoleErrors() {
        List<String> all = browser.severeConsoleMessages();
        List<String> fresh = List.copyOf(all.subList(Math.min(consoleSeen, all.size()), all.size()));
        consoleSeen = all.size();
        return fresh;
    }

    /** The paths nginx answered with 404. */
    private static List<String> notFoundRequests(Nginx nginx) {
        return nginx.accessLog().lines().filter(l -> l.contains("\" 404 ")).map(l -> l.replaceFirst("^[^\"]*\"[A-Z]+ (\\S+) .*$", "$1")).toList();
    }
}
