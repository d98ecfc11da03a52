package org.bulletinarchive.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.bulletinarchive.bake.OriginalFiles;
import org.bulletinarchive.bake.SiteBaker;
import org.bulletinarchive.bake.Views;
import org.bulletinarchive.incremental.SiteOutput;

/**
 * The offline copy offered on the site itself: the site's zip, placed in the site as {@code download/<top>.zip} once it is
 * made (the zip does not hold it; the war does, see {@link SiteWar}), and offered on the home page with its size. That size depends on the
 * home page the zip holds. So the pages are rendered with the size of the last build's zip; once every other file of
 * the zip is compressed, the size is worked out from the home page as each size would render it, and the home page is
 * rendered again if it differs. It is worked out from no size on, never from the last build's, so the same content
 * always gives the same home page and the same zip, whatever was built before.
 */
public final class OfflineCopy {

    private final String top;
    private final String lastSize;

    /** The copy of a zip whose top folder is {@code top}; {@code lastZip} is the last build's zip, if there is one. */
    public OfflineCopy(String top, Path lastZip) {
        this.top = top;
        try {
            this.lastSize = Files.isRegularFile(lastZip) ? OriginalFiles.size(Files.size(lastZip)) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the zip is placed in the site. */
    public String path() {
        return path(top);
    }

    /** Where the zip whose top folder is {@code top} is placed in the site (and in the war). */
    public static String path(String top) {
        return "download/" + top + ".zip";
    }

    /** What the home page shows before the zip is made: the size of the last build's zip. */
    public Views.Download view() {
        return new Views.Download(path(), lastSize, top);
    }

    /** The home page as the zip holds it: rendered again by {@code baker} when the size it shows is not the zip's. */
    public SiteZip.SizedFile home(SiteBaker baker) {
        return new SiteZip.SizedFile("index.html", others -> {
            Map<String, byte[]> rendered = new HashMap<>();
            String size = size(others, label -> rendered.computeIfAbsent(label, l -> baker.home(l, false)));
            return size.equals(lastSize) ? rendered.get(size) : baker.home(size, true);
        });
    }

    /**
     * The size a home page shows of a zip that holds {@code others} bytes besides it, where {@code home} renders it for a
     * size: the size of the zip with the home page for no size, then for that size, until the home page holds its
     * zip's size (a few bytes more or less of one page rarely change the size shown; a size that never settles, which
     * would take a zip a few bytes from a rounding boundary, stops after eight rounds, as every build of it does).
     */
    static String size(long others, Function<String, byte[]> home) {
        String size = "";
        for (int round = 0; round < 8; round++) {
            String next = OriginalFiles.size(others + SiteZip.compressedSize(home.apply(size)));
            if (next.equals(size)) {
                break;
            }
            size = next;
        }
        return size;
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
