package org.bulletinarchive.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.bulletinarchive.files.Parallel;
import org.bulletinarchive.output.SiteOutput;

/**
 * Writes {@code X.gz} beside every text file X of the site (HTML, CSS, JS, XML, SVG, JSON, webmanifest), for servers
 * that send a file's .gz as it is to a browser that accepts gzip (nginx's {@code gzip_static}). A .gz is the file's
 * deflate stream as the site's zip already holds it, framed as gzip (RFC 1952) with no file name and time 0, so the
 * same file always gives the same .gz and nothing is compressed twice. Neither the zip nor the war carries them.
 */
public final class GzipFiles {

    /** The kinds of file that get a .gz: text that compresses; images, PDFs and zips are compressed already. */
    private static final Set<String> EXTENSIONS = Set.of("html", "css", "js", "xml", "svg", "json", "webmanifest");

    /** ID1 ID2 CM=deflate FLG=0 (no name, no comment, no extra) MTIME=0 XFL=0 OS=255 (unknown), as java.util.zip writes it. */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private GzipFiles() {
    }

    /** Whether the file {@code name} gets a .gz beside it. */
    public static boolean compressible(String name) {
        int dot = name.lastIndexOf('.');
        return dot > name.lastIndexOf('/') && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Writes through {@code output} the .gz of each compressible file of {@code names}, from its entry under {@code top/} in
     * {@code zip} (or from the bytes {@code published} gives for it, when the site's file is not the zip's); a .gz whose file
     * has the same bytes as when the published one was made is kept. Returns how many the site has.
     */
    public static int write(Path zip, String top, Collection<String> names, Map<String, byte[]> published, SiteOutput output) throws IOException {
        List<String> compressible = names.stream().filter(GzipFiles::compressible).toList();
        try (ZipFile source = ZipFile.builder().setPath(zip).get()) {
            Parallel.map(compressible, name -> {
                // the .gz is made from the file's bytes: the same bytes, the same .gz
                long hash = output.hash(name);
                long fingerprint = hash == 0 ? 1 : hash; // 0 means "no fingerprint"
                if (!output.unchanged(name + ".gz", fingerprint)) {
                    output.write(name + ".gz", published.containsKey(name) ? gzip(published.get(name)) : gzip(source, top + "/" + name), fingerprint);
                }
                return name;
            });
        }
        return compressible.size();
    }

    /** The .gz of {@code bytes}, compressed as the zip compresses a file. */
    private static byte[] gzip(byte[] bytes) {
        SiteZip.Packed packed = SiteZip.pack(SiteZip.Entry.ofBytes("", bytes));
        return frame(packed.deflated(), packed.crc(), packed.size());
    }

    private static byte[] gzip(ZipFile zip, String entryName) {
        ZipArchiveEntry entry = zip.getEntry(entryName);
        if (entry == null || entry.getMethod() != ZipArchiveEntry.DEFLATED) {
            throw new IllegalStateException(entryName + " is not deflated in the zip the .gz files are made from");
        }
        try (InputStream raw = zip.getRawInputStream(entry)) {
            return frame(raw.readAllBytes(), entry.getCrc(), entry.getSize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gzip member of one raw deflate stream: header, the stream, CRC-32 and size of what it inflates to (little-endian). */
    static byte[] frame(byte[] deflated, long crc, long size) {
        byte[] gz = new byte[HEADER.length + deflated.length + 8];
        System.arraycopy(HEADER, 0, gz, 0, HEADER.length);
        System.arraycopy(deflated, 0, gz, HEADER.length, deflated.length);
        int at = HEADER.length + deflated.length;
        for (int i = 0; i < 4; i++) {
            gz[at + i] = (byte) (crc >>> (8 * i));
            gz[at + 4 + i] = (byte) (size >>> (8 * i));
        }
        return gz;
    }
}
