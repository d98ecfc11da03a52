package org.bulletinarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinarchive.files.Folders;
import org.bulletinarchive.files.SafePaths;

/**
 * The search index of a site already written, read back from its pages ({@link SearchDocumentReader}) rather than built
 * from the model as a build does: for the tests and the search benchmark, which index sites made without a build.
 */
public final class PagesSearchIndex {

    private static final Pattern PLACEHOLDER =
            Pattern.compile("<script\\b[^>]*\\bid\\s*=\\s*[\"']search-index[\"'][^>]*>\\s*</script>", Pattern.CASE_INSENSITIVE);

    private PagesSearchIndex() {
    }

    /**
     * Indexes the pages of the site at {@code siteRoot} (its entry and issue pages), writes the index into it, removes what
     * an earlier index left there, and points its search page at the index; throws {@link SearchPageException} if the site
     * has no search page with the placeholder.
     */
    public static SearchIndexReport write(Path siteRoot) {
        long start = System.nanoTime();
        Path page = siteRoot.resolve(SearchIndex.SEARCH_PAGE);
        String html = readSearchPage(page);
        SearchIndex.Built built = SearchIndex.build(SearchDocumentReader.read(siteRoot), start, "read pages");
        try {
            Path folder = siteRoot.resolve(SearchIndex.FOLDER);
            if (Files.isDirectory(folder)) {
                Folders.deleteRecursively(folder);
            }
            for (Map.Entry<String, byte[]> file : built.files().entrySet()) {
                Path to = SafePaths.inside(siteRoot, file.getKey(), "search file");
                Files.createDirectories(to.getParent());
                Files.write(to, file.getValue());
            }
            Files.writeString(page, PLACEHOLDER.matcher(html).replaceFirst(Matcher.quoteReplacement(SearchIndex.scriptElement(built.entry()))));
            return built.report();
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
}
