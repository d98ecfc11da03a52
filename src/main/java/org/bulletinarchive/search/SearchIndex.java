package org.bulletinarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The search stage: reads the entry pages of a built site, writes the index under search/&lt;hash&gt;/ and points
 * search.html at it. The hash is taken over the index files, so the same pages give byte-identical output.
 */
public final class SearchIndex {

    /** The page that hosts the search client, relative to the site root. */
    public static final String SEARCH_PAGE = "search.html";
    /** The index entry script inside search/&lt;hash&gt;/. */
    public static final String ENTRY = "index.js";

    private static final Pattern PLACEHOLDER =
            Pattern.compile("<script\\b[^>]*\\bid\\s*=\\s*[\"']search-index[\"'][^>]*>\\s*</script>", Pattern.CASE_INSENSITIVE);
    private static final int WRITERS = 8;
    private static final Pattern HASH_DIR = Pattern.compile("[0-9a-f]{12}");

    private SearchIndex() {
    }

    /** Indexes the site at siteRoot and patches its search page; throws {@link SearchPageException} if it has none. */
    public static SearchIndexReport write(Path siteRoot) {
        long start = System.nanoTime();
        List<SearchDocument> docs = SearchDocumentReader.read(siteRoot);
        return write(siteRoot, docs, start, "read pages");
    }

    /** Indexes {@code docs} (the site's documents, from its model) into the site at siteRoot. */
    public static SearchIndexReport write(Path siteRoot, List<SearchDocument> docs) {
        return write(siteRoot, docs, System.nanoTime(), "documents");
    }

    private static SearchIndexReport write(Path siteRoot, List<SearchDocument> docs, long start, String firstStage) {
        Path page = siteRoot.resolve(SEARCH_PAGE);
        String html = readSearchPage(page);
        Map<String, Long> stages = new LinkedHashMap<>();
        long t = System.nanoTime();
        t = lap(stages, firstStage, start);
        IndexBuilder.InvertedIndex index = IndexBuilder.build(docs);
        t = lap(stages, "invert", t);
        TreeMap<String, byte[]> files = ShardWriter.files(index);
        String hash = hash(files);
        t = lap(stages, "encode", t);
        Path dir = siteRoot.resolve("search").resolve(hash);
        try {
            writeAll(dir, files);
            lap(stages, "write files", t);
            String entry = "search/" + hash + "/" + ENTRY;
            Files.writeString(page, PLACEHOLDER.matcher(html)
                    .replaceFirst(Matcher.quoteReplacement("<script id=\"search-index\" src=\"" + entry + "\"></script>")));
            removeIndexesOtherThan(siteRoot.resolve("search"), hash);
            long bytes = files.values().stream().mapToLong(b -> b.length).sum();
            long textBytes = docs.stream()
                    .mapToLong(d -> (d.title() + d.text()).getBytes(StandardCharsets.UTF_8).length).sum();
            return new SearchIndexReport(docs.size(), index.terms().size(), files.size(), bytes, textBytes,
                    (System.nanoTime() - start) / 1_000_000, hash, entry, stages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readSearchPage(Path page) {
        if (!Files.isRegularFile(page)) {
            throw new SearchPageException(page, "the search page is missing; the site needs one to host the search index");
        }
        String html;
        try {
            html = Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = PLACEHOLDER.matcher(html);
        int found = 0;
        while (m.find()) {
            found++;
        }
        if (found != 1) {
            throw new SearchPageException(page, "expected exactly one <script id=\"search-index\" data-src=\"\"></script>, found " + found);
        }
        return html;
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

    /** Earlier builds' search/&lt;hash&gt;/ directories, which nothing links to any more. */
    private static void removeIndexesOtherThan(Path searchDir, String hash) throws IOException {
        if (!Files.isDirectory(searchDir)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(searchDir)) {
            for (Path dir : dirs.filter(d -> HASH_DIR.matcher(d.getFileName().toString()).matches())
                    .filter(d -> !d.getFileName().toString().equals(hash)).toList()) {
                try (Stream<Path> tree = Files.walk(dir)) {
                    for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    /**
     * Writes the files from 8 threads whatever the core count: creating ten thousand small files is bound by
     * the file system's latency, not the CPU (one thread took 0.5-3 s on a 2-core VM, eight 0.3 s).
     */
    private static void writeAll(Path dir, Map<String, byte[]> files) throws IOException {
        for (String folder : new TreeSet<>(files.keySet().stream().map(f -> org.bulletinarchive.files.SafePaths.inside(dir, f, "search file").getParent().toString()).toList())) {
            Files.createDirectories(Path.of(folder));
        }
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            files.forEach((path, bytes) -> done.add(writers.submit(() -> Files.write(org.bulletinarchive.files.SafePaths.inside(dir, path, "search file"), bytes))));
            for (Future<?> f : done) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? new UncheckedIOException(io) : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the search index", e);
        } finally {
            writers.shutdown();
        }
    }
}
