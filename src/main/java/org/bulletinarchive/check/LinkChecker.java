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
import org.bulletinarchive.links.LinkReader;
import org.bulletinarchive.links.PageLinks;

/**
 * Checks the links every page of a built site was read to have ({@link LinkReader}), and reports each internal link, anchor or asset that
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

    private final Path site;
    private final Map<String, Set<String>> idsByPage = new HashMap<>();
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    /** A path that needs no decoding: letters, digits and the punctuation file names here use. */
    private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9._/-]*");
    /** Every file and folder of the site, by path relative to its root ("" is the root). */
    private final Set<String> files = new HashSet<>();
    private final Set<String> folders = new HashSet<>();

    public LinkChecker(Path site) {
        this.site = site.toAbsolutePath().normalize();
        this.reader = new LinkReader(this.site);
    }

    private final LinkReader reader;
    private final Map<String, PageLinks> checked = new TreeMap<>();

    /** Checks every page of the site folder as it is on disk (or as it was handed to {@link #accept}). */
    public List<Problem> check() {
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).forEach(p -> names.add(site.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return check(names, Map.of(), name -> null, site::resolve);
    }

    /**
     * Checks the site made of {@code names} (every file, relative to the site root): each page's links as {@code read}
     * holds them (read by the pages stage as it rendered them, by name), else as {@code known} gives them (a page kept
     * from the last build), else read from the file {@code where} finds for it.
     */
    public List<Problem> check(Collection<String> names, Map<String, PageLinks> read, Function<String, PageLinks> known,
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
        List<PageLinks> all = Parallel.map(pages, p -> {
            String name = site.relativize(p).toString().replace('\\', '/');
            PageLinks links = read.get(name);
            if (links != null) {
                return links;
            }
            PageLinks kept = known.apply(name);
            return kept != null ? kept : read(where.apply(name), p);
        });
        all.forEach(r -> idsByPage.put(r.name(), r.ids()));
        all.forEach(r -> checked.put(r.name(), r));
        // a million links at 10,000 entries: checked on both cores, reported in page order
        List<Problem> problems = new ArrayList<>();
        Parallel.map(all, r -> {
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
            return reader.read(page, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
