package org.bulletinarchive.importer;

import java.util.List;
import java.util.Map;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.model.Place;

/**
 * Gives a series an ASCII slug from its masthead: the slug of the place it names (永州市 → yongzhou)
 * and of the kind of bulletin (工作专报 → zhuanbao), e.g. yongzhou-zhuanbao. The slug is stored
 * with every issue, so it is chosen once, when the series' first issue is imported.
 */
final class SeriesNamer {

    /** Kinds of bulletin by the word that ends the series title, longest first. */
    private static final List<Map.Entry<String, String>> KINDS = List.of(
            Map.entry("督查通报", "ducha"), Map.entry("督察通报", "ducha"), Map.entry("督查专报", "ducha"), Map.entry("督查快报", "ducha"),
            Map.entry("工作专报", "zhuanbao"), Map.entry("工作简报", "jianbao"), Map.entry("工作通报", "tongbao"),
            Map.entry("工作动态", "dongtai"), Map.entry("工作快报", "kuaibao"), Map.entry("工作信息", "xinxi"),
            Map.entry("专报", "zhuanbao"), Map.entry("简报", "jianbao"), Map.entry("通报", "tongbao"), Map.entry("动态", "dongtai"),
            Map.entry("快报", "kuaibao"), Map.entry("信息", "xinxi"), Map.entry("要情", "yaoqing"), Map.entry("专刊", "zhuankan"),
            Map.entry("周报", "zhoubao"), Map.entry("月报", "yuebao"), Map.entry("情况", "qingkuang"));

    private final Gazetteer gazetteer;

    SeriesNamer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The slug for a series title; {@code issuer} names the place when the title does not. */
    String slugFor(String seriesName, String issuer) {
        String compact = SeriesCatalog.key(seriesName);
        Place home = SubjectFinder.homeOf(gazetteer, compact);
        if (home == null) {
            home = SubjectFinder.homeOf(gazetteer, issuer);
        }
        String place = home == null ? "" : home.slug();
        String kind = "";
        for (var k : KINDS) {
            if (compact.contains(k.getKey())) {
                kind = k.getValue();
                break;
            }
        }
        if (kind.isEmpty()) {
            kind = Pinyin.initials(compact);
        }
        if (kind.isEmpty()) {
            kind = "series";
        }
        return place.isEmpty() ? kind : place + "-" + kind;
    }
}
