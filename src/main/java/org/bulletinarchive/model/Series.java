package org.bulletinarchive.model;

/**
 * A bulletin series (工作专报, 工作简报, 督查通报 …) as identified from its masthead.
 * {@code root} is the folder its issues live under, below content/ and the site root:
 * {@value #PRIMARY_ROOT} for the first series of an archive (so its URLs never move when
 * another series is added), {@code series/<slug>} for every later one.
 */
public record Series(String slug, String name, String root) {

    public static final String PRIMARY_ROOT = "issues";
    public static final String OTHER_ROOTS = "series";

    public Series {
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("series slug '" + slug + "' must be lower-case ASCII letters and digits joined by '-'");
        }
    }

    /** The root folder of a series that is not the archive's first: series/<slug>. */
    public static String otherRoot(String slug) {
        return OTHER_ROOTS + "/" + slug;
    }

    public boolean isPrimary() {
        return PRIMARY_ROOT.equals(root);
    }

    /** The folder of one issue, e.g. issues/2023/17 or series/ducha/2023/17. */
    public String issueFolder(int year, int number) {
        return root + "/" + year + "/" + number;
    }
}
