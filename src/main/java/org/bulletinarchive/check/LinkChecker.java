package org.bulletinarchive.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads every built HTML page with Jsoup and reports each internal link, anchor or asset that
 * does not resolve to a file, each link to a folder (which breaks from file://), and each
 * reference that would make the browser load something from another host.
 */
public final class LinkChecker {

    /** One broken reference: the page it is on, the attribute value and what is wrong. */
    public record Problem(String page, String link, String reason) {
        @Override
        public String toString() {
            return page + ": " + link + " — " + reason;
        }
    }

    private static final String[][] REFERENCES = {
            {"a[href]", "href"}, {"link[href]", "href"}, {"script[src]", "src"}, {"img[src]", "src"},
            {"source[src]", "src"}, {"iframe[src]", "src"}, {"form[action]", "action"}, {"use[href]", "href"}};

    /**
     * The selectors, parsed once: Jsoup parses a selector string on every select() call, and that
     * (clearing its buffer each time) cost more than parsing the pages themselves.
     */
    private static final org.jsoup.select.Evaluator[] REFERENCE_SELECTORS = java.util.Arrays.stream(REFERENCES)
            .map(r -> org.jsoup.select.QueryParser.parse(r[0])).toArray(org.jsoup.select.Evaluator[]::new);
    private static final org.jsoup.select.Evaluator INLINE_STYLE_URL = org.jsoup.select.QueryParser.parse("[style*=url(]");
    private static final org.jsoup.select.Evaluator HAS_ID = org.jsoup.select.QueryParser.parse("[id]");
    private static final org.jsoup.select.Evaluator NAMED_ANCHOR = org.jsoup.select.QueryParser.parse("a[name]");

    private final Path site;
    private final Map<Path, Set<String>> idsByPage = new HashMap<>();
    private final Set<Path> files = new HashSet<>();
    private final Set<Path> folders = new HashSet<>();

    public LinkChecker(Path site) {
        this.site = site;
    }

    /** What one page refers to, and the ids it offers: read once, then the parsed page is let go. */
    record PageLinks(Path page, String name, Set<String> ids, List<String[]> references, List<String> inlineStyles) {
    }

    private final Map<Path, PageLinks> seen = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Path, Long> seenBytes = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Reads a page as it is written (any thread); {@link #check()} then need not read it from disk,
     * unless the file changed since (the search stage rewrites search.html).
     */
    public void accept(Path page, String html) {
        Path p = page.toAbsolutePath().normalize();
        seen.put(p, scan(p, html));
        seenBytes.put(p, (long) html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    private boolean unchangedSinceSeen(Path page) {
        try {
            Long bytes = seenBytes.get(page);
            return bytes != null && Files.size(page) == bytes;
        } catch (IOException e) {
            return false;
        }
    }

    public List<Problem> check() {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.forEach(p -> {
                if (Files.isDirectory(p)) {
                    folders.add(p);
                } else {
                    files.add(p);
                    if (p.toString().endsWith(".html")) {
                        pages.add(p);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages.sort(null);
        // parsing is the cost: both cores read pages, and only links and ids are kept, never the documents
        List<PageLinks> read = org.bulletinarchive.files.Parallel.map(pages, p -> {
            Path key = p.toAbsolutePath().normalize();
            PageLinks known = seen.get(key);
            return known != null && known.page().equals(p) && unchangedSinceSeen(key) ? known : read(p);
        });
        read.forEach(r -> idsByPage.put(r.page(), r.ids()));
        List<Problem> problems = new ArrayList<>();
        for (PageLinks r : read) {
            for (String[] ref : r.references()) {
                checkReference(r.name(), r.page(), ref[0], ref[1] != null, problems);
            }
            for (String style : r.inlineStyles()) {
                problems.add(new Problem(r.name(), style, "inline style loads a resource; use the stylesheet"));
            }
        }
        return problems;
    }

    private PageLinks read(Path page) {
        try {
            return read(page, Jsoup.parse(page.toFile(), "UTF-8"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same reading as {@link #read(Path, Document)}, by {@link TagScanner} instead of a full parse. */
    PageLinks scan(Path page, String html) {
        String name = site.relativize(page).toString().replace('\\', '/');
        List<List<String[]>> byKind = new ArrayList<>();
        for (int k = 0; k < REFERENCES.length; k++) {
            byKind.add(new ArrayList<>());
        }
        Set<String> ids = new HashSet<>();
        List<String> styles = new ArrayList<>();
        TagScanner.scan(html, (tag, attributes) -> {
            for (int k = 0; k < REFERENCES.length; k++) {
                String selectorTag = REFERENCES[k][0].substring(0, REFERENCES[k][0].indexOf('['));
                String attribute = REFERENCES[k][1];
                if (tag.equals(selectorTag) && attributes.containsKey(attribute)) {
                    boolean reference = tag.equals("a") || (tag.equals("link") && attributes.getOrDefault("rel", "").matches("canonical|alternate"));
                    byKind.get(k).add(new String[] {attributes.get(attribute), reference ? "reference" : null});
                }
            }
            if (attributes.containsKey("id")) {
                ids.add(attributes.get("id"));
            }
            if (tag.equals("a") && attributes.containsKey("name")) {
                ids.add(attributes.get("name"));
            }
            String style = attributes.get("style");
            if (style != null && style.contains("url(")) {
                styles.add(style);
            }
        });
        List<String[]> references = new ArrayList<>();
        byKind.forEach(references::addAll);
        return new PageLinks(page, name, ids, references, styles);
    }

    /** How a page is read from disk (a page the build did not render itself): with Jsoup. */
    PageLinks readWithJsoup(Path page, String html) {
        return read(page, Jsoup.parse(html));
    }

    private PageLinks read(Path page, Document doc) {
        String name = site.relativize(page).toString().replace('\\', '/');
        List<String[]> references = new ArrayList<>();
        for (int k = 0; k < REFERENCES.length; k++) {
            String[] ref = REFERENCES[k];
            for (Element el : doc.select(REFERENCE_SELECTORS[k])) {
                // <a>, canonical and alternate links are references a reader follows, not resources the page loads
                boolean reference = el.tagName().equals("a") || (el.tagName().equals("link") && el.attr("rel").matches("canonical|alternate"));
                references.add(new String[] {el.attr(ref[1]), reference ? "reference" : null});
            }
        }
        List<String> styles = new ArrayList<>();
        for (Element el : doc.select(INLINE_STYLE_URL)) {
            styles.add(el.attr("style"));
        }
        return new PageLinks(page, name, ids(doc), references, styles);
    }

    private void checkReference(String name, Path page, String link, boolean isAnchor, List<Problem> problems) {
        if (link.isEmpty()) {
            problems.add(new Problem(name, link, "empty link"));
            return;
        }
        if (link.startsWith("mailto:") || link.startsWith("tel:")) {
            return;
        }
        if (link.startsWith("//") || link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            if (!isAnchor) {
                problems.add(new Problem(name, link, "loads a resource from another host or scheme; pages must work offline"));
            }
            return;
        }
        if (link.startsWith("/")) {
            problems.add(new Problem(name, link, "absolute path; links must be relative so the site works under any sub-path and from file://"));
            return;
        }
        String pathPart = link;
        String fragment = null;
        int hash = link.indexOf('#');
        if (hash >= 0) {
            pathPart = link.substring(0, hash);
            fragment = link.substring(hash + 1);
        }
        int query = pathPart.indexOf('?');
        if (query >= 0) {
            pathPart = pathPart.substring(0, query);
        }
        Path target = page;
        if (!pathPart.isEmpty()) {
            if (pathPart.endsWith("/")) {
                problems.add(new Problem(name, link, "points at a folder; link to its index.html (folders do not open from file://)"));
                return;
            }
            String decoded;
            try {
                decoded = new URI(pathPart).getPath();
            } catch (URISyntaxException e) {
                problems.add(new Problem(name, link, "not a valid relative URL"));
                return;
            }
            target = page.getParent().resolve(decoded).normalize();
            if (!target.startsWith(site)) {
                problems.add(new Problem(name, link, "points outside the site"));
                return;
            }
            if (!files.contains(target)) {
                problems.add(new Problem(name, link, folders.contains(target) ? "points at a folder; link to its index.html" : "no such file in the site"));
                return;
            }
        }
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")) {
            Set<String> ids = idsByPage.get(target);
            if (ids != null && !ids.contains(fragment)) {
                problems.add(new Problem(name, link, "no element with id '" + fragment + "' on " + site.relativize(target)));
            }
        }
    }

    private static Set<String> ids(Document doc) {
        Set<String> ids = new HashSet<>();
        for (Element el : doc.select(HAS_ID)) {
            ids.add(el.id());
        }
        for (Element el : doc.select(NAMED_ANCHOR)) {
            ids.add(el.attr("name"));
        }
        return ids;
    }
}
