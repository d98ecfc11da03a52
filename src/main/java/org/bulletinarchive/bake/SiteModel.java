package org.bulletinarchive.bake;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bulletinarchive.bake.Views.Bar;
import org.bulletinarchive.bake.Views.Chart;
import org.bulletinarchive.bake.Views.CityGroup;
import org.bulletinarchive.bake.Views.CityRef;
import org.bulletinarchive.bake.Views.CityView;
import org.bulletinarchive.bake.Views.EntryRef;
import org.bulletinarchive.bake.Views.EntryView;
import org.bulletinarchive.bake.Views.IssueRef;
import org.bulletinarchive.bake.Views.IssueView;
import org.bulletinarchive.bake.Views.SectionView;
import org.bulletinarchive.bake.Views.YearEntries;
import org.bulletinarchive.bake.Views.YearIssues;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.ContentFormat;
import org.bulletinarchive.model.Entry;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.model.Issue;
import org.bulletinarchive.model.Place;
import org.bulletinarchive.model.Section;
import org.bulletinarchive.model.Text;

/**
 * The whole site as views, computed once per build in linear time: issues newest first with
 * previous/next, entries with previous/next in their issue and the same city's other entries,
 * cities grouped by province, and the timeline by year.
 */
public final class SiteModel {

    private static final int SAME_CITY_LIMIT = 5;

    private final List<IssueView> issues;
    private final List<EntryView> entries;
    private final List<CityView> cities;
    private final List<CityGroup> cityGroups;
    private final List<YearIssues> timeline;
    private final Chart monthChart;

    private SiteModel(List<IssueView> issues, List<EntryView> entries, List<CityView> cities, List<CityGroup> cityGroups,
                      List<YearIssues> timeline, Chart monthChart) {
        this.issues = issues;
        this.entries = entries;
        this.cities = cities;
        this.cityGroups = cityGroups;
        this.timeline = timeline;
        this.monthChart = monthChart;
    }

    /** Builds the views from bulletins sorted oldest first. */
    public static SiteModel of(List<Bulletin> bulletins, Gazetteer gazetteer) {
        List<Bulletin> newestFirst = new ArrayList<>(bulletins);
        newestFirst.sort(Comparator.comparing((Bulletin b) -> b.issue().date()).thenComparingInt(b -> b.issue().number()).reversed());

        Map<Bulletin, IssueRef> issueRefs = new IdentityHashMap<>();
        Map<Entry, EntryRef> entryRefs = new IdentityHashMap<>();
        Map<String, List<Entry>> byCity = new LinkedHashMap<>();
        Map<String, Place> places = new HashMap<>();
        for (Bulletin b : newestFirst) {
            IssueRef ref = issueRef(b.issue());
            issueRefs.put(b, ref);
            for (Entry e : b.entries()) {
                entryRefs.put(e, entryRef(e, ref));
                byCity.computeIfAbsent(e.place().slug(), k -> new ArrayList<>()).add(e);
                places.putIfAbsent(e.place().slug(), e.place());
            }
        }

        List<IssueView> issueViews = new ArrayList<>();
        List<EntryView> entryViews = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            Bulletin b = newestFirst.get(i);
            IssueRef ref = issueRefs.get(b);
            IssueRef previous = i + 1 < newestFirst.size() ? issueRefs.get(newestFirst.get(i + 1)) : null;
            IssueRef next = i > 0 ? issueRefs.get(newestFirst.get(i - 1)) : null;
            List<Entry> list = b.entries();
            Map<Section, List<EntryView>> bySection = new LinkedHashMap<>();
            b.issue().sections().forEach(s -> bySection.put(s, new ArrayList<>()));
            for (int j = 0; j < list.size(); j++) {
                Entry e = list.get(j);
                List<EntryRef> sameCity = new ArrayList<>();
                for (Entry other : byCity.get(e.place().slug())) {
                    if (other.issueNumber() != e.issueNumber() || other.date().getYear() != e.date().getYear()) {
                        sameCity.add(entryRefs.get(other));
                        if (sameCity.size() == SAME_CITY_LIMIT) {
                            break;
                        }
                    }
                }
                String lead = Text.firstSentence(e.paragraphs().get(0));
                EntryView view = new EntryView(anchor(e), entryUrl(e), cityRef(e.place()),
                        e.section() == null ? "" : e.section().title(), e.section() == null ? "" : sectionAnchor(e.section(), b.issue()),
                        e.paragraphs(), lead, Text.shorten(lead, 40), e.place().name() + "：" + Text.shorten(lead, 36), ref,
                        j > 0 ? entryRefs.get(list.get(j - 1)) : null,
                        j + 1 < list.size() ? entryRefs.get(list.get(j + 1)) : null,
                        sameCity);
                entryViews.add(view);
                bySection.computeIfAbsent(e.section() == null ? new Section("") : e.section(), s -> new ArrayList<>()).add(view);
            }
            List<SectionView> sections = new ArrayList<>();
            bySection.forEach((s, views) -> sections.add(new SectionView(s.heading(), s.title(), sectionAnchor(s, b.issue()), views)));
            List<CityRef> cityRefs = list.stream().map(e -> cityRef(e.place())).distinct().toList();
            Issue issue = b.issue();
            List<String> note = new ArrayList<>(issue.editorsNote());
            String noteLabel = "";
            int colon = note.isEmpty() ? -1 : Text.labelEnd(note.get(0));
            if (colon > 0 && note.get(0).substring(0, colon).strip().equals("编者按")) {
                noteLabel = note.get(0).substring(0, colon + 1);
                note.set(0, note.get(0).substring(colon + 1).strip());
            }
            issueViews.add(new IssueView(ref, issue.series().name(), issue.issuer(), note, noteLabel,
                    sections, issue.distribution(), issue.contacts(), list.size(), cityRefs, previous, next));
        }

        List<CityView> cityViews = new ArrayList<>();
        for (var e : byCity.entrySet()) {
            Place place = places.get(e.getKey());
            String groupName = groupName(place, gazetteer);
            Map<Integer, List<EntryRef>> years = new TreeMap<>(Comparator.reverseOrder());
            for (Entry entry : e.getValue()) {
                years.computeIfAbsent(entry.year(), y -> new ArrayList<>()).add(entryRefs.get(entry));
            }
            List<YearEntries> yearList = new ArrayList<>();
            years.forEach((y, refs) -> yearList.add(new YearEntries(y, refs)));
            cityViews.add(new CityView(cityRef(place), groupName, e.getValue().size(), yearList, yearChart(years),
                    e.getValue().get(0).date().toString()));
        }
        cityViews.sort(Comparator.comparing((CityView c) -> c.ref().slug()));
        List<CityGroup> groups = cityGroups(cityViews, places, gazetteer);

        Map<Integer, List<IssueView>> byYear = new TreeMap<>(Comparator.reverseOrder());
        issueViews.forEach(v -> byYear.computeIfAbsent(v.ref().year(), y -> new ArrayList<>()).add(v));
        List<YearIssues> timeline = new ArrayList<>();
        byYear.forEach((y, list) -> timeline.add(new YearIssues(y, list)));

        return new SiteModel(issueViews, entryViews, cityViews, groups, timeline, monthChart(newestFirst));
    }

    private static List<CityGroup> cityGroups(List<CityView> cities, Map<String, Place> places, Gazetteer gazetteer) {
        Map<String, List<CityView>> byGroup = new LinkedHashMap<>();
        for (CityView c : cities) {
            byGroup.computeIfAbsent(places.get(c.ref().slug()).group(), g -> new ArrayList<>()).add(c);
        }
        List<String> order = new ArrayList<>(byGroup.keySet());
        // provinces in gazetteer order (which follows the official codes), named regions last
        Map<String, Integer> rank = new HashMap<>();
        for (Place place : gazetteer.places()) {
            rank.put(place.slug(), rank.size());
        }
        Comparator<String> byRank = Comparator.comparing(slug -> rank.getOrDefault(slug, Integer.MAX_VALUE));
        order.sort(Comparator.comparing((String g) -> g.equals("regions")).thenComparing(byRank).thenComparing(g -> g));
        List<CityGroup> groups = new ArrayList<>();
        for (String g : order) {
            List<CityView> members = new ArrayList<>(byGroup.get(g));
            members.sort(Comparator.comparing((CityView c) -> !c.ref().slug().equals(g)).thenComparing(c -> c.ref().slug(), byRank));
            groups.add(new CityGroup(members.get(0).groupName(), g, members));
        }
        return groups;
    }

    private static String groupName(Place place, Gazetteer gazetteer) {
        if (place.isRegion() || "regions".equals(place.group())) {
            return "区域";
        }
        return gazetteer.bySlug(place.group()).map(Place::name).orElse("其他");
    }

    static IssueRef issueRef(Issue issue) {
        LocalDate d = issue.date();
        return new IssueRef(issue.number(), issue.label(), d.toString(),
                d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日", d.getYear(),
                issue.folder() + "/index.html");
    }

    private static EntryRef entryRef(Entry e, IssueRef issue) {
        return new EntryRef(entryUrl(e), issue.url() + "#" + anchor(e), e.place().name(), e.place().slug(),
                e.section() == null ? "" : e.section().title(), Text.shorten(Text.firstSentence(e.paragraphs().get(0)), 90), issue);
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

    static CityRef cityRef(Place place) {
        return new CityRef(place.name(), place.slug(), "cities/" + place.slug() + ".html");
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
        Map<YearMonth, Integer> counts = new HashMap<>();
        newestFirst.forEach(b -> counts.merge(YearMonth.from(b.issue().date()), 1, Integer::sum));
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            labels.add(m.getYear() + "-" + String.format("%02d", m.getMonthValue()));
            values.add(counts.getOrDefault(m, 0));
        }
        int every = labels.size() <= 12 ? 1 : (labels.size() <= 24 ? 3 : 6);
        return chart("每月期数", labels, values, every);
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

    public List<CityView> cities() {
        return cities;
    }

    public List<CityGroup> cityGroups() {
        return cityGroups;
    }

    public List<YearIssues> timeline() {
        return timeline;
    }

    public Chart monthChart() {
        return monthChart;
    }
}
