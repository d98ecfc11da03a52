package org.bulletinarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes small test sites: a whole site inline in one text block, Hugo-style, with "-- path --" headers,
 * and the search page with exactly the markup the real template renders.
 */
public final class SiteFixture {

    /** search.html as the site template renders it, with the index placeholder; the client path is filled in. */
    public static final String SEARCH_PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>搜索</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"></head>
            <body><main>
            <form id="search-form" role="search" action="search.html" method="get"><label for="search-q">搜索</label><input id="search-q" name="q" type="search" autocomplete="off"><button type="submit">搜索</button></form>
            <div id="search-filters"></div>
            <p id="search-status" role="status" aria-live="polite"></p>
            <ol id="search-results"></ol>
            <noscript><p>搜索需要启用 JavaScript。</p></noscript>
            </main>
            <script src="assets/js/search.js"></script>
            <script id="search-index" data-src=""></script>
            </body></html>
            """;

    private static final Pattern FILE = Pattern.compile("(?m)^-- (\\S+) --\\n");

    private SiteFixture() {
    }

    /** Writes each "-- path --" section of the text block under root. */
    public static Path files(Path root, String site) {
        Matcher m = FILE.matcher(site);
        int start = -1;
        String path = null;
        while (true) {
            boolean found = m.find();
            if (path != null) {
                write(root.resolve(path), site.substring(start, found ? m.start() : site.length()));
            }
            if (!found) {
                return root;
            }
            path = m.group(1);
            start = m.end();
        }
    }

    /** An entry page with the data-search-* markup of the contract, text split into paragraphs at "\n"; no series. */
    public static String entryPage(String title, String subject, String subjectSlug, int issue, int year, String date,
                                   String section, String text) {
        return entryPage(title, subject, subjectSlug, "", "", issue, year, date, section, text);
    }

    /** An entry page of a series with the data-search-* markup of the contract, text split into paragraphs at "\n". */
    public static String entryPage(String title, String subject, String subjectSlug, String series, String seriesName, int issue,
                                   int year, String date, String section, String text) {
        StringBuilder paragraphs = new StringBuilder();
        for (String p : text.split("\n")) {
            paragraphs.append("<p>").append(escape(p)).append("</p>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>%1$s</title><link rel="icon" href="data:,"></head>
                <body><nav><a href="../../../index.html">首页</a> 导航文字不应被索引</nav>
                <article data-search-doc data-search-title="%1$s" data-search-subject="%2$s" data-search-subject-slug="%3$s" data-search-series="%9$s" data-search-series-name="%10$s" data-search-issue="%4$d" data-search-year="%5$d" data-search-date="%6$s" data-search-section="%7$s">
                <h1>%1$s</h1><p class="meta">第%4$d期 · %6$s</p>
                <div data-search-text>
                %8$s</div>
                </article></body></html>
                """.formatted(escape(title), escape(subject), escape(subjectSlug), issue, year, escape(date), escape(section),
                paragraphs, escape(series), escape(seriesName));
    }

    /** Copies assets/js/search.js from the project into the site, as the real build does (there with a hashed name). */
    public static void copyClient(Path root) {
        write(root.resolve("assets/js/search.js"), read(Path.of("assets/js/search.js")));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one file, creating its directories. */
    public static void writeFile(Path file, String text) {
        write(file, text);
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
