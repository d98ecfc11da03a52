package org.bulletinarchive.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.bulletinarchive.files.Parallel;
import org.bulletinarchive.files.SafePaths;

/**
 * Where a build writes its files. A full build writes every file into the staging folder. An incremental build
 * compares with the {@link BuildState} of the published site: a page whose inputs have the same fingerprint is not
 * rendered at all, a file with the same bytes is not written, and only what changed lands in the staging folder, to
 * be moved into the published site. Either way it records every file of the new site, so the two give the same site.
 */
public final class SiteOutput {

    private final Path staging;
    private final BuildState previous;
    /** The published files as the last build left them, less any changed or removed since by hand. */
    private final Map<String, BuildState.FileState> published;
    /** Files in the published site that no build of this site wrote (a full build would not have them). */
    private final List<String> strays = new ArrayList<>();
    private final boolean incremental;
    private final Map<String, BuildState.FileState> next = new ConcurrentHashMap<>();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /** Folders already made: 10,000 pages share a few hundred folders, and each make is several system calls. */
    private final Set<Path> madeFolders = ConcurrentHashMap.newKeySet();

    /** A full build into {@code staging}. */
    public SiteOutput(Path staging) {
        this(staging, BuildState.empty(), null);
    }

    /**
     * A build into {@code staging}, incremental when {@code previous} (the state of the published {@code site}) is not
     * empty. The published site is compared with it first, by size and then by a hash of each file's bytes (an edit
     * by hand may keep the size, and a time can be set back): a file changed or deleted by hand is written again, and a
     * file put there by hand is removed, so that the site is the same as a full build's.
     */
    public SiteOutput(Path staging, BuildState previous, Path site) {
        this.staging = staging;
        this.previous = previous;
        this.incremental = !previous.isEmpty();
        this.published = new HashMap<>(previous.files());
        if (incremental) {
            Map<String, Long> sizes = sizes(site);
            published.entrySet().removeIf(e -> !Long.valueOf(e.getValue().size()).equals(sizes.get(e.getKey())));
            List<String> same = published.keySet().stream().sorted().toList();
            List<Boolean> changed = Parallel.map(same, path -> hashOf(site.resolve(path)) != published.get(path).hash());
            for (int i = 0; i < same.size(); i++) {
                if (changed.get(i)) {
                    published.remove(same.get(i));
                }
            }
            sizes.keySet().stream().filter(f -> !previous.files().containsKey(f)).sorted().forEach(strays::add);
        }
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

    public boolean incremental() {
        return incremental;
    }

    public Path staging() {
        return staging;
    }

    /**
     * Whether the page at {@code path} was published from inputs with this fingerprint: then it is kept as it is
     * (and counted in the new site) without being rendered.
     */
    public boolean unchanged(String path, long fingerprint) {
        if (!incremental || fingerprint == 0) {
            return false;
        }
        BuildState.FileState old = published.get(path);
        // a kept page's links are checked from what was read on it last time
        if (old == null || old.fingerprint() != fingerprint || (path.endsWith(".html") && previous.links(path) == null)) {
            return false;
        }
        next.put(path, old);
        return true;
    }

    /**
     * Keeps as they are the published files under {@code folder} (e.g. "search/") that {@code which} accepts, when each is
     * still as the last build left it; returns them, or null (and keeps none) when one was changed by hand or the build
     * is not incremental.
     */
    public List<String> keepFolder(String folder, Predicate<String> which) {
        if (!incremental) {
            return null;
        }
        List<String> paths = previous.files().keySet().stream().filter(p -> p.startsWith(folder) && which.test(p)).sorted().toList();
        if (paths.isEmpty() || !paths.stream().allMatch(published::containsKey)) {
            return null;
        }
        paths.forEach(p -> next.put(p, published.get(p)));
        return paths;
    }

    /** The state of the published site this build started from. */
    public BuildState previous() {
        return previous;
    }

    /** The links the last build read on a kept page. */
    public BuildState.Links keptLinks(String path) {
        return previous.links(path);
    }

    /** Writes a file of the new site (any thread), unless the published site has these very bytes there. */
    public void write(String path, byte[] bytes, long fingerprint) {
        Path out = SafePaths.inside(staging, path, "file");
        try {
            if (!record(path, bytes, fingerprint)) {
                // written before in this build, now with the published bytes (the home page once the zip's size is known)
                if (written.remove(path)) {
                    Files.deleteIfExists(out);
                }
                return;
            }
            if (!madeFolders.contains(out.getParent())) {
                // made before it is recorded, so no thread writes into a folder not made yet
                Files.createDirectories(out.getParent());
                madeFolders.add(out.getParent());
            }
            Files.write(out, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.add(path);
    }

    /** Records {@code bytes} as the file {@code path} of the new site; returns whether the published site lacks them (always, in a full build). */
    private boolean record(String path, byte[] bytes, long fingerprint) {
        long hash = Hashing.bytes(bytes);
        next.put(path, new BuildState.FileState(bytes.length, hash, fingerprint));
        BuildState.FileState old = published.get(path);
        return !incremental || old == null || old.hash() != hash;
    }

    /**
     * Takes in the files other stages wrote straight into the staging folder (assets, original PDFs, the site's
     * marker): each is recorded, and in an incremental build removed from staging when the published one is the same.
     */
    public void adoptStaged() {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(staging)) {
            found = walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            for (Path file : found) {
                String path = staging.relativize(file).toString().replace('\\', '/');
                if (written.contains(path)) {
                    continue;
                }
                if (record(path, Files.readAllBytes(file), 0)) {
                    written.add(path);
                } else {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hash of the bytes of the file {@code path} of the new site, as written or kept so far; 0 when it has none yet. */
    public long hash(String path) {
        BuildState.FileState file = next.get(path);
        return file == null ? 0 : file.hash();
    }

    /** Every file of the new site, by path relative to its root, sorted. */
    public TreeSet<String> files() {
        return new TreeSet<>(next.keySet());
    }

    /** The files of the new site that are in the staging folder (all of them in a full build). */
    public Set<String> written() {
        return Set.copyOf(written);
    }

    /** The files put into the published site by hand that the new site does not have (known to an incremental build only). */
    public List<String> strays() {
        return strays.stream().filter(path -> !next.containsKey(path)).sorted().toList();
    }

    /** The published files the new site no longer has, and files put into the site by hand (none in a full build). */
    public List<String> removed() {
        TreeSet<String> removed = new TreeSet<>();
        if (incremental) {
            previous.files().keySet().stream().filter(path -> !next.containsKey(path)).forEach(removed::add);
            strays.stream().filter(path -> !next.containsKey(path)).forEach(removed::add);
        }
        return List.copyOf(removed);
    }

    /** The state of the new site, with the links of its pages. */
    public BuildState state(long environment, long searchDocuments, Map<String, BuildState.Links> links) {
        return new BuildState(environment, searchDocuments, Map.copyOf(next), links);
    }
}
