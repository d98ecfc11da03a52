package org.bulletinarchive.search;

/**
 * One searchable entry as rendered on its page: what the index stores and the browser shows.
 *
 * @param url     path of the entry page relative to the site root, '/'-separated
 * @param subject name of the entry's primary subject ("" for an issue, or an entry about no particular subject)
 * @param series  slug of the bulletin series the page belongs to ("" when the page does not say)
 * @param text    text of the entry's [data-search-text] regions, paragraphs joined with "\n"
 */
public record SearchDocument(String url, String title, String subject, String subjectSlug, String series, String seriesName,
                             int issue, int year, String date, String section, String text) {
}
