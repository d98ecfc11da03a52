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

    private final Path site;
    private final Map<Path, Set<String>> idsByPage = new HashMap<>();
    private final Set<Path> files = new HashSet<>();
    private final Set<Path> folders = new HashSet<>();

    public LinkChecker(Path site) {
        this.site = site;
    }

    /** What one page refers to, and the ids it offers: read once, then the parsed page is let go. */
    private record PageLinks(Path page, String name, Set<String> ids, List<String[]> references, List<String> inlineStyles) {
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
        List<PageLinks> read = org.bulletinarchive.files.Parallel.map(pages, this::read);
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
        Document doc;
        try {
            doc = Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = site.relativize(page).toString().replace('\\', '/');
        List<String[]> references = new ArrayList<>();
        for (String[] ref : REFERENCES) {
            for (Element el : doc.select(ref[0])) {
                // <a>, canonical and alternate links are references a reader follows, not resources the page loads
                boolean reference = el.tagName().equals("a") || (el.tagName().equals("link") && el.attr("rel").matches("canonical|alternate"));
                references.add(new String[] {el.attr(ref[1]), reference ? "reference" : null});
            }
        }
        List<String> styles = new ArrayList<>();
        for (Element el : doc.select("[style*=url(]")) {
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
        for (Element el : doc.select("[id]")) {
            ids.add(el.id());
        }
        for (Element el : doc.select("a[name]")) {
            ids.add(el.attr("name"));
        }
        return ids;
    }
}
