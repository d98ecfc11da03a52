package org.bulletinarchive.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinarchive.model.Gazetteer.NameMatch;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.model.Place;
import org.bulletinarchive.model.Text;

/**
 * Finds the subjects of an item where the text puts them: a province, prefecture or county (长沙县 is not 长沙),
 * a prefecture with its county (永州市零陵区), a township of the bulletin's own area (芦洪市镇), a zone (湘江新区, or a
 * place with a zone word: 株洲高新区), a department (市发改委, 县市场监管局), or an unknown unit named before a colon
 * (市工商联：…) — at the start of a paragraph, after a date or an opener (近日，), as 我县 (the issuer's own place),
 * inside its first sentence, in a list (先进县市区：长沙县、浏阳市…) or in an attribution at its end (（县农业农村局）).
 * A name that is only the start of another word (北京时间, 中山大学) is no subject. Names several places share
 * (鼓楼区) and short forms (零陵 for 零陵区) are settled by the bulletin's home place, read from its masthead.
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

    /** Words that make a place name the start of another word: 北京时间, 中山大学, 长沙路, 永州日报. */
    private static final Pattern NOT_A_PLACE_AFTER = Pattern.compile("^(时间|大学|学院|日报|晚报|电视台|广播|卫视|新闻|路|大道|大街|街(?!道)|宾馆|酒店|饭店|机场|火车站|高铁站|站|港|银行|商会|话|方言|籍)");
    /** What a paragraph may open with before its subject: a date (9月25日，, 2023年9月下旬，) or a phrase of time (近日，). */
    private static final Pattern OPENER = Pattern.compile("^(?:(北京时间)?(?:[0-9０-９]{4}\\s*年\\s*)?(?:[0-9０-９]{1,2}\\s*月(?:\\s*[0-9０-９]{1,2}\\s*日(?:至\\s*[0-9０-９]{1,2}\\s*日)?)?|[0-9０-９]{1,2}\\s*月\\s*[上中下]旬)(?:上午|下午|晚上|晚|上旬|中旬|下旬)?"
            + "|近日|日前|近期|近来|目前|当前|今年以来|年初以来|近年来|今年|去年以来|此前|上半年|下半年|一季度|二季度|三季度|四季度|前三季度|1-[0-9]{1,2}月|1—[0-9]{1,2}月)\\s*[，,]\\s*");
    /** 我县, 本市, 我区 …: the issuer's own place; group 2 is its level. */
    private static final Pattern SELF = Pattern.compile("^(我|本)(省|市|州|县|区)");
    /** A newspaper's dateline: 永州日报9月28日讯（记者 …）, 新华社长沙9月28日电. */
    private static final Pattern DATELINE = Pattern.compile("^(?:[^，。；：（）()]{2,16}?[0-9０-９一二三四五六七八九十]{1,2}\\s*月\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*日\\s*(?:讯|电)\\s*(?:[（(][^）)]{0,40}[）)])?"
            + "|[^，。；：（）()]{2,16}?讯\\s*[（(]\\s*(?:记者|通讯员)[^）)]{0,40}[）)])\\s*");
    /** Words that end in a level character without naming a level (园区, 城市, 社区): no department begins inside them. */
    private static final Pattern NOT_A_LEVEL = Pattern.compile("(园区|城区|社区|景区|小区|辖区|片区|新区|发区|市区|山区|街区|城市|超市|都市|门市|集市|股市|省市|全市|全县|全区|各县|各市|各区)$");
    /** An attribution after the last sentence: …。（县农业农村局） or （供稿：县水利局）; group 1 is the unit. */
    private static final Pattern ATTRIBUTION = Pattern.compile("[。！？”…]\\s*[（(]\\s*(?:供稿单位|供稿|来源|信息来源|稿件来源|撰稿)?\\s*[：:]?\\s*([^（）()：:，,。]{2,20}?)\\s*(?:供稿)?\\s*[）)]\\s*$");
    /** A village or community after its township's name: 九江岭村, 潇湘社区. */
    private static final Pattern VILLAGE = Pattern.compile("^(?![村组])([\\p{IsHan}&&[^和的在与及对到为将把从组干部等各全共]]{2,4}?(?:村|社区))");
    /** The kind of a village subject. */
    static final String VILLAGE_KIND = "village";
    /** The separators of a list of places. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、，,]");

    private final Gazetteer gazetteer;
    private final Place home;

    SubjectFinder(Gazetteer gazetteer, Place home) {
        this.gazetteer = gazetteer;
        this.home = home;
    }

    /** The place the bulletin is issued from (its masthead's first place), or null. */
    Place home() {
        return home;
    }

    /**
     * The subject a paragraph opens with, where the text puts it: its first words (after a list mark or a dateline), after a
     * date or a phrase of time (9月25日，, 近日，), or 我县/本市 for the issuer's own place.
     */
    Optional<Subject> lead(String paragraph) {
        String text = paragraph;
        Matcher dateline = DATELINE.matcher(text);
        if (dateline.find() && dateline.end() > 0) {
            // 永州日报9月28日讯（记者 …）: the paper's place is no subject; the text is read from after it
            text = text.substring(dateline.end());
        }
        Optional<Subject> atStart = opening(text, "name at start");
        if (atStart.isPresent()) {
            return atStart;
        }
        Matcher opener = OPENER.matcher(text);
        if (opener.find()) {
            String phrase = text.substring(0, opener.end()).strip();
            boolean date = phrase.matches("^(北京时间)?[0-9０-９].*");
            return opening(text.substring(opener.end()), date ? "after a date" : "after " + phrase.replace(",", "，"));
        }
        return Optional.empty();
    }

    /** A subject at the very start of {@code text} (or 我县), read by rule {@code how}. */
    private Optional<Subject> opening(String text, String how) {
        Optional<Subject> self = self(text);
        if (self.isPresent()) {
            return self;
        }
        // at the very start the finer rule stays (department after 县, name before a colon); after an opener, the opener is the rule
        boolean atStart = how.equals("name at start");
        return atStartOf(text).map(s -> atStart ? s : new Subject(s.place(), s.matched(), how, s.warning()));
    }

    /** 我县, 本市…: the issuer's own place, when the masthead names one at that level. */
    private Optional<Subject> self(String text) {
        Matcher m = SELF.matcher(text);
        if (!m.find() || home == null) {
            return Optional.empty();
        }
        String level = m.group(2);
        Place own = switch (level) {
            case "县", "区" -> Place.COUNTY.equals(home.kind()) ? home : null;
            case "市", "州" -> Place.PREFECTURE.equals(home.kind()) || "municipality".equals(home.kind()) ? home
                    : Place.COUNTY.equals(home.kind()) && home.name().endsWith("市") ? home : null;
            case "省" -> gazetteer.bySlug(home.group()).orElse(null);
            default -> null;
        };
        return own == null ? Optional.empty() : Optional.of(new Subject(own, m.group(), m.group() + " (the issuer's own place)", ""));
    }

    /**
     * Every known place, zone, township of the bulletin's own area and department (with its level: 县政协) named in
     * {@code text}, in order, once each; names that only begin another word are skipped. {@code how} names the rule.
     */
    List<Subject> inText(String text, String how) {
        List<Subject> found = new ArrayList<>();
        Matcher dateline = DATELINE.matcher(text);
        int i = dateline.find() ? dateline.end() : 0;
        while (i < text.length()) {
            String rest = text.substring(i);
            // 园区政务服务中心 is no 区政务服务中心: a level word must not end a word begun before it
            boolean levelInsideWord = i > 0 && NOT_A_LEVEL.matcher(text.substring(Math.max(0, i - 2), i + 1)).find();
            Optional<Subject> s = self(rest).or(() -> known(rest, false)).filter(SubjectFinder::standsOutInText)
                    .filter(x -> !(levelInsideWord && Place.DEPARTMENT.equals(x.place().kind())));
            if (s.isPresent()) {
                if (found.stream().noneMatch(f -> f.place().slug().equals(s.get().place().slug()))) {
                    found.add(new Subject(s.get().place(), s.get().matched(), how, s.get().warning()));
                }
                i += s.get().matched().length();
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * Whether a name found inside a sentence is surely that subject: a department with its level (县政协, not 政协), a
     * prefecture or province written with its suffix (长沙市, not 长沙, which begins many words), any county, zone or township.
     */
    private static boolean standsOutInText(Subject s) {
        Place p = s.place();
        if (Place.DEPARTMENT.equals(p.kind())) {
            return !s.how().equals("department");
        }
        if (Place.PREFECTURE.equals(p.kind()) || Place.PROVINCE.equals(p.kind()) || "municipality".equals(p.kind()) || Place.REGION.equals(p.kind())) {
            return s.matched().matches(".*(市|省|州|盟|地区|自治区|特别行政区|大湾区|经济圈|城市群)$");
        }
        return true;
    }

    /** The unit an item is signed by at its end: …。（县农业农村局）, （供稿：东安县水利局）. */
    Optional<Subject> attribution(String lastParagraph) {
        Matcher m = ATTRIBUTION.matcher(lastParagraph);
        if (!m.find()) {
            return Optional.empty();
        }
        String unit = m.group(1).strip();
        Optional<Subject> s = self(unit).or(() -> atStartOf(unit + "：").filter(x -> x.matched().equals(unit)));
        return s.map(x -> new Subject(x.place(), x.matched(), "attribution at the end", x.warning()));
    }

    /**
     * The places of a list paragraph (先进县市区：长沙县、浏阳市、醴陵市。先进园区：…), when every part of every list in it is a
     * known subject and there are at least two; else empty.
     */
    List<Subject> list(String paragraph) {
        List<Subject> whole = wholeList(paragraph);
        return whole.isEmpty() ? leadingList(paragraph) : whole;
    }

    /** The names a paragraph begins with, when it begins with two or more joined by 、 (新圩江镇、川岩乡两地…). */
    private List<Subject> leadingList(String paragraph) {
        List<Subject> found = new ArrayList<>();
        int at = 0;
        while (at < paragraph.length()) {
            String rest = paragraph.substring(at);
            Optional<Subject> s = known(rest, true);
            if (s.isEmpty()) {
                break;
            }
            found.add(new Subject(s.get().place(), s.get().matched(), "in a list", s.get().warning()));
            at += s.get().matched().length();
            if (at >= paragraph.length() || paragraph.charAt(at) != '、') {
                break;
            }
            at++;
        }
        return found.size() >= 2 ? found : List.of();
    }

    private List<Subject> wholeList(String paragraph) {
        List<Subject> found = new ArrayList<>();
        int unknown = 0;
        for (String sentence : paragraph.split("[。；;]")) {
            String items = sentence.strip();
            int colon = Text.labelEnd(items);
            if (colon >= 0) {
                items = items.substring(colon + 1).strip();
            }
            if (items.isEmpty()) {
                continue;
            }
            String[] parts = LIST_SEPARATOR.split(items);
            if (parts.length < 2 && found.isEmpty()) {
                return List.of();
            }
            for (String part : parts) {
                String name = part.strip();
                // a unit the gazetteer does not know may stand in a list of known ones (国家税务总局湖南省税务局)
                Optional<Subject> s = name.isEmpty() ? Optional.empty() : known(name, true).filter(x -> x.matched().equals(name))
                        .or(() -> atStartOf(name + "：").filter(x -> x.matched().equals(name)));
                if (s.isEmpty()) {
                    return List.of();
                }
                if (!s.get().warning().isEmpty()) {
                    unknown++;
                }
                if (found.stream().noneMatch(f -> f.place().slug().equals(s.get().place().slug()))) {
                    found.add(new Subject(s.get().place(), name, "in a list", s.get().warning()));
                }
            }
        }
        return found.size() >= 2 && found.size() - unknown >= 2 ? found : List.of();
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

    /**
     * The subject {@code text} begins with; its rule is "name at start" or, when a colon follows the name, "name before a
     * colon", with how the name was read after a comma (name at start, place and zone word 高新区).
     */
    Optional<Subject> atStartOf(String text) {
        return named(text).map(s -> {
            if (s.how().equals("name before a colon")) {
                return s;
            }
            String rest = text.substring(s.matched().length()).stripLeading();
            String rule = rest.startsWith("：") || rest.startsWith(":") ? "name before a colon" : "name at start";
            return new Subject(s.place(), s.matched(), s.how().equals("name at start") ? rule : rule + ", " + s.how(), s.warning());
        });
    }

    private Optional<Subject> named(String text) {
        Optional<Subject> known = known(text, true);
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

    /** A known subject at the start of {@code text}: the gazetteer's, or a township of the home area; short names when {@code shortForms}. */
    private Optional<Subject> known(String text, boolean shortForms) {
        Optional<Subject> place = gazetteerPlace(text, shortForms);
        Optional<Subject> township = township(text);
        if (township.isPresent() && (place.isEmpty() || township.get().matched().length() > place.get().matched().length())) {
            return township;
        }
        return place;
    }

    /** A township of the bulletin's own county or prefecture at the start of {@code text} (芦洪市镇…). */
    private Optional<Subject> township(String text) {
        if (home == null || Place.PROVINCE.equals(home.kind())) {
            return Optional.empty();
        }
        for (NameMatch m : gazetteer.townshipsAtStartOf(text, home)) {
            String rest = text.substring(m.name().length());
            if (!continuesAsAnotherWord(rest)) {
                return Optional.of(village(m, rest).orElse(new Subject(m.place(), m.name(), "name at start", "")));
            }
        }
        return Optional.empty();
    }

    /** A village or community named right after its township (石岩头镇九江岭村): a subject of its own, under the township. */
    private static Optional<Subject> village(NameMatch township, String rest) {
        Matcher m = VILLAGE.matcher(rest);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1);
        String slug = Pinyin.slug(name);
        if (slug.isEmpty()) {
            return Optional.empty();
        }
        Place t = township.place();
        Place village = new Place(t.slug() + "-" + slug, name, List.of(), VILLAGE_KIND, t.group(), "", t.slug());
        return Optional.of(new Subject(village, township.name() + name, "name at start", ""));
    }

    /** The township a village subject lies in, to be tagged with it. */
    Optional<Place> townshipOf(Place village) {
        return VILLAGE_KIND.equals(village.kind()) ? gazetteer.bySlug(village.parent()) : Optional.empty();
    }

    /** Whether what follows a name makes it part of another word (北京时间, 中山大学), so that it names no place. */
    private static boolean continuesAsAnotherWord(String rest) {
        return NOT_A_PLACE_AFTER.matcher(rest).find();
    }

    private Optional<Subject> gazetteerPlace(String text, boolean shortForms) {
        List<NameMatch> matches = new ArrayList<>();
        for (NameMatch m : gazetteer.matchesAtStartOf(text)) {
            boolean department = Place.DEPARTMENT.equals(m.place().kind());
            if ((!m.shortForm() || (shortForms && inHomeProvince(m.place()))) && (department || !continuesAsAnotherWord(text.substring(m.name().length())))) {
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
            if (Place.COUNTY.equals(place.kind())) {
                for (NameMatch t : gazetteer.townshipsAtStartOf(rest, place)) {
                    return Optional.of(new Subject(t.place(), chosen.name() + t.name(), "county and township", warning));
                }
            }
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
