package org.bulletinarchive.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bulletinarchive.model.Gazetteer.NameMatch;
import org.junit.jupiter.api.Test;

class TownshipsTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    private Place place(String slug) {
        return gazetteer.bySlug(slug).orElseThrow();
    }

    @Test
    void aTownshipOfDonganIsFoundWithinDonganAndYongzhouAndHunanButNotChangsha() {
        String text = "芦洪市镇推进高标准农田建设";
        for (String area : List.of("dongan-xian", "yongzhou", "hunan")) {
            assertThat(gazetteer.townshipsAtStartOf(text, place(area))).as(area).singleElement().satisfies(m -> {
                assertThat(m.name()).isEqualTo("芦洪市镇");
                assertThat(m.shortForm()).isFalse();
                assertThat(m.place()).isEqualTo(new Place("dongan-xian-luhongshizhen", "芦洪市镇", List.of(), Place.TOWNSHIP, "hunan",
                        "431122108", "dongan-xian", List.of()));
            });
        }
        assertThat(gazetteer.townshipsAtStartOf(text, place("changsha"))).isEmpty();
        assertThat(gazetteer.township("芦洪市镇", place("changsha"))).isEmpty();
        assertThat(gazetteer.township("芦洪市镇", place("yongzhou"))).get().extracting(Place::code).isEqualTo("431122108");
    }

    @Test
    void aNameTownshipsOfSeveralCountiesShareIsSettledByTheArea() {
        assertThat(gazetteer.township("花桥镇", place("yongzhou"))).get().extracting(Place::parent).isEqualTo("dongan-xian");
        assertThat(gazetteer.township("花桥镇", place("hengyang"))).get().extracting(Place::parent).isEqualTo("hengnan");
        assertThat(gazetteer.township("花桥镇", place("hunan"))).as("东安, 衡南 and 中方 each have one").isEmpty();
        assertThat(gazetteer.townshipsAtStartOf("花桥镇党委", place("hunan"))).extracting(m -> m.place().code())
                .containsExactly("430422107", "431122110", "431221103");
    }

    @Test
    void townshipsAreNotInTheGlobalNameLookups() {
        assertThat(gazetteer.matchesAtStartOf("芦洪市镇推进")).isEmpty();
        assertThat(gazetteer.placeAtStartOf("芦洪市镇推进")).isEmpty();
        assertThat(gazetteer.byName("芦洪市镇")).isEmpty();
        assertThat(gazetteer.places()).noneMatch(p -> p.kind().equals(Place.TOWNSHIP));
    }

    @Test
    void aCountysTownshipsComeInCodeOrder() {
        assertThat(gazetteer.townshipsIn(place("dongan-xian"))).extracting(Place::name).containsExactly("白牙市镇", "大庙口镇", "紫溪市镇",
                "横塘镇", "石期市镇", "井头圩镇", "端桥铺镇", "鹿马桥镇", "芦洪市镇", "新圩江镇", "花桥镇", "大盛镇", "南桥镇", "川岩乡", "水岭乡");
        assertThat(gazetteer.townshipsIn(place("lingling"))).hasSize(16).extracting(Place::code).isSorted()
                .first().isEqualTo("431102001");
        assertThat(gazetteer.townshipsIn(place("yongzhou"))).extracting(Place::code).isSorted()
                .containsAll(gazetteer.townshipsIn(place("dongan-xian")).stream().map(Place::code).toList());
        assertThat(gazetteer.townshipsIn(place("dept-fagaiwei"))).isEmpty();
    }

    @Test
    void everyTownshipSlugIsUniqueAsciiAndNoOtherPlacesSlug() {
        List<Place> all = gazetteer.places().stream().filter(p -> p.kind().matches("province|municipality|sar"))
                .flatMap(p -> gazetteer.townshipsIn(p).stream()).toList();
        Set<String> otherSlugs = gazetteer.places().stream().map(Place::slug).collect(Collectors.toSet());
        assertThat(all).hasSizeBetween(38_000, 40_000);
        assertThat(all).extracting(Place::slug).doesNotHaveDuplicates().allMatch(s -> s.matches("[a-z0-9-]+"))
                .noneMatch(otherSlugs::contains);
        assertThat(all).allSatisfy(t -> {
            assertThat(t.code()).matches("\\d{9}");
            assertThat(t.slug()).startsWith(t.parent() + "-");
            assertThat(gazetteer.bySlug(t.slug())).containsSame(t);
        });
    }

    @Test
    void aTownshipOfACityWithoutCountiesBelongsToTheCity() {
        assertThat(gazetteer.township("虎门镇", place("dongguan"))).get().satisfies(t -> {
            assertThat(t.parent()).isEqualTo("dongguan");
            assertThat(t.group()).isEqualTo("guangdong");
            assertThat(t.slug()).isEqualTo("dongguan-humenzhen");
        });
    }

    @Test
    void aTownshipNamedWithAnEndingBulletinsShortenIsFoundByTheShortEndingToo() {
        Place beian = place("beian");
        assertThat(gazetteer.township("兆麟街道", beian)).get().extracting(Place::name).isEqualTo("兆麟街道地区");
        assertThat(gazetteer.townshipsAtStartOf("兆麟街道地区召开", beian)).containsExactly(
                new NameMatch(gazetteer.township("兆麟街道地区", beian).orElseThrow(), "兆麟街道地区", false));
        assertThat(gazetteer.townshipsAtStartOf("兆麟街道召开", place("heihe"))).singleElement().extracting(NameMatch::name).isEqualTo("兆麟街道");
    }

    @Test
    void readsTownshipsOnlyWhenATownshipIsFirstAskedFor() {
        Gazetteer fresh = Gazetteer.standard();
        fresh.matchesAtStartOf("零陵区芦洪市镇");
        fresh.placeAtStartOf("东安县芦洪市镇");
        fresh.byName("东安");
        fresh.byCode("431122");
        fresh.children(fresh.bySlug("yongzhou").orElseThrow());
        fresh.places();
        assertThat(fresh.bySlug("dongan-xian")).isPresent();
        assertThat(fresh.bySlug("no-such-place")).isEmpty();
        assertThat(fresh.townshipsLoaded()).isFalse();

        assertThat(fresh.bySlug("dongan-xian-luhongshizhen")).get().extracting(Place::name).isEqualTo("芦洪市镇");
        assertThat(fresh.townshipsLoaded()).isTrue();
    }

    @Test
    void readsTheTownshipsQuickly() {
        Gazetteer fresh = Gazetteer.standard();
        long start = System.nanoTime();
        fresh.townshipsIn(fresh.bySlug("dongan-xian").orElseThrow());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("first township lookup in ms").isLessThan(1000);
    }
}
