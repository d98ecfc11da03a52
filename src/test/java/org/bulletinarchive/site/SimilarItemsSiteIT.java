package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 在其他地方 on item pages: three townships' 企业服务专员 in three issues find each other; an item like no other shows no
 * such section. All bulletin text here is made up for the test.
 */
class SimilarItemsSiteIT {

    static final String MASTHEAD = "县优化办工作简报\n\n第 %d 期\n\n东安县优化办　　2024年%d月2日\n\n";
    static final String END = "报：县人民政府领导同志。\n";

    @TempDir
    static Path shared;
    static FixtureProject project;

    @BeforeAll
    static void bake() throws Exception {
        project = FixtureProject.empty(shared.resolve("p"));
        project.importRaw("2.txt", MASTHEAD.formatted(2, 4)
                + "芦洪市镇选派企业服务专员，每名专员联系五家企业，每月上门走访，收集企业诉求，交办督办，限时办结。\n\n"
                + "川岩乡推行“帮代办”服务，为群众代办证照四十余件。\n\n"
                + "大庙口镇举办油茶产业博览会，推广油茶低产林改造技术。\n\n" + END);
        project.importRaw("3.txt", MASTHEAD.formatted(3, 5)
                + "紫溪市镇为规上企业配备企业服务专员，专员每月走访企业，收集企业诉求，交办督办，办结后请企业评价。\n\n"
                + "横塘镇推进垃圾分类，生活垃圾回收利用率明显提高。\n\n" + END);
        project.importRaw("4.txt", MASTHEAD.formatted(4, 6)
                + "井头圩镇企业服务专员走访企业实现全覆盖，企业诉求交办督办、限时办结。\n\n"
                + "端桥铺镇加快冷链物流建设，新建冷库两座。\n\n" + END);
        project.build();
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(project.site().resolve(path).toFile(), "UTF-8");
    }

    @Test
    void anItemPageListsTheOtherPlacesDoingTheSameWithTheirIssueAndDate() throws Exception {
        Element section = page("issues/2024/2/01-dongan-xian-luhongshizhen.html").selectFirst("section.elsewhere");
        assertThat(section).isNotNull();
        assertThat(section.selectFirst("h2").text()).isEqualTo("在其他地方");
        assertThat(section.select(".entry-item-subject").eachAttr("href"))
                .containsExactlyInAnyOrder("../../../issues/2024/3/01-dongan-xian-zixishizhen.html", "../../../issues/2024/4/01-dongan-xian-jingtouxuzhen.html");
        Element zixi = section.select(".entry-item").stream().filter(li -> li.text().contains("紫溪市镇")).findFirst().orElseThrow();
        assertThat(zixi.selectFirst(".entry-item-issue").text()).isEqualTo("第3期");
        assertThat(zixi.selectFirst("time").attr("datetime")).isEqualTo("2024-05-02");
    }

    @Test
    void anItemLikeNoOtherHasNoSuchSection() throws Exception {
        assertThat(page("issues/2024/2/03-dongan-xian-damiaokouzhen.html").select("section.elsewhere, #elsewhere-title")).isEmpty();
    }
}
