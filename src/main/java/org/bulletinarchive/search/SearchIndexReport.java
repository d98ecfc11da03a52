package org.bulletinarchive.search;

import java.util.Map;

/**
 * What {@link SearchIndex#write} produced, for the build log and the benchmark.
 *
 * @param textBytes UTF-8 bytes of the indexed titles and texts, the yardstick for the index size
 * @param entry     path of the index entry script relative to the site root
 * @param stageMillis milliseconds per stage (read pages, invert, encode, write files), in order
 */
public record SearchIndexReport(int docs, int terms, int files, long totalBytes, long textBytes, long buildMillis,
                                String hash, String entry, Map<String, Long> stageMillis) {

    @Override
    public String toString() {
        return "search: %d docs, %d terms, %d files, %d bytes (text %d bytes) in %d ms %s -> %s"
                .formatted(docs, terms, files, totalBytes, textBytes, buildMillis, stageMillis, entry);
    }
}
