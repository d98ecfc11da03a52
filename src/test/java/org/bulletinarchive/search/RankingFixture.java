package org.bulletinarchive.search;

import java.nio.file.Path;

/**
 * A small site whose entries each exercise one ranking rule; its index is kept as the golden
 * src/test/resources/search/fixture-index/, which the JavaScript tests (src/test/js/) search.
 */
public final class RankingFixture {

    /** Where the golden index of this site lives. */
    public static final Path GOLDEN = Path.of("src/test/resources/search/fixture-index");
    /** The same index with a few documents per group and several packs. */
    public static final Path GOLDEN_SMALL_GROUPS = Path.of("src/test/resources/search/fixture-index-small-groups");

    private RankingFixture() {
    }

    public static Path write(Path root) {
        // title boost: the older entry with the practice in its title beats a newer body-only mention
        entry(root, "issues/2023/16/01-changsha.html", "无证明城市建设经验", "长沙", "changsha", 16, 2023, "2023-09-14",
                "推进无证明城市建设，电子证照扩大应用。");
        entry(root, "issues/2023/18/01-hengyang.html", "政务服务改革推进", "衡阳", "hengyang", 18, 2023, "2023-10-12",
                "推进无证明城市建设，电子证照扩大应用。");
        // subject boost: the older entry of the subject itself beats a newer one that only names it
        entry(root, "issues/2023/15/01-zhuzhou.html", "巩固拓展改革", "株洲", "zhuzhou", 15, 2023, "2023-08-31",
                "巩固拓展一件事一次办改革，株洲经验获肯定。");
        entry(root, "issues/2023/18/02-beijing.html", "集成服务改革", "北京", "beijing", 18, 2023, "2023-10-12",
                "推出更多一件事集成服务，株洲经验获肯定。");
        // tie: identical entries, the newer issue first
        entry(root, "issues/2022/17/01-yueyang.html", "容缺受理", "岳阳", "yueyang", 17, 2022, "2022-09-29",
                "推行容缺办，审批提速。");
        entry(root, "issues/2023/17/05-yueyang.html", "容缺受理", "岳阳", "yueyang", 17, 2023, "2023-09-28",
                "推行容缺办，审批提速。");
        // phrase verification: all bigrams of 营商环境 but never the phrase, against the phrase itself
        entry(root, "issues/2023/14/01-yiyang.html", "经济圈建设", "益阳", "yiyang", 14, 2023, "2023-08-17",
                "打造商环经济圈，建设营商高地，保护生态环境。");
        entry(root, "issues/2023/14/02-changde.html", "优化发展", "常德", "changde", 14, 2023, "2023-08-17",
                "持续优化营商环境，打造宜商常德。");
        // words and numbers; markup in content stays text
        entry(root, "issues/2023/17/01-beijing.html", "北京营商环境 6.0 版", "北京", "beijing", 17, 2023, "2023-09-28",
                "营商环境 6.0 版改革正式启动，包括 31 个方面、237 项改革任务。\n联系电话：0746-8358692。");
        entry(root, "issues/2023/13/01-chenzhou.html", "<b>标签</b>不是标记", "郴州", "chenzhou", 13, 2023, "2023-08-03",
                "内容中的 <script>alert(1)</script> 只是文字，\u2028换行符也是。");
        entry(root, "issues/2023/13/02-dawanqu.html", "先进做法", "粤港澳大湾区", "dawanqu", 13, 2023, "2023-08-03",
                "大湾区从5方面进行改革突破，深化全面合作。");
        // series: the same practice in the first series and in a second one, told apart by the series filter
        entry(root, "issues/2023/12/01-hengyang.html", "河湖长制", "衡阳", "hengyang", 12, 2023, "2023-07-20",
                "落实河长巡河制度，河湖面貌持续改善。");
        entry(root, "series/ducha/2023/12/01-hengyang.html", "ducha", "督查通报", "河湖长制督查", "衡阳", "hengyang", 12, 2023,
                "2023-07-21", "督查河长巡河落实情况，发现问题限期整改。");
        // a year and its 年 written together, apart, in a range and in a longer number: 2023年 is in the first two only
        entry(root, "issues/2023/11/01-xiangtan.html", "证照分离", "湘潭", "xiangtan", 11, 2023, "2023-07-06",
                "2023年全面推行证照分离改革。");
        entry(root, "issues/2023/11/02-shaoyang.html", "审批提速", "邵阳", "shaoyang", 11, 2023, "2023-07-06",
                "2023 年共办理审批事项一万件。");
        entry(root, "issues/2023/11/03-loudi.html", "三年行动", "娄底", "loudi", 11, 2023, "2023-07-06",
                "实施三年行动计划（2023—2025年），分年度推进。");
        entry(root, "issues/2023/11/04-huaihua.html", "档案归档", "怀化", "huaihua", 11, 2023, "2023-07-06",
                "2023 批次的编号12023年度档案已归档。");
        SiteFixture.write(root.resolve("issues/2023/17/index.html"),
                "<!DOCTYPE html><html><body><p>联系电话：0746-8358692</p><p>第17期目录，不是条目</p></body></html>\n");
        SiteFixture.write(root.resolve("search.html"), SiteFixture.SEARCH_PAGE);
        return root;
    }

    private static void entry(Path root, String url, String title, String subject, String slug, int issue, int year,
                              String date, String text) {
        entry(root, url, "zhuanbao", "工作专报", title, subject, slug, issue, year, date, text);
    }

    private static void entry(Path root, String url, String series, String seriesName, String title, String subject, String slug,
                              int issue, int year, String date, String text) {
        SiteFixture.write(root.resolve(url), SiteFixture.entryPage(title, subject, slug, series, seriesName, issue, year, date, "测试", text));
    }
}
