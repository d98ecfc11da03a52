package org.bulletinarchive.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bulletinarchive.Samples;
import org.bulletinarchive.preview.PreviewServer;
import org.bulletinarchive.testsupport.Browser;
import org.bulletinarchive.testsupport.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editor's guide (docs/guide.md) walked through for real: a new bulletin received as a Word file, imported,
 * previewed, a misfiled entry corrected (and a slip made and put right), checked, built and opened offline — with the
 * packaged jar, in a terminal, and in Chromium. Each terminal block of the guide must be what the program printed
 * (times aside), or the test fails; {@code docs/make-guide-shots.sh} (-Dguide.update=true) rewrites the blocks and the
 * screenshots in docs/guide/.
 */
class EditorGuideIT {

    static final String IMPORT = "bin/bulletin-archive import 收文/第18期.docx";
    static final String SERVE = "bin/bulletin-archive serve";
    static final String CHECK = "bin/bulletin-archive check";
    static final String BUILD = "bin/bulletin-archive build";

    private static final Path GUIDE = Samples.PROJECT.resolve("docs/guide.md");
    private static final Path IMAGES = Samples.PROJECT.resolve("docs/guide");
    private static final boolean UPDATE = Boolean.getBoolean("guide.update");
    private static final Duration LONG = Duration.ofMinutes(3);
    private static final String ENTRY = "content/issues/2023/18/03-gulou-nanjing.md";

    @TempDir
    Path tmp;

    private final Map<String, String> shots = new LinkedHashMap<>();
    private final List<String> images = new ArrayList<>();
    private Browser browser;

    @Test
    void theGuideShowsWhatTheProgramReallyPrintsAndShowsAtEachStep() throws Exception {
        Path archive = Trees.copyOfProject(tmp.resolve("archive"));
        Files.createDirectories(archive.resolve("target"));
        Files.createSymbolicLink(archive.resolve("target/bulletin-archive.jar"), Samples.PROJECT.resolve("target/bulletin-archive.jar"));
        Files.createSymbolicLink(archive.resolve("target/lib"), Samples.PROJECT.resolve("target/lib"));
        // the launcher the guide's commands start with, as in the project
        Files.createDirectories(archive.resolve("bin"));
        Files.copy(Samples.PROJECT.resolve("bin/bulletin-archive"), archive.resolve("bin/bulletin-archive"), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        wordFile(Samples.PROJECT.resolve("src/test/resources/guide/bulletin-18.txt"), archive.resolve("收文/第18期.docx"));

        // step 2: import
        shots.put("import", Terminal.run(archive, IMPORT));
        assertThat(shots.get("import")).contains("'鼓楼区' names 4 places", "imported → content/issues/2023/18");
        shots.put("entry-file", Files.readString(archive.resolve(ENTRY), StandardCharsets.UTF_8));

        browser = Browser.start();
        try {
            preview(archive);
            // step 6 and 7: check and build
            shots.put("check", Terminal.run(archive, CHECK));
            assertThat(shots.get("check")).contains("no problems: 2 issues and 26 entries are ready to build.");
            shots.put("build", Terminal.run(archive, BUILD));
            assertThat(shots.get("build")).startsWith("built ").contains("into target/site-archive, its .zip and .war in ");
            offline(archive);
        } finally {
            browser.close();
        }
        compareWithTheGuide();
    }

    /** Step 3 to 5: serve, look, correct the entry, make a slip and see it, stop. */
    private void preview(Path archive) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String base = "http://127.0.0.1:" + port + "/";
        try (Terminal serve = Terminal.start(archive, SERVE + " --port " + port)) {
            serve.waitFor("in your browser", LONG);
            shots.put("serve", local(serve.sinceLast(), port));
            ChromeDriver driver = browser.driver();
            browser.windowSize(1000, 760);
            driver.get(base);
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("第18期");
            shoot("home");

            driver.get(base + "issues/2023/18/index.html");
            shoot("issue");
            driver.get(base + "issues/2023/18/03-gulou-nanjing.html");
            assertThat(driver.findElement(By.cssSelector(".subject-chain")).getText()).contains("江苏", "南京");
            shoot("entry-misfiled");

            // the editor corrects the entry with the issue page open, and saves
            driver.get(base + "issues/2023/18/index.html");
            driver.executeScript("window.beforeTheSave = true;");
            edit(archive, "subject.1=鼓楼区|gulou-nanjing|county|jiangsu|nanjing|320106", "subject.1=鼓楼区|gulou-fuzhou|county|fujian|fuzhou|350102");
            shots.put("entry-fixed", header(Files.readString(archive.resolve(ENTRY), StandardCharsets.UTF_8)));
            new WebDriverWait(driver, LONG).until(d -> !d.findElements(By.id("entry-03-gulou-fuzhou")).isEmpty());
            assertThat(driver.executeScript("return window.beforeTheSave === true;")).as("the page reloaded by itself").isEqualTo(false);
            serve.waitForNew("rebuilt in", LONG);
            shots.put("serve-rebuilt", serve.sinceLast());
            driver.findElement(By.cssSelector("#entry-03-gulou-fuzhou .issue-entry-link a")).click();
            assertThat(driver.findElement(By.cssSelector(".subject-chain")).getText()).contains("福建", "福州");
            shoot("entry-fixed");

            // a slip: a space in the slug
            edit(archive, "|gulou-fuzhou|", "|gulou fuzhou|");
            By problems = By.id(PreviewServer.MARK + "-problems");
            new WebDriverWait(driver, LONG).until(d -> !d.findElements(problems).isEmpty());
            assertThat(driver.findElement(problems).getText()).contains(ENTRY + ":8", "subject.1 slug=gulou fuzhou is not a slug");
            shoot("error");
            serve.waitForNew("The site was not built", LONG);
            shots.put("serve-error", serve.sinceLast());
            edit(archive, "|gulou fuzhou|", "|gulou-fuzhou|");
            new WebDriverWait(driver, LONG).until(d -> d.findElements(problems).isEmpty());
            serve.waitForNew("rebuilt in", LONG);
            serve.sinceLast();

            serve.ctrlC();
            serve.waitForExit(LONG);
            shots.put("serve-stop", serve.sinceLast());
            assertThat(shots.get("serve-stop")).contains("stopped the preview.").doesNotContain("Exception");
        }
    }

    /** Step 8: the zip unpacked and opened from the disk, as a colleague without a server reads it. */
    private void offline(Path archive) throws Exception {
        Path unzipped = tmp.resolve("offline");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(archive.resolve("target/site-archive.zip").toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                Path to = unzipped.resolve(entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    try (var in = zip.getInputStream(entry)) {
                        Files.copy(in, to);
                    }
                }
            }
        }
        browser.windowSize(420, 860);
        browser.driver().get(unzipped.resolve("site-archive/issues/2023/18/index.html").toUri().toString());
        assertThat(browser.driver().getPageSource()).doesNotContain(PreviewServer.EVENTS);
        shoot("offline");
    }

    private void shoot(String name) {
        browser.screenshot("guide-" + name);
        images.add(name);
    }

    private static void edit(Path archive, String what, String with) throws Exception {
        Path file = archive.resolve(ENTRY);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(what);
        Files.writeString(file, text.replace(what, with), StandardCharsets.UTF_8);
    }

    /** The lines of a content file above its body. */
    private static String header(String file) {
        return file.substring(0, file.indexOf("~~~~~~") + "~~~~~~\n".length());
    }

    /** The preview's address as the editor sees it: on the default port, which the test cannot rely on being free. */
    private static String local(String text, int port) {
        return text.replace("127.0.0.1:" + port + "/", "127.0.0.1:8820/");
    }

    /** Writes a text bulletin as the Word file an office sends: one Word paragraph per paragraph of the text. */
    private static void wordFile(Path text, Path docx) throws Exception {
        Files.createDirectories(docx.getParent());
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (String paragraph : Files.readString(text, StandardCharsets.UTF_8).split("\n\\s*\n")) {
                document.createParagraph().createRun().setText(paragraph.strip());
            }
            document.write(out);
        }
    }

    /** Each ```text block after a {@code <!-- shot: NAME -->} line of the guide against what the program printed. */
    private void compareWithTheGuide() throws Exception {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("<!-- shot: ([a-z-]+) -->\n```text\n(.*?)```", Pattern.DOTALL).matcher(guide);
        StringBuilder updated = new StringBuilder();
        List<String> stale = new ArrayList<>();
        List<String> used = new ArrayList<>();
        while (block.find()) {
            String name = block.group(1);
            assertThat(shots).as("the guide's shot '%s' is made by this test", name).containsKey(name);
            used.add(name);
            String printed = shots.get(name).strip() + "\n";
            if (!normal(printed).equals(normal(block.group(2)))) {
                stale.add(name + ":\n--- the guide ---\n" + block.group(2) + "--- the program ---\n" + printed);
            }
            block.appendReplacement(updated, Matcher.quoteReplacement("<!-- shot: " + name + " -->\n```text\n" + printed + "```"));
        }
        block.appendTail(updated);
        assertThat(used).as("every shot is shown in the guide").containsExactlyInAnyOrderElementsOf(shots.keySet());
        for (String image : images) {
            assertThat(guide).as("the guide shows docs/guide/%s.png", image).contains("(guide/" + image + ".png)");
        }
        if (UPDATE) {
            Files.writeString(GUIDE, updated.toString(), StandardCharsets.UTF_8);
            Files.createDirectories(IMAGES);
            for (String image : images) {
                Files.copy(Path.of("target/screenshots", "guide-" + image + ".png"), IMAGES.resolve(image + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        for (String image : images) {
            assertThat(IMAGES.resolve(image + ".png")).as("run docs/make-guide-shots.sh").isRegularFile();
        }
        assertThat(stale).as("docs/guide.md shows other output than the program prints; run docs/make-guide-shots.sh and read the change").isEmpty();
    }

    /** Output without what changes from run to run: times, and spaces at line ends. */
    private static String normal(String text) {
        return text.replaceAll("[0-9]+(\\.[0-9]+)? (ms|s)\\b", "T").replaceAll("(?m)[ \\t]+$", "");
    }
}
