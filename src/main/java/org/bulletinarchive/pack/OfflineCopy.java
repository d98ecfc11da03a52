package org.bulletinarchive.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletinarchive.output.SiteOutput;
import org.bulletinarchive.render.OriginalFiles;
import org.bulletinarchive.render.SiteBaker;
import org.bulletinarchive.view.Views;

/**
 * The offline copy offered on the site itself: the site's zip, placed in the site as {@code download/<top>.zip} once it is
 * made (the zip does not hold it; the war does only with war.offline_copy, see {@link SiteWar}), and offered on the home
 * page with its size. The zip holds the home page without the size, so its bytes never depend on themselves: the pages
 * are rendered once, the zip is made, and then the home page is rendered again with the zip's size for the published
 * site, its .gz and (with the copy) its war. In the unzipped copy the home page says 你正在阅读离线版 in place of the
 * link anyway.
 */
public final class OfflineCopy {

    /** The home page's path in the site. */
    public static final String HOME = "index.html";

    private final String top;
    /** The size the published home page shows: that of the last build's zip ("" when there is none). */
    private final String publishedSize;

    /** The copy of a zip whose top folder is {@code top}; {@code lastZipBytes}: the size of the last build's (-1: none). */
    public OfflineCopy(String top, long lastZipBytes) {
        this.top = top;
        this.publishedSize = lastZipBytes >= 0 ? OriginalFiles.size(lastZipBytes) : "";
    }

    /** Where the zip is placed in the site. */
    public String path() {
        return path(top);
    }

    /** Where the zip whose top folder is {@code top} is placed in the site (and in the war). */
    public static String path(String top) {
        return "download/" + top + ".zip";
    }

    /** What the home page shows before the zip is made, and in the zip: the copy, without its size. */
    public Views.Download view() {
        return new Views.Download(path(), "", top);
    }

    /**
     * The home page as the published site shows it, with the size of {@code zip}: rendered again by {@code baker} and
     * written, unless the published one was made from the same inputs and shows the same size (then null: it stays).
     */
    public byte[] home(SiteBaker baker, Path zip) {
        try {
            String size = OriginalFiles.size(Files.size(zip));
            return !baker.homeRendered() && size.equals(publishedSize) ? null : baker.home(size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Places the site's {@code zip}, as made, in the site. */
    public void publish(Path zip, SiteOutput output) {
        try {
            output.write(path(), Files.readAllBytes(zip), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
