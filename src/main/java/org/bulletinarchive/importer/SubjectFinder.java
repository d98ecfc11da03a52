package org.bulletinarchive.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.model.Gazetteer.NameMatch;
import org.bulletinarchive.model.Place;

/**
 * Finds the subject a paragraph begins with: a province, prefecture or county (长沙县 is not 长沙),
 * a prefecture with its county (永州市零陵区), a zone (湘江新区, or a place with a zone word:
 * 株洲高新区), a department (市发改委, 县市场监管局), or an unknown unit named before a colon
 * (市工商联：…). Names several places share (鼓楼区) and short forms (零陵 for 零陵区) are settled
 * by the bulletin's home place, read from its masthead.
 */
final class SubjectFinder {

    /** A subject found, how it was recognised, and a warning when the reading is uncertain. */
    record Subject(Place place, String matched, String how, String warning) {
    }

    private static final List<String[]> ZONE_WORDS = List.of(
            new String[] {"高新技术产业开发区", "gaoxinqu"}, new String[] {"经济技术开发区", "jingkaiqu"}, new String[] {"经济开发区", "jingkaiqu"},
            new String[] {"综合保税区", "zongbaoqu"}, new String[] {"高新区", "gaoxinqu"}, new String[] {"经开区", "jingkaiqu"},
            new String[] {"综保区", "zongbaoqu"}, new String[] {"工业园区", "gongyeyuan"}, new String[] {"工业园", "gongyeyuan"},
            new String[] {"产业园", "chanyeyuan"}, new String[] {"自贸片区", "zimaopianqu"}, new String[] {"自贸区", "zimaoqu"},
            new String[] {"开发区", "kaifaqu"}, new String[] {"管理区", "guanliqu"}, new String[] {"示范区", "shifanqu"},
            new String[] {"度假区", "dujiaqu"}, new String[] {"新区", "xinqu"}, new String[] {"园区", "yuanqu"});
    /** A label before a colon that names a unit: 市工商联：, 回龙圩管理区：, 国网永州供电公司： */
    private static final Pattern UNIT_LABEL = Pattern.compile("^([^：:，,。；、“”《》（）()\\s]{2,14}?(?:区|县|市|旗|局|委|办|园|中心|公司|集团|银行|管委会|街道|乡|镇|村|社区|学校|医院|法院|检察院|联|会|所|站|队|部|厅|处|院))[：:]");

    private final Gazetteer gazetteer;
    private final Place home;

    SubjectFinder(Gazetteer gazetteer, Place home) {
        this.gazetteer = gazetteer;
        this.home = home;
    }

    /** The place a masthead names first (永州市打好… → 永州), the context for ambiguous names; null when none. */
    static Place homeOf(Gazetteer gazetteer, String mastheadText) {
        String text = mastheadText.replaceAll("\\s+", "");
        for (int i = 0; i < text.length(); i++) {
            for (NameMatch m : gazetteer.matchesAtStartOf(text.substring(i))) {
                if (!m.shortForm() && !Place.DEPARTMENT.equals(m.place().kind())) {
                    return m.place();
                }
            }
        }
        return null;
    }

    Optional<Subject> atStartOf(String text) {
        Optional<Subject> known = known(text);
        if (known.isPresent()) {
            return known;
        }
        Matcher label = UNIT_LABEL.matcher(text);
        if (label.find()) {
            String name = label.group(1);
            String slug = Pinyin.slug(name);
            if (slug.isEmpty() || gazetteer.bySlug(slug).isPresent()) {
                slug = slug + (slug.isEmpty() ? "" : "-") + "unit";
            }
            Place place = new Place(slug, name, List.of(), Place.OTHER, "other", "", "");
            return Optional.of(new Subject(place, name, "name before a colon",
                    "'" + name + "' is not in the gazetteer; filed as a new subject (" + slug + "). If it is a known place or department under another name, add the name as an alias."));
        }
        return Optional.empty();
    }

    private Optional<Subject> known(String text) {
        List<NameMatch> matches = new ArrayList<>();
        for (NameMatch m : gazetteer.matchesAtStartOf(text)) {
            if (!m.shortForm() || inHomeProvince(m.place())) {
                matches.add(m);
            }
        }
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        int longest = matches.get(0).name().length();
        List<NameMatch> best = new ArrayList<>();
        for (NameMatch m : matches) {
            if (m.name().length() == longest && best.stream().noneMatch(b -> b.place().slug().equals(m.place().slug()))) {
                best.add(m);
            }
        }
        if (best.stream().anyMatch(m -> !m.shortForm())) {
            best.removeIf(NameMatch::shortForm);
        }
        NameMatch chosen = best.get(0);
        String warning = "";
        if (best.size() > 1) {
            NameMatch near = nearest(best);
            if (near != null) {
                chosen = near;
            } else {
                warning = "'" + chosen.name() + "' names " + best.size() + " places; filed under the one with code " + chosen.place().code()
                        + " (" + chosen.place().slug() + "). If that is wrong, write the prefecture first (e.g. 南京市鼓楼区).";
            }
        }
        Place place = chosen.place();
        String how = chosen.shortForm() ? "short name " + chosen.name() + " of " + place.name() : "name at start";
        String rest = text.substring(chosen.name().length());
        if (Place.DEPARTMENT.equals(place.kind())) {
            String prefix = levelPrefix(chosen.name());
            return Optional.of(new Subject(departmentOf(ownerFor(prefix), place, chosen.name()), chosen.name(),
                    "department" + (prefix.isEmpty() ? "" : " after " + prefix), warning));
        }
        {
            // 永州市零陵区, 长沙市发改委, 株洲高新区
            for (NameMatch inner : gazetteer.matchesAtStartOf(rest)) {
                Place p = inner.place();
                boolean isChild = (Place.COUNTY.equals(p.kind()) || Place.ZONE.equals(p.kind())) && p.parent().equals(place.slug()) && !inner.shortForm();
                if (isChild) {
                    return Optional.of(new Subject(p, chosen.name() + inner.name(), "prefecture and county", warning));
                }
                if (Place.DEPARTMENT.equals(p.kind()) && levelPrefix(inner.name()).isEmpty()) {
                    String name = chosen.name() + inner.name();
                    return Optional.of(new Subject(departmentOf(place, p, name), name, "place and department", warning));
                }
            }
            for (String[] zone : ZONE_WORDS) {
                if (rest.startsWith(zone[0]) && !Place.ZONE.equals(place.kind()) && !Place.REGION.equals(place.kind())) {
                    String name = chosen.name() + zone[0];
                    String parent = Place.COUNTY.equals(place.kind()) ? place.parent()
                            : (Place.PREFECTURE.equals(place.kind()) ? place.slug() : "");
                    Place z = new Place(place.slug() + "-" + zone[1], name, List.of(), Place.ZONE, place.group(), "", parent);
                    return Optional.of(new Subject(gazetteer.bySlug(z.slug()).orElse(z), name, "place and zone word " + zone[0], warning));
                }
            }
        }
        return Optional.of(new Subject(place, chosen.name(), how, warning));
    }

    private static final List<String> LEVEL_PREFIXES = List.of("省委", "市委", "州委", "县委", "区委", "市直", "省", "市", "州", "县", "区");

    /** The level word a department name starts with (市发改委 → 市), or "". */
    private String levelPrefix(String name) {
        for (String p : LEVEL_PREFIXES) {
            if (name.startsWith(p) && !gazetteer.matchesAtStartOf(name.substring(p.length())).isEmpty()) {
                return p;
            }
        }
        return "";
    }

    /** Whose department 市/县/省… names: the home place at that level, else null (a department in general). */
    private Place ownerFor(String prefix) {
        if (home == null) {
            return null;
        }
        String level = prefix.isEmpty() ? home.kind() : switch (prefix.substring(0, 1)) {
            case "省" -> Place.PROVINCE;
            case "市", "州" -> Place.PREFECTURE;
            default -> Place.COUNTY;
        };
        if (level.equals(home.kind()) || (Place.PREFECTURE.equals(level) && "municipality".equals(home.kind()))) {
            return home;
        }
        if (Place.PREFECTURE.equals(level) && Place.COUNTY.equals(home.kind())) {
            return gazetteer.bySlug(home.parent()).orElse(null);
        }
        if (Place.PROVINCE.equals(level)) {
            return gazetteer.bySlug(home.group()).orElse(null);
        }
        return null;
    }

    /**
     * A department as its own subject: 市发改委 in a 永州 bulletin is 永州's (slug yongzhou-fagaiwei,
     * filed under 永州); without a known owner it is the department in general (dept-fagaiwei).
     */
    private static Place departmentOf(Place owner, Place department, String writtenName) {
        if (owner == null) {
            return new Place(department.slug(), writtenName, List.of(), Place.DEPARTMENT, department.group(), "", "");
        }
        String slug = owner.slug() + "-" + department.slug().replaceFirst("^dept-", "");
        String group = "regions".equals(owner.group()) ? "departments" : owner.group();
        return new Place(slug, writtenName, List.of(), Place.DEPARTMENT, group, "", owner.slug());
    }

    private boolean inHomeProvince(Place place) {
        return home != null && home.group().equals(place.group()) && !"regions".equals(place.group());
    }

    /** The candidate in the home prefecture, else the only one in the home province; null when that does not settle it. */
    private NameMatch nearest(List<NameMatch> candidates) {
        if (home == null) {
            return null;
        }
        String homePrefecture = Place.PREFECTURE.equals(home.kind()) ? home.slug() : home.parent();
        for (NameMatch m : candidates) {
            if (!homePrefecture.isEmpty() && homePrefecture.equals(m.place().parent())) {
                return m;
            }
        }
        List<NameMatch> inProvince = candidates.stream().filter(m -> m.place().group().equals(home.group())).toList();
        return inProvince.size() == 1 ? inProvince.get(0) : null;
    }
}
