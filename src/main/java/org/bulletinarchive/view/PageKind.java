package org.bulletinarchive.view;

import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of page the site has, each with the template that renders it and the name templates know it by
 * ({@code page.kind}: the navigation marks 全部期次 on a timeline, a year and an issue alike). The build renders from
 * this list and {@code check} checks every template in it, so no template is known to one and not the other.
 */
public enum PageKind {
    HOME("home", "index.ftl"),
    TIMELINE("timeline", "timeline.ftl"),
    YEAR("timeline", "year.ftl"),
    ISSUE("issue", "issue.ftl"),
    ENTRY("entry", "entry.ftl"),
    SUBJECT_INDEX("subjects", "subjects.ftl"),
    SUBJECT("subject", "subject.ftl"),
    SEARCH("search", "search.ftl"),
    NOT_FOUND("404", "404.ftl"),
    FEED("feed", "feed.ftl"),
    /** A subject's items as an Atom feed (cities/<slug>.xml). */
    SUBJECT_FEED("feed", "subject-feed.ftl"),
    SITEMAP("sitemap", "sitemap.ftl"),
    /** An item's earlier address, leading to where it is now. */
    MOVED("moved", "moved.ftl");

    /** The template every page's template imports: the one page macro. */
    public static final String LAYOUT = "layout.ftl";

    private final String name;
    private final String template;

    PageKind(String name, String template) {
        this.name = name;
        this.template = template;
    }

    /** What templates call it (page.kind). */
    public String id() {
        return name;
    }

    public String template() {
        return template;
    }

    /** Every template the site needs: the layout and each kind's, once each. */
    public static List<String> templates() {
        List<String> all = new ArrayList<>(List.of(LAYOUT));
        for (PageKind kind : values()) {
            if (!all.contains(kind.template)) {
                all.add(kind.template);
            }
        }
        return List.copyOf(all);
    }

    /** Whether a page of this kind is an article (an issue or an item), as its share card says. */
    public boolean article() {
        return this == ISSUE || this == ENTRY;
    }
}
