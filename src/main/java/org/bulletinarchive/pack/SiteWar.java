package org.bulletinarchive.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bulletinarchive.publish.OutputFolder;

/**
 * Packs the built site into a web application archive for Tomcat, TongWeb or any servlet container:
 * the site's files at the top, {@code WEB-INF/web.xml} (welcome file index.html, 404.html for a
 * missing page, UTF-8, the site's MIME types), {@code WEB-INF/tomcat-web.xml} (Tomcat only: browsers
 * revalidate by a hash of each file, since every file carries the same fixed time) and the build's marker
 * under WEB-INF, where no server serves it; and last, when asked ({@code war.offline_copy=true}), the offline copy the
 * home page offers, the site's zip as it is ({@link OfflineCopy}), so that its link works on Tomcat too: it would hold
 * the site a second time, so by default the war leaves it out and its home page says where to get one. Not the .gz
 * files, which Tomcat does not use. Written like the zip, so the same site always gives the same bytes.
 */
public final class SiteWar {

    private SiteWar() {
    }

    /**
     * Writes {@code war} from {@code site}, whose zip's top folder is {@code top}: its files but the .gz ones, and its offline
     * copy last when it has one; returns how many files the war holds. Written in place, as SiteZip.write.
     */
    public static int write(Path site, String top, Path war) throws IOException {
        List<SiteZip.Entry> entries = new ArrayList<>(descriptors());
        for (SiteZip.Entry entry : SiteZip.entries(site, "")) {
            if (!entry.name().endsWith(".gz") && !entry.name().equals(OfflineCopy.path(top))) {
                entries.add(SiteZip.Entry.ofFile(inWar(entry.name()), entry.file()));
            }
        }
        Path copy = site.resolve(OfflineCopy.path(top));
        return SiteZip.write(entries, Files.isRegularFile(copy) ? List.of(new SiteZip.Stored(OfflineCopy.path(top), copy)) : List.of(), war);
    }

    /**
     * Writes {@code war} from the site's zip (its files under {@code top/}), copying each file as it is compressed there: the
     * same bytes as {@link #write(Path, String, Path)} from the site with its offline copy, without compressing it twice. The
     * files named in {@code published} (the home page, which the site shows with the zip's size) get the bytes the site has
     * rather than those the zip holds; {@code withCopy}: the zip itself goes in last, as the site's offline copy.
     */
    public static int fromZip(Path zip, String top, Map<String, byte[]> published, boolean withCopy, Path war) throws IOException {
        return SiteZip.copy(zip, name -> name.startsWith(top + "/") ? inWar(name.substring(top.length() + 1)) : null, published, descriptors(),
                withCopy ? List.of(new SiteZip.Stored(OfflineCopy.path(top), zip)) : List.of(), war);
    }

    private static List<SiteZip.Entry> descriptors() {
        return List.of(SiteZip.Entry.ofBytes("WEB-INF/tomcat-web.xml", descriptor("tomcat-web.xml")),
                SiteZip.Entry.ofBytes("WEB-INF/web.xml", descriptor("web.xml")));
    }

    /** A file of the site in the war: where it is, but the marker under WEB-INF. */
    private static String inWar(String name) {
        return name.equals(OutputFolder.MARKER) ? OutputFolder.WAR_MARKER : name;
    }

    /** A deployment descriptor the war carries under WEB-INF, the same for every site: web.xml, tomcat-web.xml. */
    public static byte[] descriptor(String name) {
        try (InputStream in = SiteWar.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
