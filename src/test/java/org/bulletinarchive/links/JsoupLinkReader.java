package org.bulletinarchive.links;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A page's links read by a full HTML parse (Jsoup), to hold the link check's quick {@link TagScanner} reading to. */
final class JsoupLinkReader {

    private JsoupLinkReader() {
    }

    /** What {@link LinkReader#read} should read on {@code html}, the page {@code page} of the site at {@code site}. */
    static PageLinks read(Path site, Path page, String html) {
        Document doc = Jsoup.parse(html);
        String name = site.toAbsolutePath().normalize().relativize(page).toString().replace('\\', '/');
        List<String[]> references = new ArrayList<>();
        for (LinkReader.Reference ref : LinkReader.REFERENCES) {
            for (Element el : doc.select(ref.tag() + "[" + ref.attribute() + "]")) {
                // <a>, forms, canonical and alternate links are references a reader follows, not resources the page loads
                boolean reference = el.tagName().equals("a") || el.tagName().equals("form")
                        || (el.tagName().equals("link") && LinkReader.FOLLOWED_LINK.matcher(el.attr("rel")).matches());
                references.add(new String[] {el.attr(ref.attribute()), reference ? "reference" : null});
            }
        }
        List<String> styles = new ArrayList<>();
        for (Element el : doc.select("[style*=url(]")) {
            styles.add(el.attr("style"));
        }
        Set<String> ids = new HashSet<>();
        for (Element el : doc.select("[id]")) {
            ids.add(el.id());
        }
        for (Element el : doc.select("a[name]")) {
            ids.add(el.attr("name"));
        }
        return new PageLinks(page, name, ids, references, styles);
    }
}
