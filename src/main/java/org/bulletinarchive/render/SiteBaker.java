package org.bulletinarchive.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bulletinarchive.model.Text;
import org.bulletinarchive.output.Fingerprint;
import org.bulletinarchive.view.PageKind;
import org.bulletinarchive.view.SiteModel;
import org.bulletinarchive.view.Views.EntryRef;
import org.bulletinarchive.view.Views.EntryView;
import org.bulletinarchive.view.Views.IssueView;
import org.bulletinarchive.view.Views.Page;
import org.bulletinarchive.view.Views.SeriesRef;
import org.bulletinarchive.view.Views.SeriesView;
import org.bulletinarchive.view.Views.Site;
import org.bulletinarchive.view.Views.SubjectGroup;
import org.bulletinarchive.view.Views.SubjectView;
import org.bulletinarchive.view.Views.Totals;
import org.bulletinarchive.view.Views.YearEntries;
import org.bulletinarchive.view.Views.YearIssues;
import org.bulletinarchive.view.Views;

/** Renders every page of the site from the precomputed {@link SiteModel}: one template per page kind. */
public final class SiteBaker {

    private final PageRenderer renderer;
    private final SiteSettings settings;
    private final Map<String, String> assets;
    private final Fingerprint fingerprints = new Fingerprint();
    /** The offline copy the home page offers, or null for none. */
    private Views.Download download;
    /** What the home page was rendered from, less the offline copy: to render it again for another size of it. */
    private Page homePage;
    private Map<String, Object> homeValues;
    /** The fingerprint of what the home page is given without the zip's size, and whether it was rendered in this build. */
    private long homeFingerprint;
    private boolean homeRendered;

    public SiteBaker(PageRenderer renderer, SiteSettings settings, Map<String, String> assets) {
        this.renderer = renderer;
        this.settings = settings;
        this.assets = assets;
        // the QR code is made from the page's own address, which its fingerprint holds: only for the pages rendered
        renderer.completing(this::withQrCode);
    }

    /** An issue or entry page with the QR code of its address, when the site has a base URL. */
    private Page withQrCode(Page p) {
        if (settings.host().isEmpty() || !(p.kind().equals("issue") || p.kind().equals("entry"))) {
            return p;
        }
        return new Page(p.kind(), p.template(), p.path(), p.root(), p.title(), p.description(), p.canonical(), p.ogType(), QrCodes.of(p.canonical()));
    }

    /** The home page offers {@code download} (the site's zip, placed in the site), and every page's footer links there. */
    public SiteBaker offlineCopy(Views.Download download) {
        this.download = download;
        return this;
    }

    /**
     * The home page again, after {@link #bake}, with the offline copy's {@code size}: written in place of the one rendered
     * before, which the zip holds without the size (so that the zip's bytes never depend on its own size).
     */
    public byte[] home(String size) {
        Map<String, Object> all = homeValues(new Views.Download(download.url(), size, download.folder()));
        // recorded with the fingerprint of its inputs without the size, which the next build's pages stage compares
        return renderer.renderHere(homePage.template(), homePage, all, homeFingerprint);
    }

    /**
     * The home page as a war without the offline copy shows it, after {@link #bake}: its section on the copy says where to
     * get one instead of linking to a file the war lacks. Not written into the site.
     */
    public byte[] homeWithoutCopy() {
        return renderer.renderOnly(homePage.template(), homePage, homeValues(new Views.Download("", "", download.folder())));
    }

    /** What the home page was given, with {@code offered} as its offline copy. */
    private Map<String, Object> homeValues(Views.Download offered) {
        Map<String, Object> all = new HashMap<>(homeValues);
        all.put("download", offered);
        return all;
    }

    /**
     * Whether the home page was rendered by {@link #bake}: if not, its inputs are those of the published one, which then
     * differs from what {@link #home} would render only if the zip's size does.
     */
    public boolean homeRendered() {
        return homeRendered;
    }

    /** Renders all pages and returns their paths relative to the site root. */
    public List<String> bake(SiteModel model) {
        return bake(model, "");
    }

    /** {@code searchIndex}: the search index's entry script relative to the site root, which search.html loads ("" for none yet). */
    public List<String> bake(SiteModel model, String searchIndex) {
        List<String> written = new ArrayList<>();
        List<SeriesView> series = model.series();
        List<SeriesRef> seriesRefs = series.stream().map(SeriesView::ref).toList();
        // site.title when set, else the one series' name, else a neutral name
        String title = !settings.title().isBlank() ? settings.title() : series.size() == 1 ? series.get(0).ref().name() : SiteSettings.NEUTRAL_TITLE;
        String name = series.size() == 1 ? series.get(0).ref().name() : title;
        String timelineUrl = series.isEmpty() ? "index.html" : series.get(0).ref().timelineUrl();
        Site site = new Site(title, name, settings.host(), series.size(), timelineUrl, seriesRefs, download != null);
        Totals totals = new Totals(model.issues().size(), model.entries().size(), model.subjects().size());
        Map<String, Object> common = new HashMap<>();
        common.put("site", site);
        common.put("assets", assets);

        IssueView latest = model.issues().isEmpty() ? null : model.issues().get(0);
        String homeDescription = latest == null ? title
                : title + "：" + totals.issueCount() + " 期、" + totals.entryCount() + " 条经验，最新一期 " + (series.size() > 1 ? latest.series() + " " : "")
                + latest.ref().label() + "（" + latest.ref().dateCn() + "）。";
        homePage = page(PageKind.HOME, "index.html", title.equals(name) ? title : title + " · " + name, homeDescription);
        homeValues = new HashMap<>(common);
        homeValues.putAll(Map.of("latest", optional(latest), "recent", model.issues().subList(0, Math.min(settings.recentIssues(), model.issues().size())),
                "seriesList", series, "subjects", model.homeSubjects(), "totals", totals));
        render(written, homePage, homeValues, Map.of("download", optional(download)));

        for (SeriesView s : series) {
            String seriesName = s.ref().name();
            render(written, page(PageKind.TIMELINE, s.ref().timelineUrl(), "全部期次 · " + seriesName,
                            "按年份浏览" + seriesName + "的全部 " + s.issues().size() + " 期。"), common,
                    Map.of("series", s, "chart", s.chart()));
            for (YearIssues year : s.years()) {
                render(written, page(PageKind.YEAR, year.url(), year.year() + " 年 · " + seriesName,
                                seriesName + " " + year.year() + " 年的 " + year.issues().size() + " 期。"), common,
                        Map.of("series", s, "year", year, "chart", year.chart()));
            }
        }

        for (IssueView issue : model.issues()) {
            // what a share card shows under the title: the first sentence of the 编者按, else what the issue holds
            String description = issue.editorsNote().isEmpty()
                    ? Text.shorten(issue.ref().dateCn() + "，" + issue.entryCount() + " 条经验："
                            + String.join("、", issue.subjects().stream().map(Views.SubjectRef::name).toList()) + "。", 120)
                    : Text.shorten(Text.firstSentence(issue.editorsNote().get(0)), 120);
            render(written, page(PageKind.ISSUE, issue.ref().url(), issue.ref().label() + "（" + issue.ref().dateCn() + "） · " + issue.series(), description),
                    common, Map.of("issue", issue));
        }
        for (EntryView entry : model.entries()) {
            render(written, page(PageKind.ENTRY, entry.url(), entry.label() + " · " + entry.issue().label() + " · " + entry.issue().series().name(),
                    Text.shorten(entry.excerpt(), 120)), common, Map.of("entry", entry));
        }
        render(written, page(PageKind.SUBJECT_INDEX, SiteModel.SUBJECT_INDEX_URL, "地区与单位 · " + name,
                "按省份、市州和部门浏览 " + totals.subjectCount() + " 个地区与单位的全部经验条目。"), common,
                Map.of("subjectGroups", model.subjectGroups(), "groupPages", model.groupPages(), "group", "", "totals", totals));
        if (model.groupPages()) {
            for (SubjectGroup group : model.subjectGroups()) {
                render(written, page(PageKind.SUBJECT_INDEX, group.url(), group.name() + " · 地区与单位 · " + name,
                        "浏览" + group.name() + "的 " + group.count() + " 个地区与单位。"), common,
                        Map.of("subjectGroups", List.of(group), "groupPages", false, "group", group, "totals", totals));
            }
        }
        for (SubjectView subject : model.subjects()) {
            render(written, page(PageKind.SUBJECT, subject.ref().url(), subject.ref().name() + " · " + name,
                    subject.ref().name() + "在" + name + "中的全部 " + subject.count() + " 条经验，最新一条见于 " + subject.latestDate() + "。"), common,
                    Map.of("subject", subject, "year", "", "feedUrl", subjectFeedUrl(subject)));
            for (YearEntries year : subject.older()) {
                render(written, page(PageKind.SUBJECT, year.url(), subject.ref().name() + " · " + year.year() + " 年 · " + name,
                        subject.ref().name() + "在" + name + "中 " + year.year() + " 年的 " + year.entries().size() + " 条经验。"), common,
                        Map.of("subject", subject, "year", year, "feedUrl", subjectFeedUrl(subject)));
            }
        }
        render(written, page(PageKind.SEARCH, "search.html", "搜索 · " + name, "全文搜索" + name + "的全部期次与经验条目。"), common,
                Map.of("searchIndex", searchIndex));
        render(written, page(PageKind.NOT_FOUND, "404.html", "页面不存在 · " + name, "找不到这个页面。"), common, Map.of());
        render(written, page(PageKind.FEED, "feed.xml", name, homeDescription), common,
                Map.of("issues", model.issues().subList(0, Math.min(settings.feedIssues(), model.issues().size())), "feedSeries", ""));
        if (series.size() > 1) {
            // one feed per series too, beside its timeline, for readers who follow one series only
            for (SeriesView s : series) {
                render(written, page(PageKind.FEED, s.ref().feedUrl(), s.ref().name(), s.ref().name()), common,
                        Map.of("issues", s.issues().subList(0, Math.min(settings.feedIssues(), s.issues().size())), "feedSeries", s.ref()));
            }
        }
        for (SubjectView subject : model.subjects()) {
            // a subject's newest items, each under every subject it is tagged with, for readers who follow one subject
            List<EntryRef> items = Stream.concat(subject.recent().stream(), subject.older().stream())
                    .flatMap(year -> year.entries().stream()).limit(settings.feedIssues()).toList();
            render(written, page(PageKind.SUBJECT_FEED, subjectFeedUrl(subject), subject.ref().name(), subject.ref().name()), common,
                    Map.of("subject", subject, "items", items));
        }
        if (!settings.host().isEmpty()) {
            // a sitemap lists absolute URLs only: without a base URL there is none (and nothing links to one)
            List<String> sitemapPages = new ArrayList<>(written);
            render(written, page(PageKind.SITEMAP, "sitemap.xml", name, ""), common, Map.of("urls", sitemapPages.stream()
                    .filter(p -> p.endsWith(".html") && !p.equals("404.html")).toList(), "issues", model.issues()));
        }
        for (EntryView entry : model.entries()) {
            // an item's earlier addresses lead to it: after the sitemap, which lists only where things are
            for (String alias : entry.aliases()) {
                String path = entry.url().substring(0, entry.url().lastIndexOf('/') + 1) + alias;
                Page moved = page(PageKind.MOVED, path, entry.label() + " · " + entry.issue().label() + " · " + entry.issue().series().name(), "");
                moved = new Page(moved.kind(), moved.template(), moved.path(), moved.root(), moved.title(), moved.description(),
                        settings.host().isEmpty() ? "" : settings.host() + entry.url(), moved.ogType(), null);
                render(written, moved, common, Map.of("entry", entry, "target", entry.url().substring(entry.url().lastIndexOf('/') + 1)));
            }
        }
        return written;
    }

    /** A subject's feed, beside its page: cities/changsha.xml. */
    private static String subjectFeedUrl(SubjectView subject) {
        return SiteModel.SUBJECT_FOLDER + "/" + subject.ref().slug() + ".xml";
    }

    private static Object optional(Object value) {
        return value == null ? "" : value;
    }

    private Page page(PageKind kind, String path, String title, String description) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        // the not-found page is served in place of a missing page at any depth: its links lead through the base URL
        String root = kind == PageKind.NOT_FOUND ? settings.host() : "../".repeat(depth);
        String canonical = settings.host().isEmpty() ? "" : settings.host() + path;
        return new Page(kind.id(), kind.template(), path, root, title, description, canonical, kind.article() ? "article" : "website", null);
    }

    private void render(List<String> written, Page page, Map<String, Object> common, Map<String, Object> values) {
        String template = page.template();
        Map<String, Object> all = new HashMap<>(common);
        all.putAll(values);
        // everything the template is given: the same fingerprint as in the last build means the same page
        long fingerprint = fingerprints.of(template, page, all);
        boolean rendered = renderer.render(template, page, all, fingerprint);
        if (page == homePage) {
            homeFingerprint = fingerprint;
            homeRendered = rendered;
        }
        written.add(page.path());
    }
}
