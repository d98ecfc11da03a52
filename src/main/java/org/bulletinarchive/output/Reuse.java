package org.bulletinarchive.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.bulletinarchive.files.Parallel;

/**
 * Everything a build takes from the last one, behind one question per stage: which published file already has the bytes
 * to write (every stage that writes), which page is kept without rendering (pages), whether the search index is kept
 * (search), what a kept page links to (links), which zip's compressed entries to copy (zip) and what size the published
 * home page shows (the offline copy). A full build asks the same questions of {@link #nothing()}, which answers no to all.
 * The last build's state is checked before this is made ({@link PreviousBuild}); the published files are checked here,
 * by size and then by a hash of their bytes, so that a file changed, deleted or put there by hand is never taken for
 * one the last build made.
 */
public final class Reuse {

    private static final Reuse NOTHING = new Reuse(BuildState.empty(), Map.of(), List.of(), null, -1);

    private final BuildState previous;
    /** The published files as the last build left them, less any changed or removed since by hand. */
    private final Map<String, BuildState.FileState> published;
    /** Files in the published site that no build of this site wrote (a full build would not have them). */
    private final List<String> strays;
    private final Path zip;
    private final long zipBytes;

    private Reuse(BuildState previous, Map<String, BuildState.FileState> published, List<String> strays, Path zip, long zipBytes) {
        this.previous = previous;
        this.published = published;
        this.strays = strays;
        this.zip = zip;
        this.zipBytes = zipBytes;
    }

    /** Nothing to reuse: a full build. */
    public static Reuse nothing() {
        return NOTHING;
    }

    /**
     * What can be reused of the published {@code site} and its {@code zip}, whose state {@code previous} is (checked
     * already): nothing when it is empty.
     */
    public static Reuse of(BuildState previous, Path site, Path zip) {
        if (previous.isEmpty()) {
            return NOTHING;
        }
        Map<String, BuildState.FileState> published = new HashMap<>(previous.files());
        Map<String, Long> sizes = sizes(site);
        published.entrySet().removeIf(e -> !Long.valueOf(e.getValue().size()).equals(sizes.get(e.getKey())));
        List<String> same = published.keySet().stream().sorted().toList();
        List<Boolean> changed = Parallel.map(same, path -> hashOf(site.resolve(path)) != published.get(path).hash());
        for (int i = 0; i < same.size(); i++) {
            if (changed.get(i)) {
                published.remove(same.get(i));
            }
        }
        List<String> strays = sizes.keySet().stream().filter(f -> !previous.files().containsKey(f)).sorted().toList();
        try {
            return new Reuse(previous, published, strays, zip, Files.isRegularFile(zip) ? Files.size(zip) : -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether anything is reused: the build is incremental. */
    public boolean any() {
        return !previous.isEmpty();
    }

    /** Every stage that writes: whether the published site has the file {@code path} with bytes of this hash. */
    public boolean samePublished(String path, long hash) {
        BuildState.FileState old = published.get(path);
        return old != null && old.hash() == hash;
    }

    /**
     * pages: the published page {@code path}, kept as it is without being rendered, when it was made from inputs with this
     * {@code fingerprint} (and its links were read then); else null.
     */
    public BuildState.FileState page(String path, long fingerprint) {
        if (fingerprint == 0) {
            return null;
        }
        BuildState.FileState old = published.get(path);
        if (old == null || old.fingerprint() != fingerprint || (path.endsWith(".html") && previous.links(path) == null)) {
            return null;
        }
        return old;
    }

    /**
     * search: the published files under {@code folder} that {@code which} accepts, kept as they are when the index was made
     * of documents with this {@code fingerprint} and every one of them is as the last build left it; else null.
     */
    public Map<String, BuildState.FileState> searchIndex(long fingerprint, String folder, Predicate<String> which) {
        if (!any() || fingerprint != previous.searchDocuments()) {
            return null;
        }
        List<String> paths = previous.files().keySet().stream().filter(p -> p.startsWith(folder) && which.test(p)).sorted().toList();
        if (paths.isEmpty() || !paths.stream().allMatch(published::containsKey)) {
            return null;
        }
        Map<String, BuildState.FileState> kept = new HashMap<>();
        paths.forEach(p -> kept.put(p, published.get(p)));
        return kept;
    }

    /** links: what the kept page {@code path} links to, as read when it was rendered; null for a page rendered now. */
    public BuildState.Links links(String path) {
        return previous.links(path);
    }

    /** zip: the published zip, whose compressed entries are copied for the files that did not change; null for none. */
    public Path zip() {
        return any() ? zip : null;
    }

    /** The offline copy: the size in bytes of the zip the published home page offers (-1 when there is none). */
    public long zipBytes() {
        return any() ? zipBytes : -1;
    }

    /** publish: the published files no build made (put there by hand), by path, sorted. */
    public List<String> strays() {
        return strays;
    }

    /** publish: every file the last build published. */
    public Iterable<String> previousFiles() {
        return previous.files().keySet();
    }

    private static Map<String, Long> sizes(Path site) {
        Map<String, Long> sizes = new HashMap<>();
        try {
            Files.walkFileTree(site, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    sizes.put(site.relativize(file).toString().replace('\\', '/'), attributes.isRegularFile() ? attributes.size() : -1);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizes;
    }

    private static long hashOf(Path file) {
        try {
            return Hashing.bytes(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
