package org.bulletinarchive.bake;

import java.util.List;

/**
 * What templates see: small immutable records computed once per build by {@link SiteModel}.
 * URLs are relative to the site root; templates prefix them with the page's {@code root}.
 */
public final class Views {

    private Views() {
    }

    /**
     * Settings and totals shown on every page. {@code name} is what the archive calls itself in titles
     * (its one series' name, else the site title); {@code timelineUrl} is where 全部期次 leads.
     */
    public record Site(String title, String name, String host, int issueCount, int entryCount, int cityCount,
                       int seriesCount, String timelineUrl, List<SeriesRef> series) {
    }

    /** The page being rendered: where it is and how it introduces itself when shared. */
    public record Page(String kind, String path, String root, String title, String description, String canonical, String ogType) {
    }

    public record SeriesRef(String slug, String name, String timelineUrl) {
    }

    public record IssueRef(int number, String label, String date, String dateCn, int year, String url, SeriesRef series) {
    }

    public record CityRef(String name, String slug, String url) {
    }

    /** One step of a subject's place in the hierarchy (湖南 › 长沙 › 长沙县); url is empty when there is nothing to open. */
    public record Crumb(String name, String url) {
    }

    /**
     * A link to an entry. {@code label} tells it apart within its issue: the subject's name, with
     * （一）/（二） when the issue has several entries on the same subject.
     */
    public record EntryRef(String url, String anchorUrl, String city, String citySlug, String label, String section, String excerpt, IssueRef issue) {
    }

    public record SectionView(String heading, String title, String anchor, List<EntryView> entries) {
    }

    /** {@code heading}: the entry's own heading line as printed (1. 长沙县, ◆ 道县), or "". */
    public record EntryView(String anchor, String url, CityRef city, String label, String mark, List<Crumb> chain,
                            String section, String sectionAnchor, String heading, List<String> paragraphs, String excerpt, String teaser,
                            String headline, IssueRef issue, EntryRef previous, EntryRef next, List<EntryRef> sameCity) {
    }

    /** An original file of an issue published beside its page, e.g. the PDF as printed. */
    public record Original(String url, String name, String size) {
    }

    public record IssueView(IssueRef ref, String series, String issuer, String totalLabel, String headline, String addressee,
                            List<String> editorsNote, String noteLabel, List<SectionView> sections,
                            List<String> distribution, List<String> contacts, List<String> imprint, List<Original> originals,
                            int entryCount, List<CityRef> cities, IssueRef previous, IssueRef next) {
    }

    /** One series with its own timeline page: its issues newest first, grouped by year. */
    public record SeriesView(SeriesRef ref, boolean primary, int entryCount, List<IssueView> issues, List<YearIssues> timeline, Chart chart) {
    }

    public record YearIssues(int year, List<IssueView> issues) {
    }

    public record YearEntries(int year, List<EntryRef> entries) {
    }

    public record CityView(CityRef ref, String groupName, List<Crumb> chain, int count, List<YearEntries> years, Chart chart, String latestDate) {
    }

    /** A subject in the index, with the counties and zones below it; url is empty for a parent without entries of its own. */
    public record SubjectNode(String name, String slug, String url, int count, List<SubjectNode> children) {
    }

    public record CityGroup(String name, String slug, List<SubjectNode> members) {
    }

    /** A small bar chart drawn as inline SVG: geometry computed here, markup in the template. */
    public record Chart(int width, int height, String caption, List<Bar> bars) {
    }

    public record Bar(int x, int y, int width, int height, String label, int value, int labelX, boolean showLabel) {
    }
}
