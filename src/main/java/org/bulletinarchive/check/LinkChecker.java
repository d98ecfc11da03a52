package org.bulletinarchive.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bulletinarchive.files.Parallel;
import org.bulletinarchive.output.BuildState;

/**
 * Reads every built HTML page (with {@link TagScanner}) and reports each internal link, anchor or asset that
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

    /** An element that refers to a file by one attribute. */
    record Reference(String tag, String attribute) {
    }

    static final List<Reference> REFERENCES = List.of(new Reference("a", "href"), new Reference("link", "href"),
            new Reference("script", "src"), new Reference("img", "src"), new Reference("source", "src"), new Reference("iframe", "src"),
            new Reference("form", "action"), new Reference("use", "href"));

    /** The attributes the check reads: those of {@link #REFERENCES}, rel, the anchors' id and name, and style. */
    private static final List<String> READ = List.of("href", "src", "action", "rel", "id", "name", "style");

    private final Path site;
    private final Map<String, Set<String>> idsByPage = new HashMap<>();
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    /** A {@code <link rel>} a reader follows (a reference), not a resource the page loads. */
    static final Pattern FOLLOWED_LINK = Pattern.compile("canonical|alternate");
    /** A path that needs no decoding: letters, digits and the punctuation file names here use. */
    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9._/-]*");
    /** Every file and folder of the site, by path relative to its root ("" is the root). */
    private final Set<String> files = new HashSet<>();
    private final Set<String> folders = new HashSet<>();

    public LinkChecker(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    /** What one page refers to, and the ids it offers: read once, then the parsed page is let go. */
    public record PageLinks(Path page, String name, Set<String> ids, List<String[]> references, List<String> inlineStyles) {
        /** The links of a page as the last build's state kept them, for the page at {@code page} named {@code name}. */
        public static PageLinks kept(Path page, String name, BuildState.Links links) {
            return new PageLinks(page, name, links.ids(), links.references(), links.inlineStyles());
        }

        /** These links as the build's state keeps them, without the page's place on disk. */
        public BuildState.Links toKeep() {
            return new BuildState.Links(ids, references, inlineStyles);
        }

    }

    private final Map<Path, PageLinks> seen = new ConcurrentHashMap<>();
    /**
     * One array per distinct reference and one string per distinct id, shared by every page that has it: pages of one
     * depth link to the same navigation, so a million links at 10,000 entries are a few thousand distinct ones, and
     * the link check holds them once (at 100,000 entries, a copy per page would not fit in the heap).
     */
    private final Map<String, String[]> distinctReferences = new ConcurrentHashMap<>();
    private final Map<String, String> distinctIds = new ConcurrentHashMap<>();

    private String[] reference(String link, boolean followed) {
        return distinctReferences.computeIfAbsent((followed ? "r " : "l ") + link, k -> new String[] {link, followed ? "reference" : null});
    }

    private String id(String id) {
        return distinctIds.computeIfAbsent(id, k -> k);
    }
    private final Map<String, PageLinks> checked = new TreeMap<>();

    /** Reads a page as it is written (any thread); {@link #check} then need not read it from disk. */
    public void accept(Path page, String html) {
        Path p = page.toAbsolutePath().normalize();
        seen.put(p, scan(p, html));
    }

    /** Checks every page of the site folder as it is on disk (or as it was handed to {@link #accept}). */
    public List<Problem> check() {
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).forEach(p -> names.add(site.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return check(names, name -> null, site::resolve);
    }

    /**
     * Checks the site made of {@code names} (every file, relative to the site root): each page's links as handed to
     * {@link #accept}, else as {@code known} gives them (a page kept from the last build), else read from the file
     * {@code where} finds for it.
     */
    public List<Problem> check(Collection<String> names, Function<String, PageLinks> known,
            Function<String, Path> where) {
        List<Path> pages = new ArrayList<>();
        for (String name : names) {
            files.add(name);
            for (int slash = name.lastIndexOf('/'); slash > 0 && folders.add(name.substring(0, slash)); slash = name.lastIndexOf('/', slash - 1)) {
                // every folder up to the root
            }
            if (name.endsWith(".html")) {
                pages.add(site.resolve(name).normalize());
            }
        }
        pages.sort(null);
        // parsing is the cost: both cores read the pages not read before, and only links and ids are kept
        List<PageLinks> read = Parallel.map(pages, p -> {
            PageLinks links = seen.get(p);
            if (links != null) {
                return links;
            }
            String name = site.relativize(p).toString().replace('\\', '/');
            PageLinks kept = known.apply(name);
            return kept != null ? kept : read(where.apply(name), p);
        });
        read.forEach(r -> idsByPage.put(r.name(), r.ids()));
        read.forEach(r -> checked.put(r.name(), r));
        // a million links at 10,000 entries: checked on both cores, reported in page order
        List<Problem> problems = new ArrayList<>();
        Parallel.map(read, r -> {
            List<Problem> found = new ArrayList<>();
            for (String[] ref : r.references()) {
                checkReference(r.name(), ref[0], ref[1] != null, found);
            }
            for (String style : r.inlineStyles()) {
                found.add(new Problem(r.name(), style, "inline style loads a resource; use the stylesheet"));
            }
            return found;
        }).forEach(problems::addAll);
        return problems;
    }

    /** Every page checked, by path relative to the site root, with what was read on it. */
    public Map<String, PageLinks> pages() {
        return checked;
    }

    /** A page read from {@code file}, known in the site as {@code page}. */
    private PageLinks read(Path file, Path page) {
        try {
            return scan(page, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The references, ids and inline styles of a page, read by {@link TagScanner} (the tests hold it equal to a full parse). */
    PageLinks scan(Path page, String html) {
        String name = site.relativize(page).toString().replace('\\', '/');
        List<List<String[]>> byKind = new ArrayList<>();
        for (int k = 0; k < REFERENCES.size(); k++) {
            byKind.add(new ArrayList<>());
        }
        Set<String> ids = new HashSet<>();
        List<String> styles = new ArrayList<>();
        TagScanner.scan(html, READ, (tag, attributes) -> {
            for (int k = 0; k < REFERENCES.size(); k++) {
                String attribute = REFERENCES.get(k).attribute();
                if (tag.equals(REFERENCES.get(k).tag()) && attributes.containsKey(attribute)) {
                    boolean reference = tag.equals("a") || tag.equals("form") || (tag.equals("link") && FOLLOWED_LINK.matcher(attributes.getOrDefault("rel", "")).matches());
                    byKind.get(k).add(reference(attributes.get(attribute), reference));
                }
            }
            if (attributes.containsKey("id")) {
                ids.add(id(attributes.get("id")));
            }
            if (tag.equals("a") && attributes.containsKey("name")) {
                ids.add(id(attributes.get("name")));
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

    private void checkReference(String name, String link, boolean isAnchor, List<Problem> problems) {
        if (link.isEmpty()) {
            problems.add(new Problem(name, link, "empty link"));
            return;
        }
        if (link.startsWith("mailto:") || link.startsWith("tel:")) {
            return;
        }
        if (link.startsWith("//") || SCHEME.matcher(link).matches()) {
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
        String target = name;
        if (!pathPart.isEmpty()) {
            if (pathPart.endsWith("/")) {
                problems.add(new Problem(name, link, "points at a folder; link to its index.html (folders do not open from file://)"));
                return;
            }
            String decoded = pathPart;
            if (!PLAIN_PATH.matcher(pathPart).matches()) {
                try {
                    decoded = new URI(pathPart).getPath();
                } catch (URISyntaxException e) {
                    problems.add(new Problem(name, link, "not a valid relative URL"));
                    return;
                }
            }
            target = resolve(name, decoded);
            if (target == null) {
                problems.add(new Problem(name, link, "points outside the site"));
                return;
            }
            if (!files.contains(target)) {
                problems.add(new Problem(name, link, folders.contains(target) || target.isEmpty() ? "points at a folder; link to its index.html" : "no such file in the site"));
                return;
            }
        }
        if (fragment != null && !fragment.isEmpty() && target.endsWith(".html")) {
            Set<String> ids = idsByPage.get(target);
            if (ids != null && !ids.contains(fragment)) {
                problems.add(new Problem(name, link, "no element with id '" + fragment + "' on " + target));
            }
        }
    }

    /** {@code relative} (a decoded path) from the folder of the page {@code page}, as a path from the site root; null when outside. */
    static String resolve(String page, String relative) {
        ArrayDeque<String> parts = new ArrayDeque<>();
        int slash = page.lastIndexOf('/');
        if (slash > 0) {
            for (String s : page.substring(0, slash).split("/")) {
                parts.addLast(s);
            }
        }
        for (String s : relative.split("/", -1)) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(s);
            }
        }
        return String.join("/", parts);
    }
}
