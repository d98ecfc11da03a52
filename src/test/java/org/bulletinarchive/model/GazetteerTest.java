package org.bulletinarchive.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bulletinarchive.model.Gazetteer.NameMatch;
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

    @Test
    void changshaCountyIsNotChangsha() {
        assertThat(gazetteer.placeAtStartOf("长沙县优化营商环境")).get().satisfies(p -> {
            assertThat(p.slug()).isEqualTo("changsha-xian");
            assertThat(p.name()).isEqualTo("长沙县");
            assertThat(p.kind()).isEqualTo(Place.COUNTY);
            assertThat(p.parent()).isEqualTo("changsha");
            assertThat(p.shortNames()).isEmpty();
        });
        assertThat(gazetteer.placeAtStartOf("长沙优化营商环境")).get().extracting(Place::slug).isEqualTo("changsha");
        assertThat(gazetteer.matchesAtStartOf("长沙县优化")).extracting(m -> m.place().slug()).containsExactly("changsha-xian", "changsha");
    }

    @Test
    void linglingDistrictAndItsShortFormResolveToTheCountyWithCode431102() {
        Place lingling = gazetteer.byCode("431102").orElseThrow();
        assertThat(lingling.name()).isEqualTo("零陵区");
        assertThat(lingling.slug()).isEqualTo("lingling");
        assertThat(gazetteer.matchesAtStartOf("零陵区委")).containsExactly(new NameMatch(lingling, "零陵区", false));
        assertThat(gazetteer.matchesAtStartOf("零陵全面推进")).containsExactly(new NameMatch(lingling, "零陵", true));
        assertThat(gazetteer.placeAtStartOf("零陵区委")).contains(lingling);
        assertThat(gazetteer.placeAtStartOf("零陵全面推进")).as("a short name alone does not file an entry").isEmpty();
        assertThat(gazetteer.byName("零陵")).contains(lingling);
    }

    @Test
    void jianghuaYaoAutonomousCountyIsKnownByItsShortNameJianghua() {
        assertThat(gazetteer.matchesAtStartOf("江华推进")).singleElement().satisfies(m -> {
            assertThat(m.place().name()).isEqualTo("江华瑶族自治县");
            assertThat(m.place().slug()).isEqualTo("jianghua");
            assertThat(m.shortForm()).isTrue();
        });
    }

    @Test
    void aDistrictNameSeveralCitiesShareGivesEveryOneOfThem() {
        List<NameMatch> gulou = gazetteer.matchesAtStartOf("鼓楼区推进");
        assertThat(gulou).hasSizeGreaterThanOrEqualTo(4).allSatisfy(m -> {
            assertThat(m.name()).isEqualTo("鼓楼区");
            assertThat(m.shortForm()).isFalse();
        });
        assertThat(gulou).extracting(m -> m.place().slug()).contains("gulou-nanjing", "gulou-fuzhou");
        assertThat(gulou).extracting(m -> m.place().code()).isSorted();
        assertThat(gazetteer.placeAtStartOf("鼓楼区推进")).as("ambiguous").isEmpty();
        assertThat(gazetteer.placeAtStartOf("朝阳区推进")).as("not the prefecture 朝阳").isEmpty();
    }

    @ParameterizedTest(name = "{0}… is {1}")
    @CsvSource({"市市场监管局推出, 市市场监管局, dept-shichangjianguan", "市发改委牵头, 市发改委, dept-fagaiwei", "发改委牵头, 发改委, dept-fagaiwei",
            "县市场监督管理局, 县市场监督管理局, dept-shichangjianguan", "市委组织部, 市委组织部, dept-zuzhibu",
            "国网永州供电公司, 国网永州供电公司, dept-gongdian", "市中级人民法院, 市中级人民法院, dept-fayuan"})
    void departmentsAreFoundBareAndAfterOneLevelPrefix(String text, String name, String slug) {
        assertThat(gazetteer.matchesAtStartOf(text)).first().satisfies(m -> {
            assertThat(m.place().slug()).isEqualTo(slug);
            assertThat(m.place().kind()).isEqualTo(Place.DEPARTMENT);
            assertThat(m.place().group()).isEqualTo("departments");
            assertThat(m.name()).isEqualTo(name);
        });
        assertThat(gazetteer.placeAtStartOf(text)).get().extracting(Place::slug).isEqualTo(slug);
    }

    @Test
    void xiangjiangNewAreaIsAZoneUnderHunanInChangsha() {
        Place xiangjiang = gazetteer.placeAtStartOf("湘江新区建设").orElseThrow();
        assertThat(xiangjiang.kind()).isEqualTo(Place.ZONE);
        assertThat(xiangjiang.group()).isEqualTo("hunan");
        assertThat(xiangjiang.parent()).isEqualTo("changsha");
        assertThat(gazetteer.children(gazetteer.bySlug("changsha").orElseThrow())).contains(xiangjiang)
                .extracting(Place::name).contains("长沙县", "望城区", "浏阳市");
    }

    @Test
    void hasAllNineteenNationalNewAreasAndKeepsTheSlugsOfPudongAndXiongan() {
        assertThat(gazetteer.places()).filteredOn(p -> p.kind().equals(Place.ZONE)).hasSize(19)
                .allSatisfy(p -> assertThat(gazetteer.bySlug(p.group())).isPresent());
        assertThat(gazetteer.byName("浦东新区")).get().satisfies(p -> {
            assertThat(p.slug()).isEqualTo("pudong");
            assertThat(p.code()).as("also the district 310115").isEqualTo("310115");
        });
        assertThat(gazetteer.byName("雄安")).get().extracting(Place::slug).isEqualTo("xiongan");
    }

    @Test
    void aProvinceHasItsPrefecturesAsChildrenAndAMunicipalityItsDistricts() {
        assertThat(gazetteer.children(gazetteer.bySlug("hunan").orElseThrow())).filteredOn(p -> p.kind().equals(Place.PREFECTURE)).hasSize(14);
        assertThat(gazetteer.children(gazetteer.bySlug("beijing").orElseThrow())).extracting(Place::name).contains("朝阳区", "海淀区");
        assertThat(gazetteer.bySlug("yongzhou").orElseThrow().code()).isEqualTo("431100");
    }

    @Test
    void keepsTheSlugOfEveryPlaceTheGazetteerHadBeforeCounties() throws IOException {
        String before;
        try (InputStream in = getClass().getResourceAsStream("/gazetteer/slugs-before-counties.tsv")) {
            before = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String[]> rows = before.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t")).toList();
        assertThat(rows).hasSize(376).allSatisfy(row -> assertThat(gazetteer.bySlug(row[0])).as(row[0]).get().extracting(Place::name).isEqualTo(row[1]));
    }

    @Test
    void everySlugIsUniqueLowerCaseAscii() {
        assertThat(gazetteer.places()).extracting(Place::slug).doesNotHaveDuplicates().allMatch(s -> s.matches("[a-z0-9-]+"));
    }

    @Test
    void knowsAPlausibleNumberOfCountyLevelDivisions() {
        long counties = gazetteer.places().stream().filter(p -> p.kind().equals(Place.COUNTY)).count();
        assertThat(counties).isGreaterThan(2800).isLessThan(3000);
        assertThat(gazetteer.places()).filteredOn(p -> p.kind().equals(Place.COUNTY))
                .allSatisfy(p -> assertThat(p.code()).matches("\\d{6}"))
                .allSatisfy(p -> assertThat(gazetteer.bySlug(p.parent())).as(p.name()).isPresent());
    }

    @Test
    void loadsQuickly() {
        long start = System.nanoTime();
        Gazetteer.standard();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("Gazetteer.standard() in ms").isLessThan(300);
    }
}
