package org.bulletinarchive.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search stage: turns documents into the index files under search/ and names the entry script by a hash of them
 * ({@code search/index.<hash>.js}), so the same documents give byte-identical files. The other files keep their names from
 * build to build (a pack of terms, a group of documents, see {@link ShardWriter}): a rebuild after one new issue changes
 * the packs of its terms and the last group, and the client asks for them with the hash as a query string, so no browser
 * keeps a stale one.
 */
public final class SearchIndex {

    /** The page that hosts the search client, relative to the site root. */
    public static final String SEARCH_PAGE = "search.html";
    /** The folder of the index, relative to the site root. */
    public static final String FOLDER = "search/";


    private SearchIndex() {
    }

    /** The index files of {@code docs} by path relative to the site root, the entry script among them, and its report. */
    public record Built(TreeMap<String, byte[]> files, SearchIndexReport report) {
        public String entry() {
            return report.entry();
        }
    }

    /** Indexes {@code docs} (the site's documents, from its model) without writing anything. */
    public static Built build(List<SearchDocument> docs) {
        return build(docs, System.nanoTime(), "documents");
    }

    /** As {@link #build(List)}, the time since {@code start} counted as the stage {@code firstStage} (reading the documents). */
    static Built build(List<SearchDocument> docs, long start, String firstStage) {
        return build(docs, start, firstStage, ShardWriter.Layout.DEFAULT);
    }

    /** As {@link #build(List)} in another layout, for tests of how the files split. */
    static Built build(List<SearchDocument> docs, ShardWriter.Layout layout) {
        return build(docs, System.nanoTime(), "documents", layout);
    }

    private static Built build(List<SearchDocument> docs, long start, String firstStage, ShardWriter.Layout layout) {
        Map<String, Long> stages = new LinkedHashMap<>();
        long t = lap(stages, firstStage, start);
        IndexBuilder.InvertedIndex index = IndexBuilder.build(docs);
        t = lap(stages, "invert", t);
        TreeMap<String, byte[]> inFolder = ShardWriter.files(index, layout);
        String hash = hash(inFolder);
        byte[] entryScript = ShardWriter.withHash(inFolder.remove("index.js"), hash);
        String entry = FOLDER + "index." + hash + ".js";
        TreeMap<String, byte[]> files = new TreeMap<>();
        inFolder.forEach((path, bytes) -> files.put(FOLDER + path, bytes));
        files.put(entry, entryScript);
        lap(stages, "encode", t);
        long bytes = files.values().stream().mapToLong(b -> b.length).sum();
        long textBytes = docs.stream().mapToLong(d -> (d.title() + d.text()).getBytes(StandardCharsets.UTF_8).length).sum();
        return new Built(files, new SearchIndexReport(docs.size(), index.terms().size(), files.size(), bytes, textBytes,
                (System.nanoTime() - start) / 1_000_000, hash, entry, stages));
    }

    /** The script element that loads the index, as search.html carries it once the index is built. */
    public static String scriptElement(String entry) {
        return "<script id=\"search-index\" src=\"" + entry + "\"></script>";
    }

    private static long lap(Map<String, Long> stages, String stage, long since) {
        long now = System.nanoTime();
        stages.put(stage, (now - since) / 1_000_000);
        return now;
    }

    /** Short hex SHA-256 over the paths and contents of the index files. */
    static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((path, bytes) -> {
                sha.update(path.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
