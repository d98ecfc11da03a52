package org.bulletinarchive.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"长沙, changsha", "重庆, chongqing", "长春, changchun", "厦门, xiamen", "陕西, shaanxi", "山西, shanxi",
            "张家界, zhangjiajie", "粤港澳大湾区, greater-bay-area", "吉林市, jilin-city", "吉林, jilin"})
    void givesPlacesTheirCorrectPinyinSlug(String name, String slug) {
        assertThat(gazetteer.byName(name)).get().extracting(Place::slug).isEqualTo(slug);
    }

    @ParameterizedTest(name = "{0}… belongs to {1}")
    @CsvSource({"长沙市政府工作报告提出, changsha", "大湾区深刻领会, greater-bay-area", "深圳《优化市场化营商环境》, shenzhen",
            "海南自贸港建设, hainan-ftp", "海南发布, hainan", "长株潭一体化, changzhutan"})
    void findsThePlaceAtTheStartOfAParagraphByLongestNameOrAlias(String text, String slug) {
        assertThat(gazetteer.placeAtStartOf(text)).get().extracting(Place::slug).isEqualTo(slug);
    }

    @Test
    void findsNoPlaceInTextThatDoesNotBeginWithOne() {
        assertThat(gazetteer.placeAtStartOf("某地优化营商环境")).isEmpty();
        assertThat(gazetteer.placeAtStartOf("")).isEmpty();
    }

    @Test
    void coversEveryProvinceLevelDivisionAndPrefecture() {
        long provinceLevel = gazetteer.places().stream().filter(p -> p.kind().matches("province|municipality|sar")).count();
        long prefectures = gazetteer.places().stream().filter(p -> p.kind().equals("prefecture")).count();
        assertThat(provinceLevel).isEqualTo(34);
        assertThat(prefectures).isEqualTo(333);
        assertThat(gazetteer.places()).filteredOn(p -> p.kind().equals("prefecture"))
                .allSatisfy(p -> assertThat(gazetteer.bySlug(p.group())).isPresent());
    }

    @Test
    void refusesAGazetteerWithTheSameNameTwiceNamingTheLine() {
        String tsv = "# test\nchangsha\t长沙\t长沙市\tprefecture\thunan\nchangsha2\t长沙市\t\tprefecture\thunan\n";
        assertThatThrownBy(() -> Gazetteer.parse(tsv, "g.tsv")).hasMessageContaining("g.tsv:3").hasMessageContaining("长沙市");
    }
}
