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
import java.util.List;
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
    private static final Pattern HASH_DIR = Pattern.compile("[0-9a-f]{12}");

    private SearchIndex() {
    }

    /** Indexes the site at siteRoot and patches its search page; throws {@link SearchPageException} if it has none. */
    public static SearchIndexReport write(Path siteRoot) {
        long start = System.nanoTime();
        Path page = siteRoot.resolve(SEARCH_PAGE);
        String html = readSearchPage(page);
        List<SearchDocument> docs = SearchDocumentReader.read(siteRoot);
        IndexBuilder.InvertedIndex index = IndexBuilder.build(docs);
        TreeMap<String, byte[]> files = ShardWriter.files(index);
        String hash = hash(files);
        Path dir = siteRoot.resolve("search").resolve(hash);
        try {
            removeIndexes(siteRoot.resolve("search"));
            files.entrySet().parallelStream().forEach(f -> write(dir.resolve(f.getKey()), f.getValue()));
            String entry = "search/" + hash + "/" + ENTRY;
            Files.writeString(page, PLACEHOLDER.matcher(html)
                    .replaceFirst(Matcher.quoteReplacement("<script id=\"search-index\" src=\"" + entry + "\"></script>")));
            long bytes = files.values().stream().mapToLong(b -> b.length).sum();
            long textBytes = docs.stream()
                    .mapToLong(d -> (d.title() + d.text()).getBytes(StandardCharsets.UTF_8).length).sum();
            return new SearchIndexReport(docs.size(), index.terms().size(), files.size(), bytes, textBytes,
                    (System.nanoTime() - start) / 1_000_000, hash, entry);
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
    private static void removeIndexes(Path searchDir) throws IOException {
        if (!Files.isDirectory(searchDir)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(searchDir)) {
            // the current hash's directory goes too, so that it is rewritten whole
            for (Path dir : dirs.filter(d -> HASH_DIR.matcher(d.getFileName().toString()).matches()).toList()) {
                try (Stream<Path> tree = Files.walk(dir)) {
                    for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
