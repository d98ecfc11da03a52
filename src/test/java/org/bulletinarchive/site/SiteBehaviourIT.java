package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletinarchive.Samples;
import org.bulletinarchive.check.BrokenLinksException;
import org.bulletinarchive.load.ContentException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small fixture sites, one per behaviour. */
class SiteBehaviourIT {

    @TempDir
    Path tmp;

    /** The sample as 第17期 plus an edited copy as 第18期 two weeks later. */
    private FixtureProject twoIssues() throws Exception {
        String raw = Samples.raw17();
        return FixtureProject.empty(tmp.resolve("p"))
                .importRaw("17.txt", raw)
                .importRaw("18.txt", raw.replace("第 17 期", "第 18 期").replace("2023 年 9 月 28 日", "2023 年 10 月 12 日")
                        .replace("长沙市政府工作报告提出", "长沙市第十八期新举措"));
    }

    private static Document page(FixtureProject p, String path) throws Exception {
        return Jsoup.parse(p.site().resolve(path).toFile(), "UTF-8");
    }

    @Test
    void linksEachIssueToThePreviousAndNextIssue() throws Exception {
        FixtureProject p = twoIssues();
        p.build();
        Document seventeen = page(p, "issues/2023/17/index.html");
        Document eighteen = page(p, "issues/2023/18/index.html");
        assertThat(seventeen.select("a[rel=prev]")).isEmpty();
        assertThat(seventeen.selectFirst("a[rel=next]").attr("href")).isEqualTo("../../../issues/2023/18/index.html");
        assertThat(eighteen.selectFirst("a[rel=prev]").attr("href")).isEqualTo("../../../issues/2023/17/index.html");
        assertThat(eighteen.select("a[rel=next]")).isEmpty();
    }

    @Test
    void showsTheLatestIssueFirstOnHomeTimelineAndSubjectPages() throws Exception {
        FixtureProject p = twoIssues();
        p.build();
        assertThat(page(p, "index.html").selectFirst("#latest-title").text()).contains("第18期");
        assertThat(page(p, "issues/index.html").select(".timeline-issue h3 a").eachText()).containsExactly("第18期", "第17期");
        Document changsha = page(p, "cities/changsha.html");
        assertThat(changsha.select(".entry-item-link").eachAttr("href"))
                .containsExactly("../issues/2023/18/10-changsha.html", "../issues/2023/17/10-changsha.html");
        assertThat(changsha.selectFirst(".entry-item-excerpt").text()).startsWith("长沙市第十八期新举措");
    }

    @Test
    void entryPagesListTheSameSubjectsEntriesFromOtherIssues() throws Exception {
        FixtureProject p = twoIssues();
        p.build();
        Document entry = page(p, "issues/2023/17/10-changsha.html");
        assertThat(entry.select(".same-subject .entry-item-link").eachAttr("href")).containsExactly("../../../issues/2023/18/10-changsha.html");
        assertThat(entry.select(".same-subject").text()).contains("第18期", "2023年10月12日");
        assertThat(page(p, "issues/2023/18/10-changsha.html").select(".same-subject .entry-item-link").eachAttr("href"))
                .containsExactly("../../../issues/2023/17/10-changsha.html");
    }

    @Test
    void escapesTextFromContentInsteadOfInjectingHtml() throws Exception {
        String raw = Samples.raw17()
                .replace("长沙市政府工作报告提出", "长沙<script>alert(1)</script><b>粗体</b>&amp;“引号”提出")
                .replace("市打好优化发展环境持久仗工作专班", "市专班\"><img src=x onerror=alert(1)>");
        FixtureProject p = FixtureProject.empty(tmp.resolve("p")).importRaw("17.txt", raw);
        p.build();
        Document entry = page(p, "issues/2023/17/10-changsha.html");
        assertThat(entry.select("main script, main b, main img")).isEmpty();
        assertThat(entry.selectFirst(".entry-text").text()).contains("<script>alert(1)</script><b>粗体</b>&amp;“引号”");
        Document issue = page(p, "issues/2023/17/index.html");
        assertThat(issue.select("img")).isEmpty();
        assertThat(issue.selectFirst(".masthead-issuer").text()).isEqualTo("市专班\"><img src=x onerror=alert(1)>");
        assertThat(page(p, "feed.xml").select("script")).isEmpty();
    }

    @Test
    void givesPagesAbsoluteCanonicalAndOpenGraphUrlsWhenABaseUrlIsConfigured() throws Exception {
        FixtureProject p = FixtureProject.withCommittedContent(tmp.resolve("p"));
        Path props = p.root.resolve("jbake.properties");
        Files.writeString(props, Files.readString(props).replace("site.host=\n", "site.host=https://archive.example.org/zb\n"));
        p.build();
        Document entry = page(p, "issues/2023/17/10-changsha.html");
        assertThat(entry.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://archive.example.org/zb/issues/2023/17/10-changsha.html");
        assertThat(entry.selectFirst("meta[property=og:url]").attr("content")).isEqualTo("https://archive.example.org/zb/issues/2023/17/10-changsha.html");
        assertThat(entry.selectFirst("meta[property=og:title]").attr("content")).startsWith("长沙 · 第17期");
        assertThat(entry.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(Files.readString(p.site().resolve("sitemap.xml"))).contains("<loc>https://archive.example.org/zb/cities/changsha.html</loc>");
        assertThat(entry.select("link[rel=stylesheet]").attr("href")).startsWith("../../../assets/");
    }

    @Test
    void aBrokenLinkFailsTheBuildNamingPageAndLinkAndLeavesTheLastGoodSite() throws Exception {
        FixtureProject p = FixtureProject.withCommittedContent(tmp.resolve("p"));
        p.build();
        var before = SiteBuildIT.fingerprint(p.site());
        Path template = p.root.resolve("templates/subject.ftl");
        Files.writeString(template, Files.readString(template).replace("<h1>${subject.ref.name}</h1>",
                "<h1>${subject.ref.name}</h1><a href=\"${page.root}missing.html\">x</a><a href=\"#nowhere\">y</a>"));
        assertThatThrownBy(p::build)
                .isInstanceOf(BrokenLinksException.class)
                .hasMessageContaining("cities/changsha.html: ../missing.html")
                .hasMessageContaining("no such file")
                .hasMessageContaining("#nowhere")
                .hasMessageContaining("last good site");
        assertThat(SiteBuildIT.fingerprint(p.site())).isEqualTo(before);
    }

    @Test
    void anEntryWithoutADateFailsTheBuildNamingTheFileAndLine() throws Exception {
        FixtureProject p = FixtureProject.withCommittedContent(tmp.resolve("p"));
        Path entry = p.content("issues/2023/17/10-changsha.md");
        Files.writeString(entry, Files.readString(entry).replace("date=2023-09-28\n", ""));
        assertThatThrownBy(p::build).isInstanceOf(ContentException.class)
                .hasMessageContaining("content/issues/2023/17/10-changsha.md:")
                .hasMessageContaining("date=");
        assertThat(p.site()).doesNotExist();
    }

    @Test
    void aDraftIsRefusedRatherThanPublishedAsADraftPage() throws Exception {
        FixtureProject p = FixtureProject.withCommittedContent(tmp.resolve("p"));
        Path entry = p.content("issues/2023/17/10-changsha.md");
        Files.writeString(entry, Files.readString(entry).replace("status=published", "status=draft"));
        assertThatThrownBy(p::build).isInstanceOf(ContentException.class)
                .hasMessageContaining("10-changsha.md:3:")
                .hasMessageContaining("status=published");
    }

    @Test
    void anEntryFiledUnderTheWrongIssueFailsTheBuild() throws Exception {
        FixtureProject p = FixtureProject.withCommittedContent(tmp.resolve("p"));
        Path entry = p.content("issues/2023/17/10-changsha.md");
        Files.writeString(entry, Files.readString(entry).replace("issue=17\n", "issue=18\n"));
        assertThatThrownBy(p::build).isInstanceOf(ContentException.class)
                .hasMessageContaining("content/issues/2023/17/10-changsha.md")
                .hasMessageContaining("issue 18");
    }

    @Test
    void ignoresHiddenFilesInTheContentFolder() throws Exception {
        FixtureProject p = FixtureProject.withCommittedContent(tmp.resolve("p"));
        Files.createDirectories(p.content("issues/2023/.17.importing"));
        Files.writeString(p.content("issues/2023/.17.importing/index.md"), "half written");
        Files.writeString(p.content("issues/2023/17/.10-changsha.md.swp"), "editor backup");
        assertThat(p.build().issues()).isEqualTo(1);
    }
}
