package org.bulletinarchive.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.bulletinarchive.files.SafePaths;

/**
 * Where a build writes its files: the one writer of every stage. A full build writes every file into the staging
 * folder. An incremental build asks its {@link Reuse} first: a page whose inputs have the same fingerprint is not
 * rendered at all, a file with the same bytes is not written, and only what changed lands in the staging folder, to be
 * moved into the published site. Either way it records every file of the new site, so the two give the same site.
 */
public final class SiteOutput {

    private final Path staging;
    private final Reuse reuse;
    private final Map<String, BuildState.FileState> next = new ConcurrentHashMap<>();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /** Folders already made: 10,000 pages share a few hundred folders, and each make is several system calls. */
    private final Set<Path> madeFolders = ConcurrentHashMap.newKeySet();
    /** Where each file written is also compressed, for the zip (none: not compressed). */
    private volatile CompressedFiles compressed;

    /** A full build into {@code staging}. */
    public SiteOutput(Path staging) {
        this(staging, Reuse.nothing());
    }

    /** A build into {@code staging} that takes from the last one what {@code reuse} allows (nothing: a full build). */
    public SiteOutput(Path staging, Reuse reuse) {
        this.staging = staging;
        this.reuse = reuse;
    }

    /** What this build takes from the last one. */
    public Reuse reuse() {
        return reuse;
    }

    public boolean incremental() {
        return reuse.any();
    }

    public Path staging() {
        return staging;
    }

    /**
     * Whether the page at {@code path} was published from inputs with this fingerprint: then it is kept as it is
     * (and counted in the new site) without being rendered.
     */
    public boolean unchanged(String path, long fingerprint) {
        BuildState.FileState kept = reuse.page(path, fingerprint);
        if (kept == null) {
            return false;
        }
        next.put(path, kept);
        return true;
    }

    /** Counts published files kept as they are (the search index made of the same documents) in the new site. */
    public void keep(Map<String, BuildState.FileState> kept) {
        next.putAll(kept);
    }

    /**
     * Compresses every file written from now on into {@code store} too, on the thread that writes it, for the zip; null:
     * no more (once the zip is made, or for a file the zip does not hold).
     */
    public void compressInto(CompressedFiles store) {
        this.compressed = store;
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
            CompressedFiles store = compressed;
            if (store != null) {
                store.put(path, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.add(path);
    }

    /** Records {@code bytes} as the file {@code path} of the new site; returns whether the published site lacks them (always, in a full build). */
    private boolean record(String path, byte[] bytes, long fingerprint) {
        long hash = Hashing.bytes(bytes);
        next.put(path, new BuildState.FileState(bytes.length, hash, fingerprint));
        return !reuse.samePublished(path, hash);
    }

    /**
     * Takes in the file {@code path} written straight into the staging folder before any stage ran (the site's marker): it
     * is recorded, and in an incremental build removed from staging when the published one is the same.
     */
    public void adopt(String path) {
        Path file = staging.resolve(path);
        try {
            if (record(path, Files.readAllBytes(file), 0)) {
                written.add(path);
            } else {
                Files.delete(file);
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
        return reuse.strays().stream().filter(path -> !next.containsKey(path)).sorted().toList();
    }

    /** The published files the new site no longer has, and files put into the site by hand (none in a full build). */
    public List<String> removed() {
        TreeSet<String> removed = new TreeSet<>();
        reuse.previousFiles().forEach(path -> {
            if (!next.containsKey(path)) {
                removed.add(path);
            }
        });
        removed.addAll(strays());
        return List.copyOf(removed);
    }

    /** The state of the new site, with the links of its pages. */
    public BuildState state(long environment, long searchDocuments, Map<String, BuildState.Links> links) {
        return new BuildState(environment, searchDocuments, Map.copyOf(next), links);
    }
}
