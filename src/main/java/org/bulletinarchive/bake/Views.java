package org.bulletinarchive.bake;

import java.util.List;

/**
 * What templates see: small immutable records computed once per build by {@link SiteModel}.
 * URLs are relative to the site root; templates prefix them with the page's {@code root}.
 */
public final class Views {

    private Views() {
    }

    /** Settings and totals shown on every page. */
    public record Site(String title, String series, String host, int issueCount, int entryCount, int cityCount) {
    }

    /** The page being rendered: where it is and how it introduces itself when shared. */
    public record Page(String kind, String path, String root, String title, String description, String canonical, String ogType) {
    }

    public record IssueRef(int number, String label, String date, String dateCn, int year, String url) {
    }

    public record CityRef(String name, String slug, String url) {
    }

    public record EntryRef(String url, String anchorUrl, String city, String citySlug, String section, String excerpt, IssueRef issue) {
    }

    public record SectionView(String heading, String title, String anchor, List<EntryView> entries) {
    }

    public record EntryView(String anchor, String url, CityRef city, String section, String sectionAnchor,
                            List<String> paragraphs, String excerpt, String teaser, String headline, IssueRef issue,
                            EntryRef previous, EntryRef next, List<EntryRef> sameCity) {
    }

    public record IssueView(IssueRef ref, String series, String issuer,
                            List<String> editorsNote, String noteLabel, List<SectionView> sections,
                            List<String> distribution, List<String> contacts, int entryCount, List<CityRef> cities, IssueRef previous, IssueRef next) {
    }

    public record YearIssues(int year, List<IssueView> issues) {
    }

    public record YearEntries(int year, List<EntryRef> entries) {
    }

    public record CityView(CityRef ref, String groupName, int count, List<YearEntries> years, Chart chart, String latestDate) {
    }

    public record CityGroup(String name, String slug, List<CityView> cities) {
    }

    /** A small bar chart drawn as inline SVG: geometry computed here, markup in the template. */
    public record Chart(int width, int height, String caption, List<Bar> bars) {
    }

    public record Bar(int x, int y, int width, int height, String label, int value, int labelX, boolean showLabel) {
    }
}
