package org.bulletinarchive.links;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads a page's links with {@link TagScanner}, as the pages stage renders it, so that the link check never reads a
 * page back from disk nor holds one in memory ({@code TagScannerIT} holds the reading equal to a full parse by Jsoup).
 * One array per distinct reference and one string per distinct id are shared by every page that has it: pages of one
 * depth link to the same navigation, so a million links at 10,000 entries are a few thousand distinct ones (at 100,000
 * entries, a copy per page would not fit in the heap). Safe to use from several threads.
 */
public final class LinkReader {

    /** An element that refers to a file by one attribute. */
    public record Reference(String tag, String attribute) {
    }

    /** The elements whose attribute names a file: in this order, a page's references are listed. */
    public static final List<Reference> REFERENCES = List.of(new Reference("a", "href"), new Reference("link", "href"),
            new Reference("script", "src"), new Reference("img", "src"), new Reference("source", "src"), new Reference("iframe", "src"),
            new Reference("form", "action"), new Reference("use", "href"));

    /** A {@code <link rel>} a reader follows (a reference), not a resource the page loads. */
    public static final Pattern FOLLOWED_LINK = Pattern.compile("canonical|alternate");

    /** The attributes read: those of {@link #REFERENCES}, rel, the anchors' id and name, and style. */
    private static final List<String> READ = List.of("href", "src", "action", "rel", "id", "name", "style");

    private final Path site;
    private final Map<String, String[]> distinctReferences = new ConcurrentHashMap<>();
    private final Map<String, String> distinctIds = new ConcurrentHashMap<>();

    /** A reader of the pages of the site folder {@code site}. */
    public LinkReader(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    /** The links of the page {@code page} (a file in the site folder), whose HTML is {@code html}. */
    public PageLinks read(Path page, String html) {
        Path p = page.toAbsolutePath().normalize();
        String name = site.relativize(p).toString().replace('\\', '/');
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
                    boolean followed = tag.equals("a") || tag.equals("form")
                            || (tag.equals("link") && FOLLOWED_LINK.matcher(attributes.getOrDefault("rel", "")).matches());
                    byKind.get(k).add(reference(attributes.get(attribute), followed));
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
        return new PageLinks(p, name, ids, references, styles);
    }

    private String[] reference(String link, boolean followed) {
        return distinctReferences.computeIfAbsent((followed ? "r " : "l ") + link, k -> new String[] {link, followed ? "reference" : null});
    }

    private String id(String id) {
        return distinctIds.computeIfAbsent(id, k -> k);
    }
}
