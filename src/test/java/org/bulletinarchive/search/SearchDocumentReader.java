package org.bulletinarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the entries of a built site from the regions its templates mark with data-search-* attributes. */
public final class SearchDocumentReader {

    private SearchDocumentReader() {
    }

    /** Every [data-search-doc] page under the site root, sorted by url. */
    public static List<SearchDocument> read(Path siteRoot) {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(siteRoot)) {
            pages = files.filter(p -> p.getFileName().toString().endsWith(".html") && Files.isRegularFile(p))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages.parallelStream()
                .map(page -> readPage(siteRoot, page))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(SearchDocument::url))
                .toList();
    }

    /** The document of one page, or null when the page is not marked as one. */
    static SearchDocument readPage(Path siteRoot, Path page) {
        String html;
        try {
            html = Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!html.contains("data-search-doc")) {
            return null; // most pages are not entries: skip the parse
        }
        Document dom = Jsoup.parse(html);
        Element doc = dom.selectFirst("[data-search-doc]");
        if (doc == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Element region : doc.select("[data-search-text]")) {
            List<Element> paragraphs = region.select("p, li, h2, h3, h4, blockquote, td");
            List<Element> blocks = paragraphs.stream().filter(p -> p.parents().stream().noneMatch(paragraphs::contains)).toList();
            if (blocks.isEmpty()) {
                append(text, region.text());
            }
            for (Element block : blocks) {
                append(text, block.text());
            }
        }
        String url = siteRoot.relativize(page).toString().replace('\\', '/');
        return new SearchDocument(url, doc.attr("data-search-title").strip(), doc.attr("data-search-subject").strip(),
                doc.attr("data-search-subject-slug").strip(), doc.attr("data-search-series").strip(),
                doc.attr("data-search-series-name").strip(), number(page, doc, "data-search-issue"),
                number(page, doc, "data-search-year"), doc.attr("data-search-date").strip(),
                doc.attr("data-search-section").strip(), text.toString());
    }

    private static void append(StringBuilder text, String paragraph) {
        String p = paragraph.strip();
        if (!p.isEmpty()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(p);
        }
    }

    private static int number(Path page, Element doc, String attribute) {
        String value = doc.attr(attribute).strip();
        if (value.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidSearchDocumentException(page, attribute + "=\"" + value + "\" is not a number");
        }
    }
}
