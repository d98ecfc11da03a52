package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bulletinarchive.Samples;
import org.bulletinarchive.search.SiteFixture;
import org.bulletinarchive.testsupport.Browser;
import org.bulletinarchive.testsupport.Nginx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every kind of page audited by axe-core against WCAG 2.1 A and AA, in real headless Chromium at a phone's width and a
 * desktop's, and walked with the Tab key. The site is the committed sample with a second series whose item has three
 * subjects ({@link ItemsAndTagsSiteIT#TAGGED}), built with a base URL so that issue and item pages carry their QR code,
 * and served by nginx under /archive/ with the project's configuration (axe reads the stylesheets, which a page opened
 * from file:// may not; the not-found page is what nginx sends for a missing address).
 * axe-core is pinned in src/test/axe/package-lock.json and installed there with `npm ci` when it is missing; the test
 * injects it into each page, so it is never part of the site and nothing is fetched from another host.
 */
class AccessibilityBrowserIT {

    private static final Path AXE = Samples.PROJECT.resolve("src/test/axe");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String QUERY = "营商环境";

    /** One kind of page and where the fixture site has one. */
    record Kind(String name, String path) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Kind> KINDS = List.of(
            new Kind("home", "index.html"),
            new Kind("series timeline", "issues/index.html"),
            new Kind("timeline of the second series", "series/changsha-tongbao/index.html"),
            new Kind("year", "issues/2023/index.html"),
            new Kind("issue", "issues/2023/17/index.html"),
            new Kind("item", "issues/2023/17/10-changsha.html"),
            new Kind("item with three subjects", "series/changsha-tongbao/2024/5/01-changsha-xian.html"),
            new Kind("subject", "cities/changsha.html"),
            new Kind("subject index", "cities/index.html"),
            new Kind("search with results", "search.html?q=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8)),
            new Kind("not found", "issues/2023/99/index.html"));

    static final List<Integer> WIDTHS = List.of(360, 1280);

    @TempDir
    static Path tmp;
    static Path site;
    static String axeSource;
    static Browser browser;
    static Nginx nginx;
    /** How many console errors there were when the page under test was opened. */
    private int consoleSeen;

    @BeforeAll
    static void buildSiteInstallAxeAndStartBrowser() throws Exception {
        FixtureProject project = FixtureProject.withCommittedContent(tmp.resolve("project"));
        SiteFixture.files(project.root, ItemsAndTagsSiteIT.TAGGED);
        new SiteBuilder(project.root, line -> { }).baseUrl("https://intranet.example/archive/").build(project.site());
        site = project.site();
        nginx = Nginx.serve(site, "/archive/");
        axeSource = Files.readString(installedAxe());
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowserAndServer() {
        if (browser != null) {
            browser.close();
        }
        if (nginx != null) {
            nginx.close();
        }
    }

    /** axe.min.js of the version package-lock.json pins, installed by `npm ci` unless it already is. */
    private static Path installedAxe() throws IOException, InterruptedException {
        Path script = AXE.resolve("node_modules/axe-core/axe.min.js");
        Path installed = AXE.resolve("node_modules/axe-core/package.json");
        String pinned = version(Files.readString(AXE.resolve("package-lock.json")).split("\"node_modules/axe-core\"", 2)[1]);
        if (!Files.isRegularFile(script) || !Files.isRegularFile(installed) || !version(Files.readString(installed)).equals(pinned)) {
            Path log = Path.of("target/axe-npm-ci.log");
            Files.createDirectories(log.getParent());
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(AXE.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertThat(npm.waitFor()).as("npm ci in " + AXE + " (see " + log + ")").isZero();
        }
        assertThat(script).isRegularFile();
        return script;
    }

    private static String version(String json) {
        Matcher m = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as("a version in " + json.substring(0, Math.min(200, json.length()))).isTrue();
        return m.group(1);
    }

    static Stream<Arguments> pagesAtEachWidth() {
        return KINDS.stream().flatMap(k -> WIDTHS.stream().map(w -> Arguments.of(k, w)));
    }

    private ChromeDriver driver() {
        return browser.driver();
    }

    /** Opens the page at the width and waits until it is ready to read (for search: until the results are shown). */
    private void open(Kind kind, int width) {
        consoleSeen = browser.severeConsoleMessages().size();
        browser.windowSize(width, 900);
        driver().get(nginx.url(kind.path()));
        if (kind.path().startsWith("search.html")) {
            new WebDriverWait(driver(), Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        }
        assertThat(((Number) driver().executeScript("return document.documentElement.clientWidth")).intValue())
                .as("viewport width").isLessThanOrEqualTo(width);
    }

    /** The console errors since the page was opened, less the not-found page's own 404 status. */
    private List<String> consoleErrors(Kind kind) {
        List<String> console = browser.severeConsoleMessages();
        return console.subList(consoleSeen, console.size()).stream()
                .filter(m -> !(kind.name().equals("not found") && m.contains(kind.path()) && m.contains("404"))).toList();
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAtEachWidth")
    void everyKindOfPageHasNoWcag21AaViolations(Kind kind, int width) {
        open(kind, width);
        assertThat(violations()).as(kind + " at " + width + " px").isEmpty();
        assertThat(consoleErrors(kind)).as("browser console").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("darkPages")
    void everyKindOfPageHasNoWcag21AaViolationsInTheDarkColourScheme(Kind kind) {
        driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            open(kind, 1280);
            assertThat(driver().executeScript("return matchMedia('(prefers-color-scheme: dark)').matches")).isEqualTo(true);
            assertThat(violations()).as(kind + ", dark").isEmpty();
        } finally {
            driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    static Stream<Kind> darkPages() {
        return KINDS.stream();
    }

    /** axe-core's WCAG 2.1 A/AA violations on the open page, one line per rule with the elements it failed on. */
    private List<String> violations() {
        driver().executeScript(axeSource);
        Object result = driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + '\\n'
                      + v.nodes.map(n => '    ' + n.target.join(' ') + ' — ' + n.failureSummary.replace(/\\n\\s*/g, ' ')).join('\\n'))))
                  .catch(e => done(['axe failed: ' + e]));
                """, WCAG_21_AA);
        List<String> lines = new ArrayList<>();
        for (Object line : (List<?>) result) {
            lines.add(String.valueOf(line));
        }
        return lines;
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAtEachWidth")
    void everyLinkAndControlIsReachedByTabAndVisiblyFocused(Kind kind, int width) {
        open(kind, width);
        @SuppressWarnings("unchecked")
        List<WebElement> focusable = (List<WebElement>) driver().executeScript("""
                return Array.from(document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]'))
                  .filter(e => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden');
                """);
        assertThat(focusable).as("links and controls of " + kind).isNotEmpty();
        driver().executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
        Set<WebElement> reached = new LinkedHashSet<>();
        List<String> unmarked = new ArrayList<>();
        for (int i = 0; i < focusable.size() + 2; i++) {
            new Actions(driver()).sendKeys(Keys.TAB).perform();
            WebElement active = driver().switchTo().activeElement();
            // the focus ring: :focus-visible matches and draws an outline (or a shadow) the reader can see
            Boolean marked = (Boolean) driver().executeScript("""
                    const e = arguments[0], s = getComputedStyle(e);
                    return e === document.body || (e.matches(':focus-visible')
                      && ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'));
                    """, active);
            if (!marked) {
                unmarked.add(active.getTagName() + " " + active.getText() + " " + active.getAttribute("href"));
            }
            reached.add(active);
        }
        List<String> missed = focusable.stream().filter(e -> !reached.contains(e))
                .map(e -> e.getTagName() + " " + e.getText() + " " + e.getAttribute("href")).toList();
        assertThat(missed).as("not reached by Tab on " + kind).isEmpty();
        assertThat(unmarked).as("focused without a visible focus ring on " + kind).isEmpty();
    }

    @Test
    void theSearchPageAnnouncesHowManyResultsItFound() {
        open(new Kind("search", "search.html?q=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8)), 1280);
        WebElement status = driver().findElement(By.id("search-status"));
        assertThat(status.getAttribute("role")).isEqualTo("status");
        assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> status.getText().contains("条结果"));
        // the list is labelled by the status that counts it, and sits right after it
        WebElement results = driver().findElement(By.id("search-results"));
        assertThat(results.getAttribute("aria-labelledby")).isEqualTo("search-status");
    }

    @Test
    void theStylesheetsDrawAFocusRingForKeyboardFocus() throws IOException {
        try (Stream<Path> css = Files.walk(site.resolve("assets/css"))) {
            for (Path file : css.filter(f -> f.toString().endsWith(".css")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).contains(":focus-visible");
            }
        }
        assertThat(Files.readString(site.resolve("404.html"))).contains(":focus-visible");
    }
}
