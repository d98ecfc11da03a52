package org.bulletinarchive.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One item of an issue, what a reader would cite: a paragraph (or several) about one place, a news item, an item
 * with its own title line, a numbered point of a 通报. {@code subjects} are the places, zones and departments it is
 * about, in the order the text gives them: the first is its primary subject (its slug names the page), the others
 * are tags; an item may have none. {@code heading} is the item's own printed title line (1. 长沙县, 雨湖区开展…,
 * 一、强化督查问责), else empty. {@code aliases} are the page names it had before (05-general), which keep resolving.
 */
public record Entry(
        Series series,
        int issueNumber,
        LocalDate date,
        int order,
        Section section,
        List<Place> subjects,
        String heading,
        List<String> paragraphs,
        List<String> aliases) {

    /** The page name of an item about no particular subject: 03-item. */
    public static final String UNTAGGED = "item";
    /** How long a title taken from the text may be. */
    private static final int TITLE_LENGTH = 40;

    public Entry {
        subjects = List.copyOf(subjects);
        paragraphs = List.copyOf(paragraphs);
        aliases = List.copyOf(aliases);
    }

    /** An item about one subject, with no earlier page names. */
    public Entry(Series series, int issueNumber, LocalDate date, int order, Section section, Place place, String heading, List<String> paragraphs) {
        this(series, issueNumber, date, order, section, List.of(place), heading, paragraphs, List.of());
    }

    /** Its primary subject: the first of {@link #subjects()}. */
    public Optional<Place> primary() {
        return subjects.isEmpty() ? Optional.empty() : Optional.of(subjects.get(0));
    }

    /** Its primary subject's slug, or {@value #UNTAGGED}. */
    public String primarySlug() {
        return subjects.isEmpty() ? UNTAGGED : subjects.get(0).slug();
    }

    /** The same item with other earlier page names. */
    public Entry withAliases(List<String> newAliases) {
        return new Entry(series, issueNumber, date, order, section, subjects, heading, paragraphs, newAliases);
    }

    /** The same item at another position of its issue. */
    public Entry withOrder(int newOrder) {
        return new Entry(series, issueNumber, date, newOrder, section, subjects, heading, paragraphs, aliases);
    }

    public int year() {
        return date.getYear();
    }

    /** File name of the item inside its issue folder, without extension, e.g. 03-guangdong, or 04-item when it has no subject */
    public String baseName() {
        return String.format("%02d-%s", order, primarySlug());
    }

    /** Folder of the entry's issue, e.g. issues/2023/17 */
    public String folder() {
        return series.issueFolder(year(), issueNumber);
    }

    public String text() {
        return String.join("\n", paragraphs);
    }

    /**
     * What the item is called: its printed title line without its list mark (长沙县, 雨湖区开展“政企早餐会”, 强化督查问责),
     * else its first sentence, shortened.
     */
    public String title() {
        String h = Section.withoutNumbering(heading);
        if (!h.isEmpty()) {
            return h;
        }
        return paragraphs.isEmpty() ? "" : Text.shorten(Text.firstSentence(paragraphs.get(0)), TITLE_LENGTH);
    }
}
