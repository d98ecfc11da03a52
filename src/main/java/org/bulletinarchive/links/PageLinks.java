package org.bulletinarchive.links;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.bulletinarchive.output.BuildState;

/**
 * What one page refers to, and the ids it offers, read once from its HTML (then the page is let go): {@code page} where
 * it is, {@code name} its path in the site, each reference as {link, "reference" for one a reader follows (a, form,
 * canonical or alternate link) or null for a resource the page loads}, and inline styles that load something.
 */
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
