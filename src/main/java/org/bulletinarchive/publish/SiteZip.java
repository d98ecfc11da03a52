package org.bulletinarchive.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
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

    /**
     * Writes {@code zip} with every file of {@code site} under the folder name {@code top}. The file is
     * written in place: callers write to a name of their own and rename it when whole (SiteSwap does).
     */
    public static int write(Path site, Path zip, String top) throws IOException {
        List<String> names;
        try (Stream<Path> walk = Files.walk(site)) {
            names = walk.filter(Files::isRegularFile).map(f -> site.relativize(f).toString().replace('\\', '/')).toList();
        }
        return write(names, site::resolve, Set.copyOf(names), null, zip, top);
    }

    /**
     * Writes {@code zip} with the files {@code names} (relative to the site root) under the folder name {@code top}, in
     * the same order and with the same bytes as {@link #write(Path, Path, String)} over the whole site: each file in
     * {@code changed} is read from where {@code where} finds it and compressed; every other one is copied, still
     * compressed, from {@code oldZip} (the zip of the published site), and only read and compressed when it is not there.
     */
    public static int write(Collection<String> names, Function<String, Path> where, Set<String> changed, Path oldZip, Path zip, String top)
            throws IOException {
        // the order of a walk of the site folder, sorted as paths
        Path root = Path.of("/");
        List<String> sorted = names.stream().sorted(java.util.Comparator.comparing(root::resolve)).toList();
        try (ZipFile old = oldZip != null && Files.isRegularFile(oldZip) ? ZipFile.builder().setPath(oldZip).get() : null) {
            List<Object> packed = Parallel.map(sorted, name -> {
                String entryName = top + "/" + name;
                ZipArchiveEntry before = changed.contains(name) || old == null ? null : old.getEntry(entryName);
                return before != null && before.getMethod() == ZipEntry.DEFLATED ? before : pack(entryName, where.apply(name));
            });
            try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(zip), 1 << 16))) {
                for (Object p : packed) {
                    if (p instanceof Packed fresh) {
                        z.addRawArchiveEntry(entry(fresh.name(), fresh.size(), fresh.deflated().length, fresh.crc()), new ByteArrayInputStream(fresh.deflated()));
                    } else {
                        ZipArchiveEntry before = (ZipArchiveEntry) p;
                        try (java.io.InputStream raw = old.getRawInputStream(before)) {
                            z.addRawArchiveEntry(entry(before.getName(), before.getSize(), before.getCompressedSize(), before.getCrc()), raw);
                        }
                    }
                }
            }
        }
        return sorted.size();
    }

    private static ZipArchiveEntry entry(String name, long size, long compressedSize, long crc) {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setSize(size);
        entry.setCompressedSize(compressedSize);
        entry.setCrc(crc);
        entry.setTime(FIXED_TIME);
        return entry;
    }

    private static Packed pack(String name, Path file) {
        try {
            byte[] data = Files.readAllBytes(file);
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
