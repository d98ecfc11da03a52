package org.bulletinarchive.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bulletinarchive.files.SafePaths;

/**
 * What the last build published, kept beside the site ({@code .<site>.state}) for the next build: every file with a
 * hash of its bytes and, for a page, the fingerprint of what its template was given and the links and ids the link
 * check read on it. {@code environment} fingerprints what every page depends on (the program, the templates, the
 * settings); a state of another environment is not used. Written only once a build has published, and removed
 * before a full build publishes, so it always describes the site beside it.
 */
public final class BuildState {

    /** One published file: its size, a hash of its bytes, and for a page the fingerprint of its inputs (else 0). */
    public record FileState(long size, long hash, long fingerprint) {
    }

    /** A page's links and ids as the link check read them, without the page's place on disk. */
    public record Links(Set<String> ids, List<String[]> references, List<String> inlineStyles) {
    }

    /** "BAS2": a state file with its checksum (StateFile). */
    private static final int MAGIC = 0x42415332;
    private static final BuildState EMPTY = new BuildState(0, 0, Map.of(), Map.of());

    private final long environment;
    private final long searchDocuments;
    private final Map<String, FileState> files;
    private final Map<String, Links> links;

    /** {@code searchDocuments}: the fingerprint of the documents the search index under search/ was made of. */
    public BuildState(long environment, long searchDocuments, Map<String, FileState> files, Map<String, Links> links) {
        this.environment = environment;
        this.searchDocuments = searchDocuments;
        this.files = files;
        this.links = links;
    }

    public static BuildState empty() {
        return EMPTY;
    }

    public long environment() {
        return environment;
    }

    public long searchDocuments() {
        return searchDocuments;
    }

    public FileState file(String path) {
        return files.get(path);
    }

    public Links links(String path) {
        return links.get(path);
    }

    public Map<String, FileState> files() {
        return files;
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /**
     * The state at {@code file}, or the empty state when there is none. Throws {@link StateFile.Damaged} when it cannot
     * be trusted: cut short, changed in any byte (its checksum), of another version, or naming a file outside the site.
     */
    public static BuildState read(Path file) throws IOException {
        StateFile.Reader in = StateFile.read(file, MAGIC);
        if (in == null) {
            return EMPTY;
        }
        long environment = in.readLong();
        long searchDocuments = in.readLong();
        String[] strings = new String[in.count(2)];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = in.readUTF();
        }
        // a file's path, sizes, hash and fingerprint, and whether it has links: 29 bytes at least
        int count = in.count(29);
        Map<String, FileState> files = new HashMap<>(count * 2);
        Map<String, Links> links = new HashMap<>(count * 2);
        for (int f = 0; f < count; f++) {
            String path = string(in, strings);
            if (!SafePaths.isPlainPath(path)) {
                throw new StateFile.Damaged("it names " + path + ", which is not a file inside the site");
            }
            files.put(path, new FileState(in.readLong(), in.readLong(), in.readLong()));
            if (in.readBoolean()) {
                Set<String> ids = new HashSet<>();
                for (int i = in.count(4); i > 0; i--) {
                    ids.add(string(in, strings));
                }
                List<String[]> references = new ArrayList<>();
                for (int i = in.count(5); i > 0; i--) {
                    String link = string(in, strings);
                    references.add(new String[] {link, in.readBoolean() ? "reference" : null});
                }
                List<String> styles = new ArrayList<>();
                for (int i = in.count(4); i > 0; i--) {
                    styles.add(string(in, strings));
                }
                links.put(path, new Links(ids, references, styles));
            }
        }
        StateFile.atEnd(in);
        return new BuildState(environment, searchDocuments, files, links);
    }

    private static String string(StateFile.Reader in, String[] strings) throws IOException {
        int i = in.readInt();
        if (i < 0 || i >= strings.length) {
            throw new StateFile.Damaged("it refers to text " + i + " of " + strings.length);
        }
        return strings[i];
    }

    /** Writes the state to {@code file} (a name of the caller's own, renamed into place when whole). */
    public void write(Path file) {
        Map<String, Integer> table = new LinkedHashMap<>();
        TreeMap<String, FileState> sorted = new TreeMap<>(files);
        sorted.forEach((path, state) -> {
            number(table, path);
            Links l = links.get(path);
            if (l != null) {
                l.ids().forEach(s -> number(table, s));
                l.references().forEach(r -> number(table, r[0]));
                l.inlineStyles().forEach(s -> number(table, s));
            }
        });
        try {
            StateFile.write(file, MAGIC, out -> {
                out.writeLong(environment);
                out.writeLong(searchDocuments);
                out.writeInt(table.size());
                for (String s : table.keySet()) {
                    out.writeUTF(s);
                }
                out.writeInt(sorted.size());
                for (var e : sorted.entrySet()) {
                    out.writeInt(table.get(e.getKey()));
                    out.writeLong(e.getValue().size());
                    out.writeLong(e.getValue().hash());
                    out.writeLong(e.getValue().fingerprint());
                    Links l = links.get(e.getKey());
                    out.writeBoolean(l != null);
                    if (l != null) {
                        out.writeInt(l.ids().size());
                        for (String id : new TreeSet<>(l.ids())) {
                            out.writeInt(table.get(id));
                        }
                        out.writeInt(l.references().size());
                        for (String[] r : l.references()) {
                            out.writeInt(table.get(r[0]));
                            out.writeBoolean(r[1] != null);
                        }
                        out.writeInt(l.inlineStyles().size());
                        for (String s : l.inlineStyles()) {
                            out.writeInt(table.get(s));
                        }
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(Map<String, Integer> table, String s) {
        table.putIfAbsent(s, table.size());
    }
}
