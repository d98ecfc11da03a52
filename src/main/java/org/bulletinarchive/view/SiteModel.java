package org.bulletinarchive.view;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.Entry;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.model.Issue;
import org.bulletinarchive.model.Place;
import org.bulletinarchive.model.Section;
import org.bulletinarchive.model.Series;
import org.bulletinarchive.model.Text;
import org.bulletinarchive.view.Views.Bar;
import org.bulletinarchive.view.Views.Chart;
import org.bulletinarchive.view.Views.Crumb;
import org.bulletinarchive.view.Views.EntryRef;
import org.bulletinarchive.view.Views.EntryView;
import org.bulletinarchive.view.Views.IssueRef;
import org.bulletinarchive.view.Views.IssueView;
import org.bulletinarchive.view.Views.Original;
import org.bulletinarchive.view.Views.SectionView;
import org.bulletinarchive.view.Views.SeriesRef;
import org.bulletinarchive.view.Views.SeriesView;
import org.bulletinarchive.view.Views.SubjectGroup;
import org.bulletinarchive.view.Views.SubjectNode;
import org.bulletinarchive.view.Views.SubjectRef;
import org.bulletinarchive.view.Views.SubjectView;
import org.bulletinarchive.view.Views.YearEntries;
import org.bulletinarchive.view.Views.YearIssues;
import org.bulletinarchive.view.Views.YearLink;

/**
 * The whole site as views, computed once per build in linear time: issues newest first with
 * previous/next within their series, one timeline per series, entries with previous/next in their
 * issue and the same subject's other entries, and subjects grouped province → prefecture → county.
 */
public final class SiteModel {

    private static final int SAME_SUBJECT_LIMIT = 5;
    /** Of those, at most this many are newer than the entry: the rest are the entries before it. */
    private static final int SAME_SUBJECT_NEWER = 2;
    /**
     * The entries on the same subject nearest in time to {@code all.get(at)} in other issues ({@code all} newest first): up to
     * {@value #SAME_SUBJECT_NEWER} just after it (more when there are too few before it) and the rest just before it, newest
     * first. Only its neighbours, so that a new issue changes this list on the few entries just before it, not on every
     * entry about the same subject.
     */
    static List<Entry> nearest(List<Entry> all, int at) {
        Entry entry = all.get(at);
        List<Entry> newer = new ArrayList<>();
        for (int i = at - 1; i >= 0 && newer.size() < SAME_SUBJECT_LIMIT; i--) {
            if (!all.get(i).folder().equals(entry.folder())) {
                newer.add(all.get(i));
            }
        }
        List<Entry> older = new ArrayList<>();
        for (int i = at + 1; i < all.size() && older.size() < SAME_SUBJECT_LIMIT; i++) {
            if (!all.get(i).folder().equals(entry.folder())) {
                older.add(all.get(i));
            }
        }
        // the nearest newer ones first, more of them when there are too few before it
        int newerCount = Math.min(newer.size(), Math.max(SAME_SUBJECT_NEWER, SAME_SUBJECT_LIMIT - older.size()));
        List<Entry> nearest = new ArrayList<>(newer.subList(0, newerCount));
        Collections.reverse(nearest);
        nearest.addAll(older.subList(0, Math.min(older.size(), SAME_SUBJECT_LIMIT - newerCount)));
        return nearest;
    }

    /**
     * The folder of the subject pages and feeds (cities/changsha.html, cities/changsha.xml): named when subjects were
     * called cities, and kept, since readers and WeChat articles link to these published addresses.
     */
    public static final String SUBJECT_FOLDER = "cities";
    /** The subject index: cities/index.html. */
    public static final String SUBJECT_INDEX_URL = SUBJECT_FOLDER + "/index.html";
    /** A subject's page shows its newest years while they hold at most this many entries (its newest year always). */
    static final int SUBJECT_PAGE_ENTRIES = 50;
    /** The home page shows this many subjects, those with the most entries. */
    static final int HOME_SUBJECTS = 40;
    /** Above this many subjects, the subject index shows each group's main subjects and each group gets a page of its own. */
    static final int WHOLE_INDEX_SUBJECTS = 300;
    /** How many of a group's subjects the subject index shows when the groups have pages of their own (a province has at most 21 prefectures). */
    static final int GROUP_INDEX_SUBJECTS = 24;
    private static final String REGIONS = "regions";
    private static final String DEPARTMENTS = "departments";
    private static final String OTHER = "other";

    private final List<IssueView> issues;
    private final List<EntryView> entries;
    private final List<SubjectView> subjects;
    private final List<SubjectGroup> subjectGroups;
    private final List<SeriesView> series;
    private final List<SubjectView> homeSubjects;
    private final boolean groupPages;

    private SiteModel(List<IssueView> issues, List<EntryView> entries, List<SubjectView> subjects, List<SubjectGroup> subjectGroups,
                      List<SeriesView> series, List<SubjectView> homeSubjects, boolean groupPages) {
        this.issues = issues;
        this.entries = entries;
        this.subjects = subjects;
        this.subjectGroups = subjectGroups;
        this.series = series;
        this.homeSubjects = homeSubjects;
        this.groupPages = groupPages;
    }

    /** Builds the views from bulletins sorted oldest first, with no original files published. */
    public static SiteModel of(List<Bulletin> bulletins, Gazetteer gazetteer) {
        return of(bulletins, gazetteer, Map.of());
    }

    /** Builds the views; {@code originals} are the files published beside each issue (by identity of the issue). */
    public static SiteModel of(List<Bulletin> bulletins, Gazetteer gazetteer, Map<Issue, List<Original>> originals) {
        return of(bulletins, gazetteer, originals, SimilarItems.of(bulletins));
    }

    /**
     * Builds the views; {@code similar}: the items alike to each elsewhere, computed from the same bulletins. In four steps:
     * every issue's and item's reference and neighbours ({@link Links}), then the issue and item pages, the subject pages
     * and the series' timelines, each from those references only.
     */
    public static SiteModel of(List<Bulletin> bulletins, Gazetteer gazetteer, Map<Issue, List<Original>> originals, SimilarItems similar) {
        Links links = Links.of(bulletins);
        boolean groupPages = links.places.size() > WHOLE_INDEX_SUBJECTS;
        Map<String, List<Crumb>> chains = new HashMap<>();
        links.places.values().forEach(p -> chains.put(p.slug(), chain(p, links.places, gazetteer, groupPages)));
        List<EntryView> entryViews = new ArrayList<>();
        List<IssueView> issueViews = new ArrayList<>();
        for (Bulletin b : links.newestFirst) {
            issueViews.add(issueView(b, links, chains, originals.getOrDefault(b.issue(), List.of()), similar, entryViews));
        }
        List<SubjectView> subjectViews = new ArrayList<>();
        links.bySubject.forEach((slug, entries) -> subjectViews.add(subjectView(links.places.get(slug), entries, links, chains, gazetteer)));
        subjectViews.sort(Comparator.comparing((SubjectView s) -> s.ref().slug()));
        List<SeriesView> seriesViews = new ArrayList<>();
        for (SeriesRef s : links.seriesRefs.values()) {
            seriesViews.add(seriesView(s, issueViews.stream().filter(v -> v.ref().series() == s).toList(), links.bySeries.get(s.slug())));
        }
        return new SiteModel(issueViews, entryViews, subjectViews, subjectGroups(subjectViews, links.places, gazetteer, groupPages), seriesViews,
                homeSubjects(subjectViews), groupPages);
    }

    /**
     * What every page needs to link to others: each series', issue's and item's reference, the items under each subject
     * (newest first: an item is listed under each of its subjects), and the issues before and after each in its series.
     */
    private static final class Links {
        final List<Bulletin> newestFirst;
        final Map<String, SeriesRef> seriesRefs = new LinkedHashMap<>();
        final Map<Bulletin, IssueRef> issueRefs = new IdentityHashMap<>();
        final Map<Entry, EntryRef> entryRefs = new IdentityHashMap<>();
        /** （一）, （二）… of the items named by a subject they share with another item of their issue */
        final Map<Entry, String> marks = new IdentityHashMap<>();
        final Map<String, List<Entry>> bySubject = new LinkedHashMap<>();
        /** where an item stands in its primary subject's list */
        final Map<Entry, Integer> subjectPosition = new IdentityHashMap<>();
        final Map<String, Place> places = new HashMap<>();
        final Map<String, List<Bulletin>> bySeries = new LinkedHashMap<>();
        /** previous and next issue run within a series, never from one series into another */
        final Map<Bulletin, IssueRef> previousIssue = new IdentityHashMap<>();
        final Map<Bulletin, IssueRef> nextIssue = new IdentityHashMap<>();

        private Links(List<Bulletin> newestFirst) {
            this.newestFirst = newestFirst;
        }

        static Links of(List<Bulletin> bulletins) {
            List<Bulletin> newestFirst = new ArrayList<>(bulletins);
            newestFirst.sort(Comparator.comparing((Bulletin b) -> b.issue().date()).thenComparingInt(b -> b.issue().number())
                    .thenComparing(b -> b.issue().series().slug(), Comparator.reverseOrder()).reversed());
            Links links = new Links(newestFirst);
            newestFirst.stream().map(b -> b.issue().series())
                    .sorted(Comparator.comparing((Series s) -> !s.isPrimary()).thenComparing(Series::slug))
                    .forEach(s -> links.seriesRefs.putIfAbsent(s.slug(), new SeriesRef(s.slug(), s.name(), s.root() + "/index.html", s.root() + "/feed.xml")));
            links.seriesRefs.keySet().forEach(slug -> links.bySeries.put(slug, new ArrayList<>()));
            for (Bulletin b : newestFirst) {
                IssueRef ref = issueRef(b.issue(), links.seriesRefs.get(b.issue().series().slug()));
                links.issueRefs.put(b, ref);
                links.bySeries.get(b.issue().series().slug()).add(b);
                links.marks.putAll(marks(b.entries()));
                for (Entry e : b.entries()) {
                    links.entryRefs.put(e, entryRef(e, links.marks.get(e), ref));
                    for (Place subject : e.subjects()) {
                        List<Entry> subjectEntries = links.bySubject.computeIfAbsent(subject.slug(), k -> new ArrayList<>());
                        if (subject == e.subjects().get(0)) {
                            links.subjectPosition.put(e, subjectEntries.size());
                        }
                        subjectEntries.add(e);
                        links.places.putIfAbsent(subject.slug(), subject);
                    }
                }
            }
            for (List<Bulletin> list : links.bySeries.values()) {
                for (int i = 0; i < list.size(); i++) {
                    if (i + 1 < list.size()) {
                        links.previousIssue.put(list.get(i), links.issueRefs.get(list.get(i + 1)));
                    }
                    if (i > 0) {
                        links.nextIssue.put(list.get(i), links.issueRefs.get(list.get(i - 1)));
                    }
                }
            }
            return links;
        }
    }

    /** An issue's page, its items' pages added to {@code entryViews} in the issue's order. */
    private static IssueView issueView(Bulletin b, Links links, Map<String, List<Crumb>> chains, List<Original> originals, SimilarItems similar,
            List<EntryView> entryViews) {
        IssueRef ref = links.issueRefs.get(b);
        List<Entry> list = b.entries();
        Map<Section, List<EntryView>> bySection = new LinkedHashMap<>();
        b.issue().sections().forEach(s -> bySection.put(s, new ArrayList<>()));
        for (int j = 0; j < list.size(); j++) {
            Entry e = list.get(j);
            EntryView view = entryView(e, links.marks.get(e), ref, b.issue(), chains,
                    j > 0 ? links.entryRefs.get(list.get(j - 1)) : null, j + 1 < list.size() ? links.entryRefs.get(list.get(j + 1)) : null,
                    e.primary().map(p -> nearest(links.bySubject.get(p.slug()), links.subjectPosition.get(e)).stream().map(links.entryRefs::get).toList())
                            .orElse(List.of()),
                    similar.of(e).stream().map(links.entryRefs::get).toList());
            entryViews.add(view);
            bySection.computeIfAbsent(e.section() == null ? new Section("") : e.section(), s -> new ArrayList<>()).add(view);
        }
        List<SectionView> sections = new ArrayList<>();
        bySection.forEach((s, views) -> sections.add(new SectionView(s.heading(), s.title(), sectionAnchor(s, b.issue()), views)));
        List<SubjectRef> subjectRefs = list.stream().flatMap(e -> e.subjects().stream()).map(SiteModel::subjectRef).distinct().toList();
        Issue issue = b.issue();
        List<String> note = new ArrayList<>(issue.editorsNote());
        String noteLabel = "";
        int colon = note.isEmpty() ? -1 : Text.labelEnd(note.get(0));
        if (colon > 0 && Set.of("编者按", "按语", "编者的话").contains(note.get(0).substring(0, colon).strip())) {
            noteLabel = note.get(0).substring(0, colon + 1);
            note.set(0, note.get(0).substring(colon + 1).strip());
        }
        return new IssueView(ref, issue.series().name(), issue.issuer(),
                issue.totalNumber() > 0 ? "总第" + issue.totalNumber() + "期" : "", issue.headline(), issue.addressee(),
                note, noteLabel, sections, issue.attachments(), issue.distribution(), issue.contacts(), issue.imprint(),
                originals, list.size(), subjectRefs, links.previousIssue.get(b), links.nextIssue.get(b));
    }

    /**
     * A subject's page: its newest years, as many whole years as fit {@link #SUBJECT_PAGE_ENTRIES} (its newest year always),
     * and a page for each older year.
     */
    private static SubjectView subjectView(Place place, List<Entry> entries, Links links, Map<String, List<Crumb>> chains, Gazetteer gazetteer) {
        Map<Integer, List<EntryRef>> years = new TreeMap<>(Comparator.reverseOrder());
        for (Entry entry : entries) {
            years.computeIfAbsent(entry.year(), y -> new ArrayList<>()).add(links.entryRefs.get(entry));
        }
        List<Integer> order = new ArrayList<>(years.keySet());
        int shown = 0;
        int shownEntries = 0;
        while (shown < order.size() && (shown == 0 || shownEntries + years.get(order.get(shown)).size() <= SUBJECT_PAGE_ENTRIES)) {
            shownEntries += years.get(order.get(shown)).size();
            shown++;
        }
        List<YearLink> yearLinks = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            int y = order.get(i);
            yearLinks.add(new YearLink(y, i < shown ? subjectUrl(place.slug()) + "#year-" + y : subjectYearUrl(place.slug(), y), years.get(y).size()));
        }
        List<YearEntries> recent = new ArrayList<>();
        List<YearEntries> older = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            YearEntries year = new YearEntries(order.get(i), yearLinks.get(i).url(), years.get(order.get(i)),
                    i + 1 < yearLinks.size() ? yearLinks.get(i + 1) : null, i > 0 ? yearLinks.get(i - 1) : null);
            (i < shown ? recent : older).add(year);
        }
        return new SubjectView(subjectRef(place), groupName(groupKey(place, links.places, gazetteer), gazetteer, links.places), chains.get(place.slug()),
                entries.size(), recent, older, yearLinks, yearChart(years), entries.get(0).date().toString());
    }

    /** The {@link #HOME_SUBJECTS} subjects with the most entries, in the index's order. */
    private static List<SubjectView> homeSubjects(List<SubjectView> subjectViews) {
        List<SubjectView> most = new ArrayList<>(subjectViews);
        most.sort(Comparator.comparingInt(SubjectView::count).reversed().thenComparing(s -> s.ref().slug()));
        most = new ArrayList<>(most.subList(0, Math.min(HOME_SUBJECTS, most.size())));
        most.sort(Comparator.comparing((SubjectView s) -> s.ref().slug()));
        return most;
    }

    /** A series' timeline: its issues ({@code own}, newest first) by year, with a chart of issues per month. */
    private static SeriesView seriesView(SeriesRef s, List<IssueView> own, List<Bulletin> bulletins) {
        Map<Integer, List<IssueView>> byYear = new TreeMap<>(Comparator.reverseOrder());
        own.forEach(v -> byYear.computeIfAbsent(v.ref().year(), y -> new ArrayList<>()).add(v));
        Map<Integer, List<Bulletin>> bulletinsByYear = new HashMap<>();
        bulletins.forEach(b -> bulletinsByYear.computeIfAbsent(b.issue().date().getYear(), y -> new ArrayList<>()).add(b));
        List<YearLink> links = new ArrayList<>();
        byYear.forEach((y, l) -> links.add(new YearLink(y, yearUrl(s, y), l.size())));
        List<YearIssues> years = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            int y = links.get(i).year();
            // a past year's chart runs January to December, the newest year's up to its latest issue
            List<Bulletin> ofYear = bulletinsByYear.get(y);
            YearMonth last = i == 0 ? YearMonth.from(ofYear.get(0).issue().date()) : YearMonth.of(y, 12);
            years.add(new YearIssues(y, links.get(i).url(), byYear.get(y), monthChart(ofYear, YearMonth.of(y, 1), last, true),
                    i + 1 < links.size() ? links.get(i + 1) : null, i > 0 ? links.get(i - 1) : null));
        }
        return new SeriesView(s, s.timelineUrl().equals(Series.PRIMARY_ROOT + "/index.html"),
                own.stream().mapToInt(IssueView::entryCount).sum(), own, years, links, monthChart(bulletins));
    }

    /**
     * （一）, （二）… for items of an issue named by their subject (no title line of their own) that share it with another
     * such item of the issue; "" for the rest.
     */
    private static Map<Entry, String> marks(List<Entry> entries) {
        Map<String, Integer> total = new HashMap<>();
        entries.stream().filter(SiteModel::namedBySubject).forEach(e -> total.merge(e.primarySlug(), 1, Integer::sum));
        Map<String, Integer> seen = new HashMap<>();
        Map<Entry, String> marks = new IdentityHashMap<>();
        for (Entry e : entries) {
            if (!namedBySubject(e)) {
                marks.put(e, "");
                continue;
            }
            int n = seen.merge(e.primarySlug(), 1, Integer::sum);
            marks.put(e, total.get(e.primarySlug()) > 1 ? "（" + numeral(n) + "）" : "");
        }
        return marks;
    }

    /**
     * Whether an item is called by its subject's name (长沙（一）) rather than its title: a paragraph about one place, or a
     * heading line that only names the place (1. 长沙县, ◆ 道县).
     */
    static boolean namedBySubject(Entry e) {
        return e.primary().map(p -> e.heading().isEmpty() || e.title().equals(p.name()) || e.title().startsWith(p.name() + "：")
                || e.title().startsWith(p.name() + ":")).orElse(false);
    }

    /** What an item is called in lists, links and pagers: its subject's name and mark, or its title. */
    static String label(Entry e, String mark) {
        return namedBySubject(e) ? e.primary().orElseThrow().name() + mark : e.title();
    }

    private static EntryView entryView(Entry e, String mark, IssueRef ref, Issue issue, Map<String, List<Crumb>> chains,
                                       EntryRef previous, EntryRef next, List<EntryRef> sameSubject, List<EntryRef> elsewhere) {
        String lead = Text.firstSentence(e.paragraphs().get(0));
        String label = label(e, mark);
        SubjectRef subject = e.primary().map(SiteModel::subjectRef).orElse(null);
        String headline = namedBySubject(e) ? label + "：" + Text.shorten(lead, 36) : label;
        return new EntryView(anchor(e), entryUrl(e), subject, e.subjects().stream().map(SiteModel::subjectRef).toList(), namedBySubject(e), e.title(), label, mark,
                e.primary().map(p -> chains.get(p.slug())).orElse(List.of()),
                e.section() == null ? "" : e.section().title(), e.section() == null ? "" : sectionAnchor(e.section(), issue), e.heading(), e.paragraphs(), lead, Text.shorten(lead, 40), headline, ref,
                previous, next, sameSubject, elsewhere, e.aliases().stream().map(a -> a + ".html").toList());
    }

    /** Chinese numerals up to 99, enough for entries of one issue. */
    static String numeral(int n) {
        String digits = "〇一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        return (n >= 20 ? String.valueOf(digits.charAt(n / 10)) : "") + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }

    /** The group a subject is listed under: its province, 区域, 部门 or 其他. */
    private static String groupKey(Place place, Map<String, Place> places, Gazetteer gazetteer) {
        if (Place.DEPARTMENT.equals(place.kind()) || DEPARTMENTS.equals(place.group())) {
            return DEPARTMENTS;
        }
        if (place.isRegion() || REGIONS.equals(place.group())) {
            return REGIONS;
        }
        if (!place.group().isBlank() && find(place.group(), places, gazetteer) != null) {
            return place.group();
        }
        Place parent = place.parent().isBlank() ? null : find(place.parent(), places, gazetteer);
        if (parent != null && !parent.group().isBlank() && find(parent.group(), places, gazetteer) != null) {
            return parent.group();
        }
        return OTHER;
    }

    private static Place find(String slug, Map<String, Place> places, Gazetteer gazetteer) {
        Place p = places.get(slug);
        return p != null ? p : gazetteer.bySlug(slug).orElse(null);
    }

    private static String groupName(String key, Gazetteer gazetteer, Map<String, Place> places) {
        return switch (key) {
            case REGIONS -> "区域";
            case DEPARTMENTS -> "部门";
            case OTHER -> "其他";
            default -> find(key, places, gazetteer).name();
        };
    }

    /** Where a subject sits: its group (province, 区域, 部门, 其他), the places above it (prefecture, county), itself. */
    private static List<Crumb> chain(Place place, Map<String, Place> places, Gazetteer gazetteer, boolean groupPages) {
        List<Crumb> chain = new ArrayList<>();
        String group = groupKey(place, places, gazetteer);
        if (!group.equals(place.slug())) {
            chain.add(new Crumb(groupName(group, gazetteer, places),
                    places.containsKey(group) ? subjectUrl(group) : groupUrl(group, groupPages)));
        }
        List<Crumb> above = new ArrayList<>();
        String parent = place.parent();
        // a township's county, then its prefecture: at most a few steps, and never round in a circle
        // a township or village climbs to its county and prefecture; anything else shows its parent only (a department its owner)
        int steps = Place.TOWNSHIP.equals(place.kind()) || "village".equals(place.kind()) ? 3 : 1;
        for (int depth = 0; depth < steps && !parent.isBlank() && !parent.equals(group) && !parent.equals(place.slug()); depth++) {
            Place p = find(parent, places, gazetteer);
            above.add(0, new Crumb(p == null ? parent : p.name(), places.containsKey(parent) ? subjectUrl(parent) : ""));
            parent = p == null ? "" : p.parent();
        }
        chain.addAll(above);
        chain.add(new Crumb(place.name(), subjectUrl(place.slug())));
        return chain;
    }

    private static List<SubjectGroup> subjectGroups(List<SubjectView> subjects, Map<String, Place> places, Gazetteer gazetteer, boolean groupPages) {
        Map<String, List<SubjectView>> byGroup = new LinkedHashMap<>();
        for (SubjectView s : subjects) {
            byGroup.computeIfAbsent(groupKey(places.get(s.ref().slug()), places, gazetteer), g -> new ArrayList<>()).add(s);
        }
        // provinces in gazetteer order (which follows the official codes), then named regions, departments, the rest
        Map<String, Integer> rank = new HashMap<>();
        for (Place place : gazetteer.places()) {
            rank.put(place.slug(), rank.size());
        }
        List<String> tail = List.of(REGIONS, DEPARTMENTS, OTHER);
        Comparator<String> byRank = Comparator.comparing(slug -> rank.getOrDefault(slug, Integer.MAX_VALUE));
        List<String> order = new ArrayList<>(byGroup.keySet());
        order.sort(Comparator.comparing((String g) -> tail.indexOf(g)).thenComparing(byRank).thenComparing(g -> g));
        Comparator<SubjectNode> nodeOrder = Comparator.comparing((SubjectNode n) -> n.slug(), byRank).thenComparing(SubjectNode::slug);
        List<SubjectGroup> groups = new ArrayList<>();
        for (String g : order) {
            Map<String, SubjectView> members = new LinkedHashMap<>();
            byGroup.get(g).forEach(s -> members.put(s.ref().slug(), s));
            // each subject under the place above it (a township under its county, a county under its prefecture), with the
            // places above that have no items of their own as plain nodes
            Map<String, List<String>> below = new LinkedHashMap<>();
            List<String> top = new ArrayList<>();
            List<String> pending = new ArrayList<>(members.keySet());
            Set<String> placed = new HashSet<>();
            while (!pending.isEmpty()) {
                String slug = pending.remove(0);
                if (!placed.add(slug)) {
                    continue;
                }
                Place place = members.containsKey(slug) ? places.get(slug) : find(slug, places, gazetteer);
                String parent = place == null ? "" : place.parent();
                // a department is listed under its owner, and no further up: the 部门 group is no map of the country
                boolean climbs = members.containsKey(slug) || !List.of(DEPARTMENTS, REGIONS, OTHER).contains(g);
                if (climbs && !parent.isBlank() && !parent.equals(slug) && !parent.equals(g)) {
                    below.computeIfAbsent(parent, k -> new ArrayList<>()).add(slug);
                    pending.add(parent);
                } else {
                    top.add(slug);
                }
            }
            List<SubjectNode> nodes = new ArrayList<>();
            for (String slug : top) {
                nodes.add(subjectNode(slug, members, below, places, gazetteer, nodeOrder, 0));
            }
            nodes.sort(Comparator.comparing((SubjectNode n) -> !n.slug().equals(g)).thenComparing(nodeOrder));
            // what the index shows of a group that has a page of its own: its main subjects, those with the most entries
            List<SubjectNode> main = new ArrayList<>(nodes);
            main.sort(Comparator.comparingInt(SiteModel::entriesBelow).reversed().thenComparing(SubjectNode::slug));
            List<SubjectNode> shown = new ArrayList<>(main.subList(0, Math.min(GROUP_INDEX_SUBJECTS, main.size())));
            shown.sort(Comparator.comparingInt(nodes::indexOf));
            groups.add(new SubjectGroup(groupName(g, gazetteer, places), g, nodes, groupPages ? groupUrl(g, true) : "", byGroup.get(g).size(),
                    shown.stream().map(n -> new SubjectNode(n.name(), n.slug(), n.url(), n.count(), List.of())).toList()));
        }
        return groups;
    }

    private static int entriesBelow(SubjectNode n) {
        return n.count() + n.children().stream().mapToInt(SiteModel::entriesBelow).sum();
    }

    /** The node of {@code slug} with the subjects below it, nearest first; a place without items of its own has no page. */
    private static SubjectNode subjectNode(String slug, Map<String, SubjectView> members, Map<String, List<String>> below, Map<String, Place> places,
                                           Gazetteer gazetteer, Comparator<SubjectNode> order, int depth) {
        List<SubjectNode> kids = new ArrayList<>();
        if (depth < 4) {
            for (String child : below.getOrDefault(slug, List.of())) {
                kids.add(subjectNode(child, members, below, places, gazetteer, order, depth + 1));
            }
        }
        kids.sort(order);
        SubjectView own = members.get(slug);
        if (own != null) {
            return node(own, kids);
        }
        Place place = find(slug, places, gazetteer);
        return new SubjectNode(place == null ? slug : place.name(), slug, "", 0, kids);
    }

    private static SubjectNode node(SubjectView s, List<SubjectNode> children) {
        return new SubjectNode(s.ref().name(), s.ref().slug(), s.ref().url(), s.count(), children);
    }

    static IssueRef issueRef(Issue issue, SeriesRef series) {
        LocalDate d = issue.date();
        return new IssueRef(issue.number(), issue.label(), d.toString(),
                d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日", d.getYear(),
                issue.folder() + "/index.html", series);
    }

    private static EntryRef entryRef(Entry e, String mark, IssueRef issue) {
        return new EntryRef(entryUrl(e), issue.url() + "#" + anchor(e), e.primary().map(Place::name).orElse(""), e.primary().map(Place::slug).orElse(""),
                label(e, mark), e.section() == null ? "" : e.section().title(), Text.shorten(Text.firstSentence(e.paragraphs().get(0)), 90), issue);
    }

    static String entryUrl(Entry e) {
        return e.folder() + "/" + e.baseName() + ".html";
    }

    private static String anchor(Entry e) {
        return "entry-" + e.baseName();
    }

    private static String sectionAnchor(Section s, Issue issue) {
        return "section-" + (issue.sections().indexOf(s) + 1);
    }

    static SubjectRef subjectRef(Place place) {
        return new SubjectRef(place.name(), place.slug(), subjectUrl(place.slug()));
    }

    private static String subjectUrl(String slug) {
        return SUBJECT_FOLDER + "/" + slug + ".html";
    }

    /** A past year of a subject, on a page of its own: cities/changsha/2019.html. */
    private static String subjectYearUrl(String slug, int year) {
        return SUBJECT_FOLDER + "/" + slug + "/" + year + ".html";
    }

    /** Where a group of subjects is listed: its section of the index, or its own page when the index is split. */
    private static String groupUrl(String group, boolean groupPages) {
        return groupPages ? SUBJECT_FOLDER + "/groups/" + group + ".html" : SUBJECT_INDEX_URL + "#group-" + group;
    }

    /** A year of a series' timeline: issues/2023/index.html, beside the issue folders of that year. */
    private static String yearUrl(SeriesRef series, int year) {
        return series.timelineUrl().replaceFirst("index\\.html$", year + "/index.html");
    }

    private static Chart yearChart(Map<Integer, List<EntryRef>> years) {
        if (years.isEmpty()) {
            return new Chart(0, 0, "", List.of());
        }
        int first = years.keySet().stream().min(Integer::compare).orElseThrow();
        int last = years.keySet().stream().max(Integer::compare).orElseThrow();
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            labels.add(Integer.toString(y));
            values.add(years.getOrDefault(y, List.of()).size());
        }
        return chart("每年条目数", labels, values, 1);
    }

    private static Chart monthChart(List<Bulletin> newestFirst) {
        if (newestFirst.isEmpty()) {
            return new Chart(0, 0, "", List.of());
        }
        YearMonth last = YearMonth.from(newestFirst.get(0).issue().date());
        YearMonth first = YearMonth.from(newestFirst.get(newestFirst.size() - 1).issue().date());
        // at most the last three years, so the bars stay readable on a phone
        if (first.isBefore(last.minusMonths(35))) {
            first = last.minusMonths(35);
        }
        return monthChart(newestFirst, first, last, false);
    }

    /** Issues per month from {@code first} to {@code last}, counted over {@code issues} (any order); {@code oneYear}: labelled 1月…12月. */
    private static Chart monthChart(List<Bulletin> issues, YearMonth first, YearMonth last, boolean oneYear) {
        Map<YearMonth, Integer> counts = new HashMap<>();
        issues.forEach(b -> counts.merge(YearMonth.from(b.issue().date()), 1, Integer::sum));
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            labels.add(oneYear ? m.getMonthValue() + "月" : m.getYear() + "-" + String.format("%02d", m.getMonthValue()));
            values.add(counts.getOrDefault(m, 0));
        }
        int every = labels.size() <= 12 ? 1 : (labels.size() <= 24 ? 3 : 6);
        return chart(oneYear ? first.getYear() + " 年每月期数" : "每月期数", labels, values, every);
    }

    private static Chart chart(String caption, List<String> labels, List<Integer> values, int labelEvery) {
        int max = Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(1));
        int barWidth = labels.size() > 12 ? 14 : 28;
        int gap = labels.size() > 12 ? 4 : 8;
        int plotHeight = 80;
        int width = Math.max(120, labels.size() * (barWidth + gap) + gap);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int h = values.get(i) == 0 ? 0 : Math.max(2, Math.round(plotHeight * values.get(i) / (float) max));
            int x = gap + i * (barWidth + gap);
            boolean show = i % labelEvery == 0 || i == labels.size() - 1;
            bars.add(new Bar(x, 10 + plotHeight - h, barWidth, h, labels.get(i), values.get(i), x + barWidth / 2, show));
        }
        return new Chart(width, plotHeight + 40, caption, bars);
    }

    public List<IssueView> issues() {
        return issues;
    }

    public List<EntryView> entries() {
        return entries;
    }

    public List<SubjectView> subjects() {
        return subjects;
    }

    public List<SubjectGroup> subjectGroups() {
        return subjectGroups;
    }

    /** The subjects the home page shows: at most {@link #HOME_SUBJECTS}, those with the most entries, by slug. */
    public List<SubjectView> homeSubjects() {
        return homeSubjects;
    }

    /** Whether each group of subjects has a page of its own (cities/groups/<group>.html), the index showing only its main subjects. */
    public boolean groupPages() {
        return groupPages;
    }

    /** The series, the archive's first (issues/) first. */
    public List<SeriesView> series() {
        return series;
    }
}
