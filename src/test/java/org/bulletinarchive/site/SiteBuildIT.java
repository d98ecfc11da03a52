package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.bulletinarchive.Samples;
import org.bulletinarchive.check.LinkChecker;
import org.bulletinarchive.files.Folders;
import org.bulletinarchive.pack.SiteZip;
import org.bulletinarchive.publish.OutputFolder;
import org.bulletinarchive.testsupport.Trees;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: bakes the committed content and reads the pages a reader would open. */
public class SiteBuildIT {

    @TempDir
    static Path shared;

    static Path site;
    static SiteBuilder.Result result;

    @BeforeAll
    static void bakeTheCommittedContent() throws Exception {
        FixtureProject project = FixtureProject.withCommittedContent(shared.resolve("project"));
        result = project.build();
        site = project.site();
    }

    private static Document page(String path) throws Exception {
        Path file = site.resolve(path);
        assertThat(file).as(path).isRegularFile();
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void bakesHomeTimelineIssueEntriesSubjectsSearch404AndFeed() throws Exception {
        for (String path : List.of("index.html", "issues/index.html", "issues/2023/17/index.html", "cities/index.html",
                "search.html", "404.html", "feed.xml", "favicon.ico")) {
            assertThat(site.resolve(path)).as(path).isRegularFile();
        }
        try (Stream<Path> files = Files.list(site.resolve("issues/2023/17"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html") && !n.equals("index.html")).sorted().toList())
                    .hasSize(19).contains("01-beijing.html", "04-greater-bay-area.html", "10-changsha.html", "19-chenzhou.html");
        }
        assertThat(result.issues()).isEqualTo(1);
        assertThat(result.entries()).isEqualTo(19);
    }

    @Test
    void bakesASubjectPageForEachOfTheNineteenSubjects() throws Exception {
        Document index = page("cities/index.html");
        assertThat(index.select(".subject-group a").eachAttr("href")).hasSize(19).allMatch(h -> h.matches("\\.\\./cities/[a-z-]+\\.html"));
        for (String name : Samples.PLACES_17) {
            Element link = index.selectFirst(".subject-group a:contains(" + name + ")");
            assertThat(link).as(name).isNotNull();
            Document subject = page("cities/" + link.attr("href").substring("../cities/".length()));
            assertThat(subject.title()).startsWith(name + " · ");
            assertThat(subject.select("main .entry-item-link").eachAttr("href")).hasSize(1).allMatch(h -> h.startsWith("../issues/2023/17/"));
            assertThat(subject.select("main .entry-item-issue").eachAttr("href")).hasSize(1).allMatch(h -> h.startsWith("../issues/2023/17/index.html#entry-"));
            assertThat(subject.select("main figure.chart svg rect.bar")).hasSize(1);
            assertThat(subject.select("main h2").text()).contains("2023");
        }
        assertThat(index.select("h2").eachText()).contains("北京", "湖南", "广东", "区域");
    }

    @Test
    void homeShowsTheLatestIssueWithItsContentsRecentIssuesSubjectsAndASearchBox() throws Exception {
        Document home = page("index.html");
        assertThat(home.selectFirst("#latest-title").text()).contains("第17期", "2023年9月28日");
        assertThat(home.select(".latest .toc a")).hasSize(19);
        assertThat(home.select(".latest h3").eachText()).containsExactly("一线城市战略学习", "粤港澳大湾区先进做法", "省内市州战术推进");
        assertThat(home.select(".recent a[href=issues/2023/17/index.html]")).hasSize(1);
        assertThat(home.select(".home-subjects a")).hasSizeGreaterThanOrEqualTo(19);
        assertThat(home.select("form[role=search][action=search.html] input[name=q]")).isNotEmpty();
    }

    @Test
    void timelineGroupsIssuesByYearWithCountsSubjectsAndAChart() throws Exception {
        Document timeline = page("issues/index.html");
        assertThat(timeline.select("section.year h2").eachText()).containsExactly("2023 年 1 期");
        Element issue = timeline.selectFirst(".timeline-issue");
        assertThat(issue.selectFirst("a").attr("href")).isEqualTo("../issues/2023/17/index.html");
        assertThat(issue.text()).contains("第17期", "2023年9月28日", "19 条");
        assertThat(issue.select(".timeline-subjects a")).hasSize(19);
        assertThat(timeline.select("figure.chart svg")).hasSize(1);
    }

    @Test
    void issuePageReadsAsPrintedWithAnchorsForEveryEntry() throws Exception {
        Document issue = page("issues/2023/17/index.html");
        assertThat(issue.title()).isEqualTo("第17期（2023年9月28日） · 永州市打好优化发展环境持久仗 工作专报");
        assertThat(issue.selectFirst(".masthead").text()).contains("永州市打好优化发展环境持久仗 工作专报", "第17期", "市打好优化发展环境持久仗工作专班", "2023年9月28日");
        assertThat(issue.selectFirst(".editors-note").text()).startsWith("编者按：省委书记沈晓明");
        assertThat(issue.select(".section-heading").eachText()).containsExactly("【一线城市战略学习】", "【粤港澳大湾区先进做法】", "【省内市州战术推进】");
        assertThat(issue.select(".issue-entry")).hasSize(19);
        assertThat(issue.select(".issue-entry").eachAttr("id")).allMatch(id -> id.matches("entry-\\d\\d-[a-z-]+"));
        Element changsha = issue.getElementById("entry-10-changsha");
        assertThat(changsha.selectFirst("h3 a").attr("href")).isEqualTo("../../../cities/changsha.html");
        assertThat(changsha.select("a[href=10-changsha.html]")).isEmpty();
        assertThat(changsha.select("a").eachAttr("href")).contains("../../../issues/2023/17/10-changsha.html");
        assertThat(issue.select(".distribution").eachText()).hasSize(2);
        assertThat(issue.selectFirst(".back-matter").text()).contains("联系电话：0746-8358692", "电子邮箱：hnyzyhb@163.com", "市政府副秘书长");
        assertThat(issue.selectFirst("meta[name=description]").attr("content")).startsWith("省委书记沈晓明");
    }

    @Test
    void entryPageHasBreadcrumbSubjectLinkNeighboursAndTheSubjectsOtherEntries() throws Exception {
        Document entry = page("issues/2023/17/10-changsha.html");
        assertThat(entry.title()).isEqualTo("长沙 · 第17期 · 永州市打好优化发展环境持久仗 工作专报");
        assertThat(entry.selectFirst("meta[name=description]").attr("content")).startsWith("长沙市政府工作报告提出").endsWith("。");
        assertThat(entry.select(".breadcrumb a").eachText()).containsExactly("首页", "全部期次", "第17期", "省内市州战术推进");
        assertThat(entry.select(".breadcrumb a").eachAttr("href"))
                .containsExactly("../../../index.html", "../../../issues/index.html", "../../../issues/2023/17/index.html", "../../../issues/2023/17/index.html#section-3");
        assertThat(entry.selectFirst("a.entry-subject").attr("href")).isEqualTo("../../../cities/changsha.html");
        assertThat(entry.selectFirst("a[rel=prev]").attr("href")).isEqualTo("../../../issues/2023/17/09-hainan.html");
        assertThat(entry.selectFirst("a[rel=next]").attr("href")).isEqualTo("../../../issues/2023/17/11-zhuzhou.html");
        assertThat(entry.selectFirst(".entry-text").text()).contains("无证明城市");
        assertThat(entry.select("h1").text()).isEqualTo("长沙");
        Document first = page("issues/2023/17/01-beijing.html");
        assertThat(first.select("a[rel=prev]")).isEmpty();
    }

    @Test
    void everyLinkAndAssetIsRelativeAndPointsAtAFile() throws Exception {
        assertThat(new LinkChecker(site).check()).isEmpty();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                for (Element el : doc.select("[href], [src], form[action]")) {
                    String link = el.hasAttr("href") ? el.attr("href") : el.hasAttr("src") ? el.attr("src") : el.attr("action");
                    assertThat(link).as(site.relativize(file) + " " + el.tagName())
                            .doesNotStartWith("/").doesNotContain("://").doesNotEndWith("/");
                }
            }
        }
    }

    @Test
    void noPageOrAssetMakesARequestToAnotherHost() throws Exception {
        Pattern remote = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//|url\\(\\s*[\"']?\\s*(https?:)?//|@import|@font-face");
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(p -> p.toString().matches(".*\\.(html|css|js)$")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(remote.matcher(text).find()).as(site.relativize(file).toString()).isFalse();
            }
        }
    }

    @Test
    void assetFileNamesCarryAContentHash() throws Exception {
        Document home = page("index.html");
        String css = home.selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(css).matches("assets/css/site\\.[0-9a-f]{10}\\.css");
        assertThat(site.resolve(css)).isRegularFile();
        assertThat(page("search.html").select("script[src]").eachAttr("src"))
                .anyMatch(s -> s.matches("assets/js/search\\.[0-9a-f]{10}\\.js"))
                .anyMatch(s -> s.matches("search/index\\.[0-9a-f]{12}\\.js"));
    }

    @Test
    void everyPageIsChineseAccessibleAndZoomable() throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                String name = site.relativize(file).toString();
                assertThat(doc.selectFirst("html").attr("lang")).as(name).isEqualTo("zh-CN");
                assertThat(doc.select("body > header, main#main, body > footer, nav")).as(name).hasSizeGreaterThanOrEqualTo(4);
                assertThat(doc.selectFirst("a.skip-link").attr("href")).isEqualTo("#main");
                String viewport = doc.selectFirst("meta[name=viewport]").attr("content");
                assertThat(viewport).as(name).doesNotContain("user-scalable", "maximum-scale");
                assertThat(doc.title()).as(name).isNotBlank();
                assertThat(doc.select("meta[name=description]").attr("content")).as(name).isNotBlank();
                assertThat(doc.select("link[rel=canonical], meta[property=og:url], meta[property=og:image]"))
                        .as("no absolute URL without site.host: " + name).isEmpty();
            }
        }
    }

    @Test
    void theFeedListsTheIssue() throws Exception {
        String feed = Files.readString(site.resolve("feed.xml"));
        assertThat(feed).startsWith("<?xml").contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"", "第17期（2023年9月28日）", "issues/2023/17/index.html");
    }

    @Test
    void packsTheSiteIntoAZipThatOpensAtIndexHtml() throws Exception {
        assertThat(result.zip()).isRegularFile();
        try (ZipFile zip = new ZipFile(result.zip().toFile())) {
            assertThat(zip.getEntry("site/index.html")).isNotNull();
            assertThat(zip.getEntry("site/issues/2023/17/10-changsha.html")).isNotNull();
            assertThat(zip.size()).isEqualTo(countPackedFiles(site));
        }
    }

    @Test
    void packsTheSiteIntoAWarForTomcatWithItsPagesAtTheTopAndAWebXml() throws Exception {
        assertThat(result.war()).isEqualTo(site.resolveSibling("site.war")).isRegularFile();
        try (ZipFile war = new ZipFile(result.war().toFile())) {
            assertThat(war.getEntry("index.html")).isNotNull();
            assertThat(war.getEntry("issues/2023/17/10-changsha.html")).isNotNull();
            assertThat(war.getEntry("404.html")).isNotNull();
            // the marker is kept where no server serves it
            assertThat(war.getEntry(OutputFolder.MARKER)).isNull();
            assertThat(war.getEntry(OutputFolder.WAR_MARKER)).isNotNull();
            // not the offline copy (it would hold the site twice): the war's home page says where to get one, and links to none
            assertThat(war.size()).isEqualTo(countPackedFiles(site) + 2);
            assertThat(war.getEntry("download/site.zip")).isNull();
            Document home = Jsoup.parse(new String(war.getInputStream(war.getEntry("index.html")).readAllBytes(), StandardCharsets.UTF_8));
            assertThat(home.select("#offline a")).isEmpty();
            assertThat(home.selectFirst("#offline-download").text()).contains("本站未附离线版", "site.zip", "site/index.html");
            assertThat(home.select("script[src*=wechat]")).isEmpty();
            Document webXml = Jsoup.parse(new String(war.getInputStream(war.getEntry("WEB-INF/web.xml")).readAllBytes(), StandardCharsets.UTF_8),
                    "", org.jsoup.parser.Parser.xmlParser());
            assertThat(webXml.select("welcome-file").eachText()).containsExactly("index.html");
            assertThat(webXml.select("error-page > error-code").text()).isEqualTo("404");
            assertThat(webXml.select("error-page > location").text()).isEqualTo("/404.html");
            assertThat(webXml.select("request-character-encoding").text()).isEqualTo("UTF-8");
            assertThat(webXml.select("response-character-encoding").text()).isEqualTo("UTF-8");
            Map<String, String> mime = new TreeMap<>();
            webXml.select("mime-mapping").forEach(m -> mime.put(m.select("extension").text(), m.select("mime-type").text()));
            assertThat(mime).containsEntry("js", "text/javascript;charset=UTF-8").containsEntry("css", "text/css;charset=UTF-8")
                    .containsEntry("svg", "image/svg+xml").containsEntry("xml", "application/xml;charset=UTF-8")
                    .containsEntry("webmanifest", "application/manifest+json;charset=UTF-8").containsEntry("json", "application/json;charset=UTF-8");
        }
    }

    @Test
    void rebuildingTheSameContentGivesByteIdenticalPagesZipAndWar(@TempDir Path tmp) throws Exception {
        FixtureProject again = FixtureProject.withCommittedContent(tmp.resolve("again"));
        SiteBuilder.Result second = again.build();
        assertThat(fingerprint(again.site())).isEqualTo(fingerprint(site));
        assertThat(second.zip()).hasSameBinaryContentAs(result.zip());
        assertThat(second.war()).hasSameBinaryContentAs(result.war());
    }

    @Test
    void askedForTheWarHoldsTheOfflineCopyAndTheHomePageAsTheSiteShowsIt(@TempDir Path tmp) throws Exception {
        FixtureProject withCopy = FixtureProject.withCommittedContent(tmp.resolve("copy"));
        Path properties = withCopy.root.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties).replace("war.offline_copy=false", "war.offline_copy=true"));
        SiteBuilder.Result built = withCopy.build();
        try (ZipFile war = new ZipFile(built.war().toFile())) {
            assertThat(war.size()).isEqualTo(countPackedFiles(built.site()) + 3);
            assertThat(war.getInputStream(war.getEntry("download/site.zip")).readAllBytes()).isEqualTo(Files.readAllBytes(built.zip()));
            assertThat(war.getInputStream(war.getEntry("index.html")).readAllBytes()).isEqualTo(Files.readAllBytes(built.site().resolve("index.html")));
        }
    }

    @Test
    void theZipHoldsEveryFileAsAZipPackedFromTheSiteFolderWould(@TempDir Path tmp) throws Exception {
        // the zip is made of the files as compressed when written; packed from the folder (less the sized home page and the
        // offline copy, which the zip does not hold) it is the same bytes
        Path copy = tmp.resolve("site");
        Trees.copy(site, copy);
        Folders.deleteRecursively(copy.resolve("download"));
        try (Stream<Path> gz = Files.walk(copy)) {
            for (Path f : gz.filter(p -> p.toString().endsWith(".gz")).toList()) {
                Files.delete(f);
            }
        }
        try (ZipFile zip = new ZipFile(result.zip().toFile())) {
            Files.write(copy.resolve("index.html"), zip.getInputStream(zip.getEntry("site/index.html")).readAllBytes());
        }
        SiteZip.write(copy, tmp.resolve("packed.zip"), "site");
        assertThat(tmp.resolve("packed.zip")).hasSameBinaryContentAs(result.zip());
    }

    /** The files of the site the zip holds: all but the .gz files and the offline copy (download/). */
    private static long countPackedFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                    .filter(name -> !name.endsWith(".gz") && !name.startsWith("download/")).count();
        }
    }

    @Test
    void theHomePageOffersTheZipPlacedInTheSiteWithTheSizeItHas() throws Exception {
        Path copy = site.resolve("download/site.zip");
        assertThat(copy).hasSameBinaryContentAs(result.zip());
        Element link = page("index.html").selectFirst("#offline a.offline-link");
        assertThat(link.attr("href")).isEqualTo("download/site.zip");
        assertThat(link.hasAttr("data-download")).as("WeChat's note applies to it").isTrue();
        assertThat(link.text()).isEqualTo("下载离线版（zip，" + org.bulletinarchive.render.OriginalFiles.size(Files.size(copy)) + "）");
        // the zip holds the home page without its own size, so the zip's bytes never depend on themselves
        try (ZipFile zip = new ZipFile(result.zip().toFile())) {
            assertThat(Jsoup.parse(new String(zip.getInputStream(zip.getEntry("site/index.html")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .selectFirst("#offline a.offline-link").text()).isEqualTo("下载离线版（zip）");
        }
        assertThat(page("index.html").select("script[src]").eachAttr("src")).anyMatch(src -> src.matches("assets/js/wechat\\.[0-9a-f]{10}\\.js"));
        assertThat(page("issues/2023/17/10-changsha.html").select("footer a:contains(离线版)").eachAttr("href")).containsExactly("../../../index.html#offline");
    }

    @Test
    void theZipHoldsNeitherTheGzFilesNorItselfAndTheWarNoGzFiles() throws Exception {
        for (Path archive : List.of(result.zip(), result.war())) {
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                assertThat(java.util.Collections.list(zip.entries()).stream().map(java.util.zip.ZipEntry::getName))
                        .as(archive.getFileName().toString()).containsAnyOf("site/index.html", "index.html")
                        .noneMatch(name -> name.endsWith(".gz") || name.startsWith("site/download/"));
            }
        }
    }

    @Test
    void aGzBesideEveryTextFileInflatesToItAndCarriesNoNameAndNoTime() throws Exception {
        List<Path> text;
        try (Stream<Path> files = Files.walk(site)) {
            text = files.filter(p -> p.getFileName().toString().matches(".*\\.(html|css|js|xml|svg|json|webmanifest)")).toList();
        }
        assertThat(text).hasSizeGreaterThan(60);
        for (Path file : text) {
            Path gz = file.resolveSibling(file.getFileName() + ".gz");
            assertThat(gz).as("%s.gz", site.relativize(file)).isRegularFile();
            byte[] bytes = Files.readAllBytes(gz);
            // FLG 0: no file name; MTIME 0
            assertThat(java.util.Arrays.copyOfRange(bytes, 3, 8)).as("flags and time of %s", gz.getFileName()).containsOnly(0);
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                assertThat(in.readAllBytes()).as("%s inflated", gz.getFileName()).isEqualTo(Files.readAllBytes(file));
            }
        }
        assertThat(site.resolve("favicon.ico.gz")).as("images are compressed already").doesNotExist();
        assertThat(site.resolve("download/site.zip.gz")).doesNotExist();
    }

    public static Map<String, String> fingerprint(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), org.bulletinarchive.render.AssetPipeline.sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }
}
