package org.bulletinarchive.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.bulletinarchive.files.Parallel;

/**
 * Packs the built site into a zip for offline reading (unzip, open index.html). Entries are
 * sorted and carry a fixed time, so the same site always gives the same bytes. Files are read
 * and compressed on every core, then written one after the other in order.
 */
public final class SiteZip {

    /** 2000-01-01 00:00 as a DOS date, what every entry carries. */
    private static final long FIXED_TIME = java.time.LocalDateTime.of(2000, 1, 1, 0, 0)
            .atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();

    private SiteZip() {
    }

    /** One file, compressed. */
    private record Packed(String name, long size, long crc, byte[] deflated) {
    }

    /** One entry to write: its name in the archive and its bytes, read from {@code file} unless given. */
    public record Entry(String name, Path file, byte[] bytes) {

        public static Entry ofFile(String name, Path file) {
            return new Entry(name, file, null);
        }

        public static Entry ofBytes(String name, byte[] bytes) {
            return new Entry(name, null, bytes);
        }
    }

    /**
     * Writes {@code zip} with every file of {@code site} under the folder name {@code top}. The file is
     * written in place: callers write to a name of their own and rename it when whole (SiteSwap does).
     */
    public static int write(Path site, Path zip, String top) throws IOException {
        return write(entries(site, top + "/"), zip);
    }

    /** Every file of {@code site}, in path order, named {@code prefix} + its path inside the site with '/'. */
    public static List<Entry> entries(Path site, String prefix) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).sorted()
                    .map(file -> Entry.ofFile(prefix + site.relativize(file).toString().replace('\\', '/'), file)).toList();
        }
    }

    /** Writes {@code zip} with {@code entries} in their order, each with the fixed time; returns how many. */
    public static int write(List<Entry> entries, Path zip) throws IOException {
        List<Packed> packed = Parallel.map(entries, SiteZip::pack);
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(zip), 1 << 16))) {
            for (Packed p : packed) {
                ZipArchiveEntry entry = new ZipArchiveEntry(p.name());
                entry.setMethod(ZipEntry.DEFLATED);
                entry.setSize(p.size());
                entry.setCompressedSize(p.deflated().length);
                entry.setCrc(p.crc());
                entry.setTime(FIXED_TIME);
                z.addRawArchiveEntry(entry, new ByteArrayInputStream(p.deflated()));
            }
        }
        return entries.size();
    }

    private static Packed pack(Entry item) {
        String name = item.name();
        try {
            byte[] data = item.bytes() != null ? item.bytes() : Files.readAllBytes(item.file());
            CRC32 crc = new CRC32();
            crc.update(data);
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            try {
                deflater.setInput(data);
                deflater.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 3));
                byte[] buffer = new byte[8192];
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
                return new Packed(name, data.length, crc.getValue(), out.toByteArray());
            } finally {
                deflater.end();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
