package org.bulletinarchive.pack;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.bulletinarchive.files.Parallel;
import org.bulletinarchive.output.CompressedFiles;

/**
 * Packs the built site into a zip for offline reading (unzip, open index.html). Entries are
 * sorted and carry a fixed time, so the same site always gives the same bytes. Files are read
 * and compressed on every core, then written one after the other in order.
 */
public final class SiteZip {

    /** 2000-01-01 00:00 as a DOS date, what every entry carries. */
    private static final long FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0)
            .atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();

    private SiteZip() {
    }

    /** One file, compressed: its name, size and CRC-32, and its raw deflate stream. */
    record Packed(String name, long size, long crc, byte[] deflated) {
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

    /** Every file of {@code site}, in path order, named {@code prefix} + its path inside the site with '/'. */
    public static List<Entry> entries(Path site, String prefix) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).sorted()
                    .map(file -> Entry.ofFile(prefix + site.relativize(file).toString().replace('\\', '/'), file)).toList();
        }
    }

    /** Writes {@code zip} with {@code entries} in their order, each compressed, with the fixed time; returns how many. */
    public static int write(List<Entry> entries, Path zip) throws IOException {
        return write(entries, List.of(), zip);
    }

    /** As {@link #write(List, Path)}, with {@code last} after the entries, stored as they are. */
    public static int write(List<Entry> entries, List<Stored> last, Path zip) throws IOException {
        List<Packed> packed = Parallel.map(entries, SiteZip::pack);
        try (ZipArchiveOutputStream z = output(zip)) {
            for (Packed p : packed) {
                add(z, p);
            }
            for (Stored stored : last) {
                addStored(z, stored);
            }
        }
        return entries.size() + last.size();
    }

    /** A file put into an archive as it is, not compressed again (a zip): {@code name} in the archive. */
    public record Stored(String name, Path file) {
    }

    /**
     * Writes {@code to} with the entries of {@code from} as they are compressed there, renamed by {@code rename} (null: left
     * out), after {@code first} (compressed here) and before {@code last} (stored): so the war is made from the zip without
     * compressing the site again. The entries whose new names {@code replaced} holds are compressed here, in their places,
     * from the bytes it gives.
     */
    public static int copy(Path from, UnaryOperator<String> rename, Map<String, byte[]> replaced, List<Entry> first, List<Stored> last,
            Path to) throws IOException {
        int count = 0;
        try (ZipFile source = ZipFile.builder().setPath(from).get(); ZipArchiveOutputStream z = output(to)) {
            for (Entry e : first) {
                add(z, pack(e));
                count++;
            }
            for (ZipArchiveEntry e : Collections.list(source.getEntriesInPhysicalOrder())) {
                String name = rename.apply(e.getName());
                if (name != null && replaced.containsKey(name)) {
                    add(z, pack(Entry.ofBytes(name, replaced.get(name))));
                    count++;
                } else if (name != null) {
                    copyRaw(z, source, e, name);
                    count++;
                }
            }
            for (Stored stored : last) {
                addStored(z, stored);
                count++;
            }
        }
        return count;
    }

    /** Writes the entry {@code e} of {@code source}, still compressed, as {@code name}. */
    private static void copyRaw(ZipArchiveOutputStream z, ZipFile source, ZipArchiveEntry e, String name) throws IOException {
        try (InputStream raw = source.getRawInputStream(e)) {
            z.addRawArchiveEntry(entry(name, e.getSize(), e.getCompressedSize(), e.getCrc()), raw);
        }
    }

    private static void addStored(ZipArchiveOutputStream z, Stored stored) throws IOException {
        CRC32 crc = new CRC32();
        long size = 0;
        try (InputStream in = Files.newInputStream(stored.file())) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; size += n) {
                crc.update(buffer, 0, n);
            }
        }
        ZipArchiveEntry entry = entry(stored.name(), size, size, crc.getValue());
        entry.setMethod(ZipEntry.STORED);
        try (InputStream in = Files.newInputStream(stored.file())) {
            z.addRawArchiveEntry(entry, in);
        }
    }

    private static ZipArchiveOutputStream output(Path zip) throws IOException {
        return new ZipArchiveOutputStream(new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16));
    }

    private static void add(ZipArchiveOutputStream z, Packed p) throws IOException {
        z.addRawArchiveEntry(entry(p.name(), p.size(), p.deflated().length, p.crc()), new ByteArrayInputStream(p.deflated()));
    }

    /**
     * Writes {@code zip} with every file of {@code site} under the folder name {@code top}. The file is
     * written in place: callers write to a name of their own and rename it when whole (SiteSwap does).
     */
    public static int write(Path site, Path zip, String top) throws IOException {
        List<String> names = entries(site, "").stream().map(Entry::name).toList();
        return write(names, site::resolve, Set.copyOf(names), null, null, zip, top);
    }

    /**
     * Writes {@code zip} with the files {@code names} (relative to the site root) under the folder name {@code top}, in
     * the same order and with the same bytes as {@link #write(Path, Path, String)} over the whole site: each file in
     * {@code changed} is taken as {@code compressed} holds it, or else read from where {@code where} finds it and
     * compressed; every other one is copied, still compressed, from {@code oldZip} (the zip of the published site), and
     * only read and compressed when it is not there.
     */
    public static int write(Collection<String> names, Function<String, Path> where, Set<String> changed, CompressedFiles compressed, Path oldZip,
            Path zip, String top) throws IOException {
        // the order of a walk of the site folder, sorted as paths
        Path root = Path.of("/");
        List<String> sorted = names.stream().sorted(Comparator.comparing(root::resolve)).toList();
        try (ZipFile old = oldZip != null && Files.isRegularFile(oldZip) ? ZipFile.builder().setPath(oldZip).get() : null) {
            List<Object> packed = new ArrayList<>(Parallel.map(sorted, name -> {
                String entryName = top + "/" + name;
                CompressedFiles.Compressed made = changed.contains(name) && compressed != null ? compressed.get(name) : null;
                if (made != null) {
                    return new Packed(entryName, made.size(), made.crc(), compressed.deflated(made));
                }
                ZipArchiveEntry before = changed.contains(name) || old == null ? null : old.getEntry(entryName);
                return before != null && before.getMethod() == ZipEntry.DEFLATED ? before : pack(Entry.ofFile(entryName, where.apply(name)));
            }));
            try (ZipArchiveOutputStream z = output(zip)) {
                for (Object p : packed) {
                    if (p instanceof Packed fresh) {
                        add(z, fresh);
                    } else {
                        ZipArchiveEntry before = (ZipArchiveEntry) p;
                        copyRaw(z, old, before, before.getName());
                    }
                }
            }
        }
        return sorted.size();
    }

    /**
     * The name of the zip's one top folder for a site folder named {@code siteName}: that name when it is plain ASCII
     * (letters, digits, '.', '_', '-'), else {@code site-archive}, since unzip tools and Windows' Explorer of some
     * versions garble other names.
     */
    public static String topFolder(String siteName) {
        return siteName.matches("[A-Za-z0-9][A-Za-z0-9._-]*") ? siteName : "site-archive";
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

    static Packed pack(Entry item) {
        String name = item.name();
        try {
            byte[] data = item.bytes() != null ? item.bytes() : Files.readAllBytes(item.file());
            return new Packed(name, data.length, CompressedFiles.crc(data), CompressedFiles.deflate(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
