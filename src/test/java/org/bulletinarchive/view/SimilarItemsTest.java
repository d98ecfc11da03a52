package org.bulletinarchive.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.Entry;
import org.bulletinarchive.model.Issue;
import org.bulletinarchive.model.Place;
import org.bulletinarchive.model.Series;
import org.junit.jupiter.api.Test;

/** 在其他地方 on invented bulletins: three places' 企业服务专员 among items on other work. */
class SimilarItemsTest {

    private static final Series SERIES = new Series("zhuanbao", "工作专报", "issues");

    /** Items by issue number; each text is invented for this test. */
    private static final Map<Integer, List<String[]>> ISSUES = new LinkedHashMap<>();

    static {
        ISSUES.put(3, List.of(
                new String[] {"zhuzhou", "株洲", "株洲选派企业服务专员一对一联系规上企业。全市从机关单位抽调三百名干部担任企业服务专员，每名专员联系三至五家企业，"
                        + "每月上门走访一次，收集企业在用工、融资、审批方面的诉求，能当场解决的当场解决，不能解决的报专班交办，办理结果七日内反馈企业。"},
                new String[] {"xiangtan", "湘潭", "湘潭为重点企业配备企业服务专员。专员每月走访联系企业，收集企业诉求，建立问题清单，交办督办，办结后请企业评价。"},
                new String[] {"yueyang", "岳阳", "岳阳全面落实河湖长制。市县乡村四级河长定期巡河，对发现的乱占、乱采、乱堆、乱建问题建立台账，限期整改，"
                        + "今年以来清理河道垃圾三千余吨，河湖水质持续改善。"},
                new String[] {"loudi", "娄底", "娄底扎实推进农村人居环境整治。以改厕、垃圾处理和污水治理为重点，开展村庄清洁行动，建立长效管护机制，"
                        + "全市农村卫生厕所普及率达到百分之九十。"}));
        ISSUES.put(5, List.of(
                new String[] {"hengyang", "衡阳", "衡阳推行企业服务专员制度。市里为重点企业逐一配备企业服务专员，专员定期走访企业，建立问题清单，"
                        + "对企业反映的融资难、用工难问题实行交办督办，办结后由企业评价，今年以来专员共帮助企业解决问题二百余个。"},
                new String[] {"yiyang", "益阳", "益阳深化一件事一次办改革。将企业开办、不动产登记等高频事项整合为一件事，群众只需到一个窗口、提交一套材料，"
                        + "办理时限压缩一半以上，政务服务满意度明显提升。"},
                new String[] {"shaoyang", "邵阳", "邵阳搭建银企对接平台。市金融办每季度组织银企对接会，推出无还本续贷、信用贷款等产品，"
                        + "今年以来为中小企业新增贷款八十亿元。"}));
        ISSUES.put(7, List.of(
                new String[] {"changde", "常德", "常德县级领导带头当好企业服务专员。各区县市为每家规模以上企业明确一名企业服务专员，专员每月至少走访企业一次，"
                        + "帮助企业协调解决项目审批、要素保障等难题，问题办理情况纳入绩效考核。"},
                new String[] {"chenzhou", "郴州", "郴州开展招商引资攻坚行动。围绕有色金属、电子信息等产业链，市领导带队赴粤港澳大湾区开展精准招商，"
                        + "新签约项目四十余个，总投资超过二百亿元，项目落地率稳步提升。"}));
        ISSUES.put(9, List.of(
                new String[] {"zhuzhou", "株洲", "株洲企业服务专员工作再升级。专员走访企业实现规上企业全覆盖，企业诉求线上提交、专班交办、限时办结。"},
                new String[] {"huaihua", "怀化", "怀化举办油茶产业博览会，签订油茶精深加工合作协议，推广油茶低产林改造技术。"}));
    }

    /**
     * Sentences on other work, invented for this test, from which {@link #background} makes the items of earlier issues,
     * so that the usual words of a bulletin (推进, 今年以来, 机制) are as common as in an archive.
     */
    private static final String[] OTHER_WORK = {
        "今年以来，全面推进河湖长制，各级河长累计巡河一千余次。", "开展农村人居环境整治，村庄清洁行动实现全覆盖。", "深化一件事一次办改革，高频事项实现一窗受理。",
        "围绕主导产业开展精准招商，新签约项目二十个。", "实施城市更新行动，改造老旧小区六十个。", "组织银企对接活动，为中小企业新增贷款十亿元。",
        "建立项目建设调度机制，每月通报重点项目进度。", "推进工程建设项目审批制度改革，审批时限压缩百分之四十。", "加强安全生产专项整治，排查整改隐患三百余处。",
        "健全防止返贫动态监测机制，落实帮扶措施。", "推动数字政府建设，政务服务事项全部网上可办。", "开展营商环境评价，对排名靠后的单位约谈问责。",
        "强化耕地保护，坚决遏制耕地非农化。", "实施义务教育薄弱环节改善工程，新建学校八所。", "完善基层医疗服务体系，乡镇卫生院全部达标。",
        "推进垃圾分类，城区生活垃圾回收利用率明显提高。", "开展文明城市创建，背街小巷环境整治成效明显。", "落实减税降费政策，为市场主体减负五亿元。",
        "加快冷链物流建设，新建冷库十二座。", "深化园区体制改革，推行园区去行政化。", "推进乡村振兴示范创建，打造示范村三十个。",
        "加强法治政府建设，推行行政执法三项制度。", "组织开展就业援助月活动，帮助困难人员就业。", "推动文旅融合发展，接待游客人次同比增长两成。"};

    /** Items on other work: {@code count} issues before the ones above, three items each, each of three sentences. */
    private static List<Bulletin> background(int count) {
        List<Bulletin> out = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int n = 1; n <= count; n++) {
            LocalDate date = LocalDate.of(2022, 1 + (n - 1) % 12, 1 + (n - 1) / 12);
            List<Entry> entries = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < 3; i++) {
                    text.append(OTHER_WORK[random.nextInt(OTHER_WORK.length)]);
                }
                Place place = new Place("county-" + n + "-" + k, "县" + n + "-" + k, List.of(), Place.COUNTY, "hunan");
                entries.add(new Entry(SERIES, n, date, k + 1, null, place, "", List.of(text.toString())));
            }
            out.add(new Bulletin(issue(n, date), entries));
        }
        return out;
    }

    private static Issue issue(int number, LocalDate date) {
        return new Issue(SERIES, number, "第 " + number + " 期", 0, "专班", date, "", "", "", List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    private static List<Bulletin> bulletins() {
        List<Bulletin> out = new ArrayList<>(background(20));
        ISSUES.forEach((number, items) -> {
            LocalDate date = LocalDate.of(2023, number, 10);
            List<Entry> entries = new ArrayList<>();
            for (String[] item : items) {
                Place place = new Place(item[0], item[1], List.of(), Place.PREFECTURE, "hunan");
                entries.add(new Entry(SERIES, number, date, entries.size() + 1, null, place, "", List.of(item[2])));
            }
            out.add(new Bulletin(issue(number, date), entries));
        });
        return out;
    }

    private static Entry item(List<Bulletin> bulletins, int issue, String slug) {
        return bulletins.stream().filter(b -> b.issue().number() == issue && b.issue().year() == 2023).flatMap(b -> b.entries().stream())
                .filter(e -> e.primarySlug().equals(slug)).findFirst().orElseThrow();
    }

    private static List<String> places(List<Entry> entries) {
        return entries.stream().map(e -> e.primarySlug() + "-" + e.issueNumber()).toList();
    }

    @Test
    void anItemAboutEnterpriseServiceOfficersFindsTheOtherPlacesDoingItAndNoRandomItem() {
        List<Bulletin> bulletins = bulletins();
        SimilarItems similar = SimilarItems.of(bulletins);
        assertThat(places(similar.of(item(bulletins, 5, "hengyang")))).containsExactlyInAnyOrder("zhuzhou-3", "xiangtan-3", "changde-7",
                "zhuzhou-9");
        assertThat(places(similar.of(item(bulletins, 7, "changde")))).containsExactlyInAnyOrder("zhuzhou-3", "xiangtan-3", "hengyang-5",
                "zhuzhou-9");
    }

    @Test
    void leavesOutTheItemsOfItsOwnIssueAndOfItsOwnSubject() {
        List<Bulletin> bulletins = bulletins();
        SimilarItems similar = SimilarItems.of(bulletins);
        // 湘潭 is in 株洲's issue, the other 株洲 item is on 株洲's page
        assertThat(places(similar.of(item(bulletins, 3, "zhuzhou")))).containsExactlyInAnyOrder("hengyang-5", "changde-7");
    }

    @Test
    void showsNothingForAnItemLikeNoOther() {
        List<Bulletin> bulletins = bulletins();
        SimilarItems similar = SimilarItems.of(bulletins);
        assertThat(similar.of(item(bulletins, 9, "huaihua"))).isEmpty();
    }

    @Test
    void givesTheSameListsWhateverTheOrderOfTheBulletins() {
        List<Bulletin> bulletins = bulletins();
        List<Bulletin> reversed = new ArrayList<>(bulletins);
        Collections.reverse(reversed);
        SimilarItems one = SimilarItems.of(bulletins);
        SimilarItems other = SimilarItems.of(reversed);
        for (Bulletin b : bulletins) {
            for (Entry e : b.entries()) {
                assertThat(places(other.of(e))).as(e.primarySlug()).isEqualTo(places(one.of(e)));
            }
        }
    }

    @Test
    void ordersEqualScoresByUrl() {
        // the same text in three places' items of three issues: every pair ties, so each list goes by URL
        List<Bulletin> bulletins = new ArrayList<>();
        String text = "企业服务专员每月走访企业，收集诉求，交办督办，限时办结。";
        String[] others = {"河长定期巡河，清理河道垃圾。", "改造老旧小区，新建口袋公园。", "组织银企对接，新增信用贷款。", "开展村庄清洁行动，改厕治污。"};
        String[][] places = {{"zhuzhou", "株洲"}, {"hengyang", "衡阳"}, {"changde", "常德"}, {"yiyang", "益阳"}};
        Place other = new Place("loudi", "娄底", List.of(), Place.PREFECTURE, "hunan");
        for (int n = 1; n <= places.length; n++) {
            LocalDate date = LocalDate.of(2023, n, 1);
            Place place = new Place(places[n - 1][0], places[n - 1][1], List.of(), Place.PREFECTURE, "hunan");
            Issue issue = new Issue(SERIES, n, "", 0, "专班", date, "", "", "", List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of());
            bulletins.add(new Bulletin(issue, List.of(new Entry(SERIES, n, date, 1, null, place, "", List.of(text)),
                    new Entry(SERIES, n, date, 2, null, other, "", List.of(others[n - 1])))));
        }
        SimilarItems similar = SimilarItems.of(bulletins);
        assertThat(places(similar.of(item(bulletins, 2, "hengyang")))).containsExactly("zhuzhou-1", "changde-3", "yiyang-4");
    }
}
