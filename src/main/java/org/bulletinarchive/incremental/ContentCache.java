package org.bulletinarchive.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content files as the last build read them, kept beside the site ({@code .<site>.content}): each file's lines and
 * JBake's reading of its header, by its path, size and a hash of its bytes. A rebuild parses again only the files whose
 * bytes changed (a 10,000-entry archive has 10,800 of them; reading and parsing them all takes about a second, reading
 * and hashing them a tenth of that). Bytes, not times: a file put back from a backup with its old time is still seen
 * as changed. Only the header values the build uses are kept: text, and the date.
 */
public final class ContentCache {

    /** A content file as read: its lines, and its header's values (String, or Date for the date). */
    public record Cached(long size, long hash, List<String> lines, Map<String, Object> header) {
    }

    /** "BAC2": a cache by content hash, with its checksum (StateFile). */
    private static final int MAGIC = 0x42414332;
    private static final byte TEXT = 1;
    private static final byte DATE = 2;

    private final Map<String, Cached> files;
    private final Map<String, Cached> used = new ConcurrentHashMap<>();

    private ContentCache(Map<String, Cached> files) {
        this.files = files;
    }

    public static ContentCache empty() {
        return new ContentCache(Map.of());
    }

    /** The file {@code name} as cached, when its bytes still have this size and hash ({@link Hashing#bytes}); else null. */
    public Cached get(String name, long size, long hash) {
        Cached c = files.get(name);
        if (c == null || c.size() != size || c.hash() != hash) {
            return null;
        }
        used.put(name, c);
        return c;
    }

    /** Records a file as read (any thread); the next build's cache holds the files read or used by this one. */
    public void put(String name, long size, long hash, List<String> lines, Map<String, Object> header) {
        Map<String, Object> kept = new TreeMap<>();
        header.forEach((k, v) -> {
            if (v instanceof String || v instanceof Date) {
                kept.put(k, v);
            }
        });
        used.put(name, new Cached(size, hash, List.copyOf(lines), kept));
    }

    /**
     * The cache at {@code file}, or an empty one when there is none. Throws {@link StateFile.Damaged} when it cannot be
     * trusted (cut short, changed in any byte, of another version).
     */
    public static ContentCache read(Path file) throws IOException {
        StateFile.Reader in = StateFile.read(file, MAGIC);
        if (in == null) {
            return empty();
        }
        // a name, size, hash and two counts: 26 bytes at least
        int count = in.count(26);
        Map<String, Cached> files = new HashMap<>(count * 2);
        for (int f = 0; f < count; f++) {
            String name = in.readUTF();
            long size = in.readLong();
            long hash = in.readLong();
            List<String> lines = new ArrayList<>();
            for (int i = in.count(4); i > 0; i--) {
                lines.add(in.readText());
            }
            Map<String, Object> header = new TreeMap<>();
            for (int i = in.count(3); i > 0; i--) {
                String key = in.readUTF();
                header.put(key, in.readByte() == DATE ? new Date(in.readLong()) : in.readText());
            }
            files.put(name, new Cached(size, hash, lines, header));
        }
        StateFile.atEnd(in);
        return new ContentCache(files);
    }

    /** Writes the files read or used by this build to {@code file} (a name of the caller's own, renamed into place when whole). */
    public void write(Path file) {
        try {
            StateFile.write(file, MAGIC, out -> {
                TreeMap<String, Cached> sorted = new TreeMap<>(used);
                out.writeInt(sorted.size());
                for (var e : sorted.entrySet()) {
                    Cached c = e.getValue();
                    out.writeUTF(e.getKey());
                    out.writeLong(c.size());
                    out.writeLong(c.hash());
                    out.writeInt(c.lines().size());
                    for (String line : c.lines()) {
                        out.writeText(line);
                    }
                    out.writeInt(c.header().size());
                    for (var h : c.header().entrySet()) {
                        out.writeUTF(h.getKey());
                        if (h.getValue() instanceof Date d) {
                            out.writeByte(DATE);
                            out.writeLong(d.getTime());
                        } else {
                            out.writeByte(TEXT);
                            out.writeText(h.getValue().toString());
                        }
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
