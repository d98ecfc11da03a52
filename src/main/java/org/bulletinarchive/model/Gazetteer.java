package org.bulletinarchive.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The subjects bulletins talk about, with prefix lookup: the curated provinces, prefectures, regions and
 * zones of gazetteer.tsv, every county-level division of divisions.tsv (which also gives provinces and
 * prefectures their codes) and the departments of departments.tsv; and, read on first use and looked up only
 * within a place, the townships of townships.tsv.
 */
public final class Gazetteer {

    public static final String RESOURCE = "/gazetteer.tsv";
    public static final String DIVISIONS_RESOURCE = "/divisions.tsv";
    public static final String DEPARTMENTS_RESOURCE = "/departments.tsv";
    public static final String TOWNSHIPS_RESOURCE = "/townships.tsv";

    /** One way {@code text} can begin with a place: the place, the text matched, and whether it was a short name (零陵 for 零陵区). */
    public record NameMatch(Place place, String name, boolean shortForm) {}

    /** What may stand before a department's name: 市发改委, 县市场监管局, 市委组织部. Longest first. */
    private static final List<String> DEPARTMENT_PREFIXES = List.of("市直", "省委", "市委", "州委", "县委", "区委", "省", "市", "州", "县", "区", "");
    /** '*' in a department name: up to 8 characters that are not punctuation or space (国网*供电公司). */
    private static final String WILDCARD = "[^\\p{P}\\p{Z}\\s]{0,8}?";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");

    /**
     * How bulletins shorten the endings of some township names: 兆麟街道地区 (北安市) is written 兆麟街道. 街道办事处
     * occurs only among the units like a township that townships.tsv leaves out; it is here for when they come in.
     */
    private static final Map<String, String> WRITTEN_ENDINGS = Map.of("街道地区", "街道", "街道办事处", "街道");

    private record Named(Place place, boolean shortForm) {}

    private final Map<String, Place> bySlug;
    private final Map<String, List<Named>> byName;
    private final Map<String, Place> departments;
    private final Map<Pattern, Place> departmentPatterns;
    private final Map<String, Place> byCode;
    private final Map<String, List<Place>> children;
    private final Map<Place, Integer> rank;
    private final int longestName;
    private final int longestDepartment;
    private final Supplier<String> townshipsTsv;
    /** Null until a township is first asked for: 38,000 rows the build's usual lookups never need. */
    private volatile Townships townships;

    private Gazetteer(Map<String, Place> bySlug, Supplier<String> townshipsTsv) {
        this.bySlug = bySlug;
        this.townshipsTsv = townshipsTsv;
        List<Place> ranked = new ArrayList<>(bySlug.values());
        // Code order; places without a code (regions, HK/Macao/Taiwan, departments) after, in file order.
        ranked.sort(Comparator.comparing((Place p) -> p.code().isEmpty()).thenComparing(Place::code));
        this.rank = new HashMap<>();
        for (Place place : ranked) {
            rank.put(place, rank.size());
        }
        this.byName = new HashMap<>();
        this.departments = new HashMap<>();
        this.departmentPatterns = new LinkedHashMap<>();
        this.byCode = new HashMap<>();
        this.children = new HashMap<>();
        for (Place place : ranked) {
            if (place.isDepartment()) {
                for (String name : place.allNames()) {
                    if (name.contains("*")) {
                        String regex = Arrays.stream(name.split("\\*", -1)).map(Pattern::quote).reduce((a, b) -> a + WILDCARD + b).orElseThrow();
                        departmentPatterns.put(Pattern.compile(regex), place);
                    } else {
                        departments.put(name, place);
                    }
                }
                continue;
            }
            for (String name : place.allNames()) {
                byName.computeIfAbsent(name, n -> new ArrayList<>(1)).add(new Named(place, false));
            }
            for (String name : place.shortNames()) {
                byName.computeIfAbsent(name, n -> new ArrayList<>(1)).add(new Named(place, true));
            }
            if (!place.code().isEmpty()) {
                byCode.put(place.code(), place);
            }
            String parent = parentOf(place);
            if (!parent.isEmpty()) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(place);
            }
        }
        this.longestName = byName.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.longestDepartment = departments.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The place directly above: a prefecture's province, a county's or zone's prefecture, a province-run zone's province. */
    private String parentOf(Place place) {
        if (!place.parent().isEmpty()) {
            return place.parent();
        }
        boolean underProvince = Place.PREFECTURE.equals(place.kind()) || Place.ZONE.equals(place.kind());
        return underProvince && !place.group().equals(place.slug()) && bySlug.containsKey(place.group()) ? place.group() : "";
    }

    /** The gazetteer shipped with the project: gazetteer.tsv, divisions.tsv and departments.tsv; townships.tsv when first needed. */
    public static Gazetteer standard() {
        Map<String, Place> places = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        readCurated(resource(RESOURCE), "src/main/resources" + RESOURCE, places, names);
        readDivisions(resource(DIVISIONS_RESOURCE), "src/main/resources" + DIVISIONS_RESOURCE, places);
        readCurated(resource(DEPARTMENTS_RESOURCE), "src/main/resources" + DEPARTMENTS_RESOURCE, places, names);
        return new Gazetteer(places, () -> resource(TOWNSHIPS_RESOURCE));
    }

    private static String resource(String name) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses curated TSV lines {@code slug name aliases kind group [parent]}; '#' starts a comment line. */
    public static Gazetteer parse(String tsv, String sourceName) {
        Map<String, Place> places = new LinkedHashMap<>();
        readCurated(tsv, sourceName, places, new HashSet<>());
        return new Gazetteer(places, () -> "");
    }

    private static void readCurated(String tsv, String sourceName, Map<String, Place> places, Set<String> names) {
        forEachRow(tsv, sourceName, Set.of(5, 6), "slug, name, aliases, kind, group[, parent]", (cols, where) -> {
            Place place = new Place(cols[0].strip(), cols[1].strip(), list(cols[2]), cols[3].strip(), cols[4].strip(), "",
                    cols.length == 6 ? cols[5].strip() : "");
            add(place, where, places);
            for (String name : place.allNames()) {
                if (!names.add(name)) {
                    Place owner = places.values().stream().filter(p -> p != place && p.allNames().contains(name)).findFirst().orElse(place);
                    throw new IllegalArgumentException(where + ": name '" + name + "' already belongs to " + owner.slug());
                }
            }
        });
    }

    /** Calls {@code row} with the columns and the file:line of every row of a TSV; blank lines and '#' comments are skipped. */
    private static void forEachRow(String tsv, String sourceName, Set<Integer> columnCounts, String columns,
                                   BiConsumer<String[], String> row) {
        String[] lines = tsv.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = sourceName + ":" + (i + 1);
            String[] cols = line.split("\t", -1);
            if (!columnCounts.contains(cols.length)) {
                throw new IllegalArgumentException(where + ": expected " + columnCounts.stream().sorted().map(String::valueOf)
                        .collect(Collectors.joining(" or ")) + " tab-separated columns (" + columns + "), found " + cols.length);
            }
            row.accept(cols, where);
        }
    }

    /** divisions.tsv: {@code code name shortNames kind slug province prefecture}; see its header. */
    private static void readDivisions(String tsv, String sourceName, Map<String, Place> places) {
        forEachRow(tsv, sourceName, Set.of(7), "code, name, short names, kind, slug, province, prefecture", (cols, where) -> {
            String code = cols[0];
            String kind = cols[3];
            String slug = cols[4];
            Place curated = places.get(slug);
            if (curated != null) {
                // A curated place (province, prefecture, or zone that is also a district: 浦东新区) keeps its names and kind.
                List<String> shortNames = new ArrayList<>(curated.shortNames());
                shortNames.addAll(list(cols[2]));
                String parent = curated.parent().isEmpty() && Place.COUNTY.equals(kind) ? cols[6] : curated.parent();
                places.put(slug, new Place(slug, curated.name(), curated.aliases(), curated.kind(), curated.group(), code, parent, shortNames));
            } else if (Place.COUNTY.equals(kind)) {
                add(new Place(slug, cols[1], List.of(), Place.COUNTY, cols[5], code, cols[6], list(cols[2])), where, places);
            } else {
                throw new IllegalArgumentException(where + ": " + kind + " " + cols[1] + " has slug '" + slug
                        + "', which gazetteer.tsv does not have; regenerate divisions.tsv (scripts/gazetteer/README.md)");
            }
        });
    }

    private static void add(Place place, String where, Map<String, Place> places) {
        if (!SLUG.matcher(place.slug()).matches()) {
            throw new IllegalArgumentException(where + ": slug '" + place.slug() + "' must be lower-case ASCII letters, digits and '-'");
        }
        if (places.putIfAbsent(place.slug(), place) != null) {
            throw new IllegalArgumentException(where + ": slug '" + place.slug() + "' is used twice");
        }
    }

    private static List<String> list(String column) {
        return column.isBlank() ? List.of() : Arrays.stream(column.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Every place one of whose names, aliases or short names begins {@code text}, once each with its longest such
     * name: longest name first, then in code order. A name several places share (鼓楼区) gives all of them.
     * Departments count also after one level prefix (市发改委, 县市场监管局); the match's name then includes it.
     */
    public List<NameMatch> matchesAtStartOf(String text) {
        Map<Place, NameMatch> longestPerPlace = new LinkedHashMap<>();
        for (NameMatch match : candidates(text)) {
            longestPerPlace.putIfAbsent(match.place(), match);
        }
        return List.copyOf(longestPerPlace.values());
    }

    /** Every (place, name) beginning {@code text}, longest name first, then in code order. */
    private List<NameMatch> candidates(String text) {
        List<NameMatch> found = new ArrayList<>();
        for (int len = Math.min(longestName, text.length()); len > 0; len--) {
            String prefix = text.substring(0, len);
            for (Named named : byName.getOrDefault(prefix, List.of())) {
                found.add(new NameMatch(named.place(), prefix, named.shortForm()));
            }
        }
        for (String level : DEPARTMENT_PREFIXES) {
            if (!text.startsWith(level)) {
                continue;
            }
            String rest = text.substring(level.length());
            for (int len = Math.min(longestDepartment, rest.length()); len > 0; len--) {
                Place department = departments.get(rest.substring(0, len));
                if (department != null) {
                    found.add(new NameMatch(department, level + rest.substring(0, len), false));
                }
            }
            departmentPatterns.forEach((pattern, department) -> {
                var matcher = pattern.matcher(rest);
                if (matcher.lookingAt()) {
                    found.add(new NameMatch(department, level + matcher.group(), false));
                }
            });
        }
        found.sort(Comparator.comparingInt((NameMatch m) -> -m.name().length()).thenComparingInt(m -> rank.get(m.place())));
        return found;
    }

    /**
     * The place whose full name or alias is the longest prefix of {@code text}, if exactly one place has it
     * (长沙县… is 长沙县, 长沙… is 长沙); empty when that longest name is shared (鼓楼区…) or only a short name matches.
     */
    public Optional<Place> placeAtStartOf(String text) {
        List<NameMatch> full = candidates(text).stream().filter(m -> !m.shortForm()).toList();
        if (full.isEmpty()) {
            return Optional.empty();
        }
        int longest = full.get(0).name().length();
        List<Place> places = full.stream().filter(m -> m.name().length() == longest).map(NameMatch::place).distinct().toList();
        return places.size() == 1 ? Optional.of(places.get(0)) : Optional.empty();
    }

    /** The place with this slug; a township's slug (dongan-xian-luhongshizhen) reads townships.tsv if not yet read. */
    public Optional<Place> bySlug(String slug) {
        Place place = bySlug.get(slug);
        if (place == null && mayBeTownship(slug)) {
            place = townships().bySlug().get(slug);
        }
        return Optional.ofNullable(place);
    }

    /** Whether the slug begins with a division's slug and '-', as every township's does; other misses need no townships. */
    private boolean mayBeTownship(String slug) {
        for (int dash = slug.indexOf('-'); dash > 0; dash = slug.indexOf('-', dash + 1)) {
            Place division = bySlug.get(slug.substring(0, dash));
            if (division != null && !division.code().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The one place with this full name or alias (else the one with this short name, or the department); empty when shared. */
    public Optional<Place> byName(String name) {
        List<Named> named = byName.getOrDefault(name, List.of());
        for (boolean shortForm : new boolean[] {false, true}) {
            List<Place> places = named.stream().filter(n -> n.shortForm() == shortForm).map(Named::place).distinct().toList();
            if (places.size() == 1) {
                return Optional.of(places.get(0));
            }
            if (places.size() > 1) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(departments.get(name));
    }

    /** The administrative division with this 6-digit code (431102 is 零陵区). */
    public Optional<Place> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The places directly under {@code place}, in code order: a province's prefectures (and the counties and
     * zones it runs itself), a municipality's districts, a prefecture's counties and zones.
     */
    public List<Place> children(Place place) {
        return List.copyOf(children.getOrDefault(place.slug(), List.of()));
    }

    /** Every place, in file order: gazetteer.tsv, then the counties of divisions.tsv, then departments; no townships. */
    public Collection<Place> places() {
        return new ArrayList<>(bySlug.values());
    }

    /**
     * The townships of {@code area} in code order: of a county, of every county of a prefecture (and those the
     * prefecture has directly, as 东莞市 does), or of a province-level division; none for other places.
     */
    public List<Place> townshipsIn(Place area) {
        return List.copyOf(townships().within().getOrDefault(area.slug(), List.of()));
    }

    /**
     * Every township of {@code area} (as in {@link #townshipsIn}) whose name begins {@code text}, once each with the
     * longest such name: longest first, then in code order. A name is the full name (芦洪市镇) or its written form
     * (兆麟街道 for 兆麟街道地区); never a short form.
     */
    public List<NameMatch> townshipsAtStartOf(String text, Place area) {
        Townships all = townships();
        Map<Place, NameMatch> longestPerPlace = new LinkedHashMap<>();
        for (int len = Math.min(all.longestName(), text.length()); len > 0; len--) {
            String prefix = text.substring(0, len);
            for (Place township : all.byName().getOrDefault(prefix, List.of())) {
                if (isWithin(township, area)) {
                    longestPerPlace.putIfAbsent(township, new NameMatch(township, prefix, false));
                }
            }
        }
        return List.copyOf(longestPerPlace.values());
    }

    /** The one township of {@code area} with this full or written name; empty when none or several have it. */
    public Optional<Place> township(String name, Place area) {
        List<Place> found = townships().byName().getOrDefault(name, List.of()).stream().filter(t -> isWithin(t, area)).distinct().toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private boolean isWithin(Place township, Place area) {
        String slug = area.slug();
        return slug.equals(township.parent()) || slug.equals(township.group()) || slug.equals(parentOf(bySlug.get(township.parent())));
    }

    /** Whether townships.tsv has been read; for tests that the usual lookups never read it. */
    boolean townshipsLoaded() {
        return townships != null;
    }

    private Townships townships() {
        Townships loaded = townships;
        if (loaded == null) {
            synchronized (this) {
                loaded = townships;
                if (loaded == null) {
                    loaded = readTownships(townshipsTsv.get(), "src/main/resources" + TOWNSHIPS_RESOURCE);
                    townships = loaded;
                }
            }
        }
        return loaded;
    }

    /** The townships by slug, by full and written name, and by the county, prefecture and province they are within. */
    private record Townships(Map<String, Place> bySlug, Map<String, List<Place>> byName, Map<String, List<Place>> within, int longestName) {}

    /** townships.tsv: {@code code name slug parent}, in code order; see its header. */
    private Townships readTownships(String tsv, String sourceName) {
        Map<String, Place> slugs = new HashMap<>();
        Map<String, List<Place>> names = new HashMap<>();
        Map<String, List<Place>> within = new HashMap<>();
        forEachRow(tsv, sourceName, Set.of(4), "code, name, slug, parent", (cols, where) -> {
            Place parent = bySlug.get(cols[3]);
            if (parent == null || parent.code().isEmpty()) {
                throw new IllegalArgumentException(where + ": parent '" + cols[3] + "' is no division of divisions.tsv; regenerate townships.tsv (scripts/gazetteer/README.md)");
            }
            Place township = new Place(cols[2], cols[1], List.of(), Place.TOWNSHIP, parent.group(), cols[0], parent.slug(), List.of());
            if (!SLUG.matcher(township.slug()).matches() || bySlug.containsKey(township.slug()) || slugs.putIfAbsent(township.slug(), township) != null) {
                throw new IllegalArgumentException(where + ": slug '" + township.slug() + "' is not [a-z0-9-]+ or already taken");
            }
            names.computeIfAbsent(township.name(), n -> new ArrayList<>(1)).add(township);
            WRITTEN_ENDINGS.forEach((ending, written) -> {
                if (township.name().endsWith(ending)) {
                    String shorter = township.name().substring(0, township.name().length() - ending.length()) + written;
                    names.computeIfAbsent(shorter, n -> new ArrayList<>(1)).add(township);
                }
            });
            for (String area : new LinkedHashSet<>(Arrays.asList(parent.slug(), parentOf(parent), parent.group()))) {
                if (!area.isEmpty()) {
                    within.computeIfAbsent(area, a -> new ArrayList<>()).add(township);
                }
            }
        });
        int longest = names.keySet().stream().mapToInt(String::length).max().orElse(0);
        return new Townships(slugs, names, within, longest);
    }
}
