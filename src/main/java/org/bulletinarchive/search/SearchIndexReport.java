package org.bulletinarchive.search;

/**
 * What {@link SearchIndex#write} produced, for the build log and the benchmark.
 *
 * @param textBytes UTF-8 bytes of the indexed titles and texts, the yardstick for the index size
 * @param entry     path of the index entry script relative to the site root
 */
public record SearchIndexReport(int docs, int terms, int files, long totalBytes, long textBytes, long buildMillis,
                                String hash, String entry) {

    @Override
    public String toString() {
        return "search: %d docs, %d terms, %d files, %d bytes (text %d bytes) in %d ms -> %s"
                .formatted(docs, terms, files, totalBytes, textBytes, buildMillis, entry);
    }
}
