package org.bulletinarchive.view;

import java.util.List;

/**
 * What templates see: small immutable records computed once per build by {@link SiteModel}.
 * URLs are relative to the site root; templates prefix them with the page's {@code root}.
 *
 * <p>Two kinds of field. <b>Sources</b> come from one content file: an item's title, text, section and subjects, an issue's
 * masthead, lead and back matter, a reference's label and URL. <b>Summaries</b> are computed across files, so another issue
 * can change them: an item's previous and next ({@link EntryView}), its {@code sameSubject} and {@code elsewhere} lists and
 * its chain; an issue's previous and next; a subject's count, years, chart and newest date ({@link SubjectView}); a series'
 * issues, years, counts and chart ({@link SeriesView}); {@link Totals}; the offline copy's size ({@link Download}). A page is
 * rendered again when what it is given changes, so summaries are bounded (a subject's newest years, an item's nearest
 * neighbours) and given only to the pages that show them.
 */
public final class Views {

    private Views() {
    }

    /**
     * What every page shows of the archive. {@code name} is what the archive calls itself in titles
     * (its one series' name, else the site title); {@code timelineUrl} is where 全部期次 leads. It holds no
     * totals, which change with every issue: a page that shows them gets {@link Totals}, so that a new issue
     * changes only the pages it appears on (the incremental build re-renders a page when what it is given changes).
     */
    public record Site(String title, String name, String host, int seriesCount, String timelineUrl, List<SeriesRef> series, boolean offlineCopy) {
    }

    /**
     * The offline copy as the home page offers it: {@code url} the site's zip inside the site ({@code download/site-archive.zip}),
     * {@code size} as readers say it (812 KB, 4.3 MB), {@code folder} the folder it unzips to. Only the home page shows it,
     * since its size changes with every issue; {@link Site#offlineCopy()} tells the footer to link there. No {@code url}: a war
     * without the copy, whose home page says where to get one.
     */
    public record Download(String url, String size, String folder) {
    }

    /** How many issues, entries and subjects the archive holds: for the home page and the subject index. */
    public record Totals(int issueCount, int entryCount, int subjectCount) {
    }

    /**
     * The page being rendered: its kind ({@link PageKind#id()}) and template, where it is and how it introduces itself when shared. {@code root} leads from the page
     * to the site root ("../../", or the base URL on the not-found page, which is served at any depth);
     * {@code canonical} is its absolute URL and {@code qr} the QR code of it, when the site has a base URL (else "" and null).
     */
    public record Page(String kind, String template, String path, String root, String title, String description, String canonical, String ogType, QrCode qr) {
    }

    /** A QR code drawn as inline SVG: {@code size} modules square (quiet zone included), {@code path} the dark modules, of {@code url}. */
    public record QrCode(int size, String path, String url) {
    }

    /** A series with its timeline and, beside it, its feed (issues/feed.xml, series/<slug>/feed.xml). */
    public record SeriesRef(String slug, String name, String timelineUrl, String feedUrl) {
    }

    public record IssueRef(int number, String label, String date, String dateCn, int year, String url, SeriesRef series) {
    }

    public record SubjectRef(String name, String slug, String url) {
    }

    /** One step of a subject's place in the hierarchy (湖南 › 长沙 › 长沙县); url is empty when there is nothing to open. */
    public record Crumb(String name, String url) {
    }

    /**
     * A link to an item. {@code label} tells it apart within its issue: its subject's name, with （一）/（二） when the
     * issue has several such items on one subject, or its title when it has a title line of its own or no subject;
     * {@code subject} and {@code subjectSlug} are its primary subject's name and slug, "" for an item about no particular subject.
     */
    public record EntryRef(String url, String anchorUrl, String subject, String subjectSlug, String label, String section, String excerpt, IssueRef issue) {
    }

    public record SectionView(String heading, String title, String anchor, List<EntryView> entries) {
    }

    /**
     * An item. {@code subject} is its primary subject (null when it has none), {@code tags} all its subjects, primary first;
     * {@code namedBySubject} whether it is called by its subject's name (长沙（一）) rather than its title;
     * {@code title} its printed title line without its mark, else its first sentence shortened; {@code heading} its own
     * heading line as printed (1. 长沙县, ◆ 道县, 雨湖区开展…), or ""; {@code aliases} the page names it had before
     * (05-general.html), in its issue's folder, each written as a page that leads to it; {@code elsewhere} the items of
     * other subjects and issues most alike in text (在其他地方, {@link SimilarItems}), most alike first.
     */
    public record EntryView(String anchor, String url, SubjectRef subject, List<SubjectRef> tags, boolean namedBySubject, String title, String label, String mark, List<Crumb> chain,
                            String section, String sectionAnchor, String heading, List<String> paragraphs, String excerpt, String teaser,
                            String headline, IssueRef issue, EntryRef previous, EntryRef next, List<EntryRef> sameSubject, List<EntryRef> elsewhere,
                            List<String> aliases) {
    }

    /** An original file of an issue published beside its page, e.g. the PDF as printed. */
    public record Original(String url, String name, String size) {
    }

    /** An issue; {@code attachments} are its 附件 as printed after its items (the 附件： line first). */
    public record IssueView(IssueRef ref, String series, String issuer, String totalLabel, String headline, String addressee,
                            List<String> editorsNote, String noteLabel, List<SectionView> sections, List<String> attachments,
                            List<String> distribution, List<String> contacts, List<String> imprint, List<Original> originals,
                            int entryCount, List<SubjectRef> subjects, IssueRef previous, IssueRef next) {
    }

    /**
     * One series with its timeline: {@code years} all its years newest first, each a page of its own
     * ({@code issues/<year>/index.html}); the timeline index ({@code issues/index.html}) lists the years and shows
     * the newest one's issues, so no page of it grows with the number of years.
     */
    public record SeriesView(SeriesRef ref, boolean primary, int entryCount, List<IssueView> issues, List<YearIssues> years,
                             List<YearLink> yearLinks, Chart chart) {
    }

    /** A year of a series on its own page: its issues newest first, its months as a chart, the years before and after. */
    public record YearIssues(int year, String url, List<IssueView> issues, Chart chart, YearLink older, YearLink newer) {
    }

    /** A link to a year: its page (or its section of a page) and how many issues or entries it holds. */
    public record YearLink(int year, String url, int count) {
    }

    /**
     * A year of a subject's entries. {@code url} is where it is shown: a section of the subject's page for the newest
     * years, else a page of its own ({@code cities/<slug>/<year>.html}).
     */
    public record YearEntries(int year, String url, List<EntryRef> entries, YearLink older, YearLink newer) {
    }

    /**
     * A subject: {@code recent} its newest years, shown on its page (whole years, at most a bounded number of entries
     * unless the newest year alone has more); {@code older} the years before, a page each; {@code yearLinks} every year.
     */
    public record SubjectView(SubjectRef ref, String groupName, List<Crumb> chain, int count, List<YearEntries> recent, List<YearEntries> older,
                           List<YearLink> yearLinks, Chart chart, String latestDate) {
    }

    /** A subject in the index, with the counties and zones below it; url is empty for a parent without entries of its own. */
    public record SubjectNode(String name, String slug, String url, int count, List<SubjectNode> children) {
    }

    /**
     * A group of subjects (a province, 区域, 部门, 其他) with its tree; {@code url} is its own page when the index is split
     * (else ""), {@code count} how many subjects it holds, {@code main} what the split index shows of it.
     */
    public record SubjectGroup(String name, String slug, List<SubjectNode> members, String url, int count, List<SubjectNode> main) {
    }

    /** A small bar chart drawn as inline SVG: geometry computed here, markup in the template. */
    public record Chart(int width, int height, String caption, List<Bar> bars) {
    }

    public record Bar(int x, int y, int width, int height, String label, int value, int labelX, boolean showLabel) {
    }
}
