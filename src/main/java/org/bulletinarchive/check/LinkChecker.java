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

    public LinkChecker(Path site) {
        this.site = site;
    }

    public List<Problem> check() {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Path, Document> docs = new HashMap<>();
        for (Path page : pages) {
            try {
                docs.put(page, Jsoup.parse(page.toFile(), "UTF-8"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        docs.forEach((page, doc) -> idsByPage.put(page, ids(doc)));
        List<Problem> problems = new ArrayList<>();
        for (Path page : pages) {
            Document doc = docs.get(page);
            String name = site.relativize(page).toString().replace('\\', '/');
            for (String[] ref : REFERENCES) {
                for (Element el : doc.select(ref[0])) {
                    // <a>, canonical and alternate links are references a reader follows, not resources the page loads
                    boolean reference = el.tagName().equals("a") || (el.tagName().equals("link") && el.attr("rel").matches("canonical|alternate"));
                    checkReference(name, page, el.attr(ref[1]), reference, problems);
                }
            }
            for (Element el : doc.select("[style*=url(]")) {
                problems.add(new Problem(name, el.attr("style"), "inline style loads a resource; use the stylesheet"));
            }
        }
        return problems;
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
            if (!Files.isRegularFile(target)) {
                problems.add(new Problem(name, link, Files.isDirectory(target) ? "points at a folder; link to its index.html" : "no such file in the site"));
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
