package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bulletinarchive.importer.Importer;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.search.SiteFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Items and their subject tags on the site: an item about three places is on each place's page, an item about no
 * place is in its issue but on no subject page, and the addresses items had before (a page of the former 综合, an
 * item renumbered by a re-import) still lead to them. All bulletin text here is made up for the test.
 */
class ItemsAndTagsSiteIT {

    /** An issue of a second series: one item tagged with three counties, one with no subject, one written before items had tags. */
    static final String TAGGED = """
            -- content/series/changsha-tongbao/2024/5/index.md --
            title=长沙市优化营商环境工作通报 第5期
            type=issue
            status=published
            date=2024-03-08
            series=长沙市优化营商环境工作通报
            seriesSlug=changsha-tongbao
            issue=5
            issueText=第5期
            issuer=长沙市优化营商环境协调事务中心
            dateText=2024年3月8日
            attachment.1=附件：2024年一季度评价得分表
            entries=3
            ~~~~~~

            现将一季度各区县（市）工作情况通报如下。
            -- content/series/changsha-tongbao/2024/5/01-changsha-xian.md --
            title=长沙县 · 第5期
            type=entry
            status=published
            date=2024-03-08
            issue=5
            order=1
            section=
            subject.1=长沙县|changsha-xian|county|hunan|changsha|430121
            subject.2=浏阳市|liuyang|county|hunan|changsha|430181
            subject.3=宁乡市|ningxiang|county|hunan|changsha|430182
            ~~~~~~

            先进县市：长沙县、浏阳市、宁乡市。
            -- content/series/changsha-tongbao/2024/5/02-item.md --
            title=全市经营主体数量稳步增长 · 第5期
            type=entry
            status=published
            date=2024-03-08
            issue=5
            order=2
            section=
            heading=全市经营主体数量稳步增长
            ~~~~~~

            一季度，全市新登记经营主体同比增长一成以上。
            -- content/series/changsha-tongbao/2024/5/03-general.md --
            title=综合 · 第5期
            type=entry
            status=published
            date=2024-03-08
            issue=5
            order=3
            section=
            city=综合
            citySlug=general
            cityGroup=other
            cityKind=other
            ~~~~~~

            各地要对照评价结果逐项整改。
            """;

    @TempDir
    static Path shared;
    static FixtureProject project;

    @BeforeAll
    static void bake() throws Exception {
        project = FixtureProject.withCommittedContent(shared.resolve("p"));
        SiteFixture.files(project.root, TAGGED);
        project.build();
    }

    private static Document page(String path) throws Exception {
        Path file = project.site().resolve(path);
        assertThat(file).as(path).isRegularFile();
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void anItemWithThreeSubjectsIsListedOnEachOfTheirPages() throws Exception {
        for (String slug : List.of("changsha-xian", "liuyang", "ningxiang")) {
            assertThat(page("cities/" + slug + ".html").select(".entry-list a").eachAttr("href"))
                    .as(slug).contains("../series/changsha-tongbao/2024/5/01-changsha-xian.html");
        }
        Document item = page("series/changsha-tongbao/2024/5/01-changsha-xian.html");
        assertThat(item.select(".subject-tags a").eachText()).containsExactly("长沙县", "浏阳市", "宁乡市");
        assertThat(item.select(".subject-tags a").eachAttr("href"))
                .containsExactly("../../../../cities/changsha-xian.html", "../../../../cities/liuyang.html", "../../../../cities/ningxiang.html");
    }

    @Test
    void anItemAboutNoSubjectIsInItsIssueButOnNoSubjectPage() throws Exception {
        Document issue = page("series/changsha-tongbao/2024/5/index.html");
        assertThat(issue.select(".issue-toc a").eachText()).contains("全市经营主体数量稳步增长");
        Document item = page("series/changsha-tongbao/2024/5/02-item.html");
        assertThat(item.selectFirst("h1").text()).isEqualTo("全市经营主体数量稳步增长");
        assertThat(item.select(".same-subject, .subject-tags")).isEmpty();
        try (var pages = Files.walk(project.site().resolve("cities"))) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertThat(Files.readString(p)).as(p.toString()).doesNotContain("2024/5/02-item.html", "2024/5/03-item.html");
            }
        }
        assertThat(project.site().resolve("cities/general.html")).doesNotExist();
        assertThat(issue.select(".attachments p").eachText()).containsExactly("附件：2024年一季度评价得分表");
    }

    @Test
    void theAddressOfAnItemOnceFiledUnder综合StillLeadsToIt() throws Exception {
        Document moved = page("series/changsha-tongbao/2024/5/03-general.html");
        assertThat(moved.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=03-item.html");
        assertThat(moved.select("main a").eachAttr("href")).contains("03-item.html");
        assertThat(project.site().resolve("series/changsha-tongbao/2024/5/03-item.html")).isRegularFile();
    }

    @Test
    void anItemRenumberedByAReimportKeepsItsOldAddress() throws Exception {
        FixtureProject p = FixtureProject.empty(shared.resolve("reimport"));
        String masthead = "县优化办工作简报\n\n第 2 期\n\n东安县优化办　　2024年4月2日\n\n";
        String chuanyan = "川岩乡推行“帮代办”服务，为群众代办证照四十余件。\n\n";
        String luhong = "芦洪市镇建立企业诉求台账，已办结诉求二十件。\n\n";
        Path raw = p.root.resolve("b.txt");
        Files.writeString(raw, masthead + chuanyan + luhong + "报：县人民政府领导同志。\n");
        new Importer(Gazetteer.standard()).importFile(raw, p.root.resolve("content"), false);
        String before = "issues/2024/2/01-dongan-xian-chuanyanxiang.md";
        assertThat(p.content(before)).isRegularFile();
        // the same issue again with an item put before the others: every item moves down one place
        Files.writeString(raw, masthead + "白牙市镇开展企业走访，收集建议十二条。\n\n" + chuanyan + luhong + "报：县人民政府领导同志。\n");
        new Importer(Gazetteer.standard()).importFile(raw, p.root.resolve("content"), true);
        assertThat(p.content(before)).doesNotExist();
        assertThat(Files.readString(p.content("issues/2024/2/02-dongan-xian-chuanyanxiang.md"))).contains("alias.1=01-dongan-xian-chuanyanxiang\n");
        p.build();
        Document moved = Jsoup.parse(p.site().resolve("issues/2024/2/01-dongan-xian-chuanyanxiang.html").toFile(), "UTF-8");
        assertThat(moved.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=02-dongan-xian-chuanyanxiang.html");
        // a township sits under its county and prefecture, in the index and on its items
        Document index = Jsoup.parse(p.site().resolve("cities/index.html").toFile(), "UTF-8");
        assertThat(index.select("li[data-subject=yongzhou] li[data-subject=dongan-xian] li[data-subject=dongan-xian-chuanyanxiang] a")
                .eachAttr("href")).containsExactly("../cities/dongan-xian-chuanyanxiang.html");
        Document item = Jsoup.parse(p.site().resolve("issues/2024/2/02-dongan-xian-chuanyanxiang.html").toFile(), "UTF-8");
        assertThat(item.selectFirst(".subject-chain").text()).contains("湖南", "永州", "东安县", "川岩乡");
        // the search index knows only where items are now
        try (var files = Files.walk(p.site().resolve("search"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain("01-dongan-xian-chuanyanxiang");
            }
        }
    }
}
