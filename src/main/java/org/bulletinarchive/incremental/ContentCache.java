package org.bulletinarchive.incremental;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content files as the last build read them, kept beside the site ({@code .<site>.content}): each file's lines and
 * JBake's reading of its header, by its path, size and modification time. A rebuild reads again only the files that
 * changed (a 10,000-entry archive has 10,800 of them; reading and parsing them all takes about a second). Only the
 * header values the build uses are kept: text, and the date.
 */
public final class ContentCache {

    /** A content file as read: its lines, and its header's values (String, or Date for the date). */
    public record Cached(long size, long modified, List<String> lines, Map<String, Object> header) {
    }

    private static final int MAGIC = 0x42414331; // "BAC1"
    private static final byte TEXT = 1;
    private static final byte DATE = 2;

    /**
     * A file modified this close (ns) to the time the cache was made is read again whatever its size and time say: file
     * times are coarse, so an edit of the same size just after the last build could keep its time (as git's "racy" entries).
     */
    private static final long RACY = 3_000_000_000L;

    private final Map<String, Cached> files;
    /** When the build that made this cache started, in ns since the epoch (file time's unit here). */
    private final long madeAt;
    private final long startedAt = java.time.Instant.now().getEpochSecond() * 1_000_000_000L + java.time.Instant.now().getNano();
    private final Map<String, Cached> used = new ConcurrentHashMap<>();

    private ContentCache(Map<String, Cached> files, long madeAt) {
        this.files = files;
        this.madeAt = madeAt;
    }

    public static ContentCache empty() {
        return new ContentCache(Map.of(), 0);
    }

    /** The file {@code name} as cached, when its size and modification time are still these; else null. */
    public Cached get(String name, long size, long modified) {
        Cached c = files.get(name);
        if (c == null || c.size() != size || c.modified() != modified || modified > madeAt - RACY) {
            return null;
        }
        used.put(name, c);
        return c;
    }

    /** Records a file as read (any thread); the next build's cache holds the files read or used by this one. */
    public void put(String name, long size, long modified, List<String> lines, Map<String, Object> header) {
        Map<String, Object> kept = new TreeMap<>();
        header.forEach((k, v) -> {
            if (v instanceof String || v instanceof Date) {
                kept.put(k, v);
            }
        });
        used.put(name, new Cached(size, modified, List.copyOf(lines), kept));
    }

    /** The cache at {@code file}, or an empty one when there is none or it cannot be read. */
    public static ContentCache read(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                return empty();
            }
            long madeAt = in.readLong();
            int count = in.readInt();
            Map<String, Cached> files = new java.util.HashMap<>(count * 2);
            for (int f = 0; f < count; f++) {
                String name = in.readUTF();
                long size = in.readLong();
                long modified = in.readLong();
                List<String> lines = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    lines.add(readLong(in));
                }
                Map<String, Object> header = new TreeMap<>();
                for (int i = in.readInt(); i > 0; i--) {
                    String key = in.readUTF();
                    header.put(key, in.readByte() == DATE ? new Date(in.readLong()) : readLong(in));
                }
                files.put(name, new Cached(size, modified, lines, header));
            }
            return new ContentCache(files, madeAt);
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    /** Writes the files read or used by this build to {@code file} (a name of the caller's own, renamed into place when whole). */
    public void write(Path file) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeLong(startedAt);
            TreeMap<String, Cached> sorted = new TreeMap<>(used);
            out.writeInt(sorted.size());
            for (var e : sorted.entrySet()) {
                Cached c = e.getValue();
                out.writeUTF(e.getKey());
                out.writeLong(c.size());
                out.writeLong(c.modified());
                out.writeInt(c.lines().size());
                for (String line : c.lines()) {
                    writeLong(out, line);
                }
                out.writeInt(c.header().size());
                for (var h : c.header().entrySet()) {
                    out.writeUTF(h.getKey());
                    if (h.getValue() instanceof Date d) {
                        out.writeByte(DATE);
                        out.writeLong(d.getTime());
                    } else {
                        out.writeByte(TEXT);
                        writeLong(out, h.getValue().toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text of any length (writeUTF stops at 64 KB, and a paragraph may be longer). */
    private static void writeLong(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readLong(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), java.nio.charset.StandardCharsets.UTF_8);
    }
}
