package org.bulletinarchive.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bulletinarchive.files.FolderLock;
import org.bulletinarchive.files.Folders;

/**
 * Publishes a site, its zip and its war together. All three are made beside the published ones under hidden
 * names ({@code .<site>.staging}, {@code .<site>.zip.staging}, {@code .<site>.war.staging}); when all are whole,
 * a journal ({@code .<site>.publishing}) is written, the old site, zip and war are moved aside ({@code .<site>.replaced},
 * {@code .<site>.zip.replaced}, …), the new ones are renamed into place one right after the other, and the journal is
 * removed. A rename that fails undoes those before it, so the previous site, zip and war stay published together. A build interrupted at any point leaves a state the next build's {@link #recover} can tell
 * apart: with a journal it finishes the swap, without one it removes the unfinished parts (and puts
 * back a site an earlier version left moved aside). All names are the build's own; callers hold the
 * site's {@link FolderLock}.
 */
public final class SiteSwap {

    /** A file made from the site and published with it: the zip, the war. */
    private record Beside(String kind, Path published, Path staged) {
        /** Where the published one is set aside while the new one is renamed into place. */
        Path setAside() {
            return published.resolveSibling("." + published.getFileName() + ".replaced");
        }
    }

    private final Path site;
    /** The folder the site is in: {@code site}, or where it leads when it is a symbolic link (a web root kept on another disk). */
    private final Path folder;
    private final Beside zip;
    private final Beside war;
    private final Path staging;
    private final Path replaced;
    private final Path journal;
    private final Path oldTempZip;
    /** Called before each rename of {@link #publish}, with what it renames: the tests make one fail there. */
    private final Step step;

    /** One rename of publishing, about to be done. */
    interface Step {
        void before(String what) throws IOException;
    }

    public SiteSwap(Path site) {
        this(site, what -> { });
    }

    SiteSwap(Path site, Step step) {
        this.step = step;
        this.site = site.toAbsolutePath().normalize();
        this.folder = folder(this.site);
        String name = this.site.getFileName().toString();
        this.zip = new Beside("zip", this.site.resolveSibling(name + ".zip"), this.site.resolveSibling("." + name + ".zip.staging"));
        this.war = new Beside("war", this.site.resolveSibling(name + ".war"), this.site.resolveSibling("." + name + ".war.staging"));
        // beside the folder itself, so that each is renamed on its own disk
        this.staging = folder.resolveSibling("." + name + ".staging");
        this.replaced = folder.resolveSibling("." + name + ".replaced");
        this.journal = folder.resolveSibling("." + name + ".publishing");
        // the name SiteZip wrote to before this class existed
        this.oldTempZip = this.site.resolveSibling("." + name + ".zip.tmp");
    }

    /** The folder the new site is built in. */
    public Path staging() {
        return staging;
    }

    /** Where the new zip is written, from the staging folder. */
    public Path stagedZip() {
        return zip.staged();
    }

    /** Where the new war is written, from the staging folder. */
    public Path stagedWar() {
        return war.staged();
    }

    public Path site() {
        return site;
    }

    /**
     * The folder the site's files are in: the site, or where it leads when it is a symbolic link, which publishing keeps
     * (the new site is renamed into its target, never over the link).
     */
    public Path folder() {
        return folder;
    }

    private static Path folder(Path site) {
        if (!Files.isSymbolicLink(site)) {
            return site;
        }
        try {
            return Files.exists(site) ? site.toRealPath() : site.resolveSibling(Files.readSymbolicLink(site)).normalize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path zip() {
        return zip.published();
    }

    public Path war() {
        return war.published();
    }

    /**
     * Finishes or undoes what an interrupted build left, so that the published site, zip and war match
     * again; returns what was done, one line each, for the build's log (none when nothing was left).
     */
    public List<String> recover() throws IOException {
        List<String> done = new ArrayList<>();
        if (Files.exists(journal)) {
            // the journal is only written once the staged site, zip and war are whole: finish the swap
            if (Files.isDirectory(staging)) {
                if (Files.exists(folder)) {
                    Folders.deleteRecursively(replaced);
                    Folders.move(folder, replaced);
                }
                Folders.move(staging, folder);
            }
            for (Beside file : List.of(zip, war)) {
                if (Files.exists(file.staged())) {
                    Folders.move(file.staged(), file.published());
                }
                Files.deleteIfExists(file.setAside());
            }
            Folders.deleteRecursively(replaced);
            Files.delete(journal);
            done.add("finished publishing the site, zip and war of an interrupted build");
            return done;
        }
        if (Files.exists(staging)) {
            Folders.deleteRecursively(staging);
            done.add("removed the unfinished site of an interrupted build (" + staging.getFileName() + ")");
        }
        for (Beside file : List.of(zip, war)) {
            // set aside by a publishing that finished all but removing it
            if (Files.exists(file.published()) && Files.deleteIfExists(file.setAside())) {
                done.add("removed the previous " + file.kind() + " an interrupted build had set aside (" + file.setAside().getFileName() + ")");
            }
        }
        for (Beside partial : List.of(zip, new Beside("zip", zip.published(), oldTempZip), war)) {
            if (Files.deleteIfExists(partial.staged())) {
                done.add("removed the unfinished " + partial.kind() + " of an interrupted build (" + partial.staged().getFileName() + ")");
            }
        }
        if (Files.isDirectory(replaced)) {
            if (Files.exists(folder)) {
                Folders.deleteRecursively(replaced);
                done.add("removed the previous site an interrupted build had set aside (" + replaced.getFileName() + ")");
            } else {
                // an earlier version moved the old site aside, then stopped: its zip (and war) are still the old ones
                Folders.move(replaced, folder);
                done.add("put back the previous site an interrupted build had set aside (" + replaced.getFileName() + ")");
            }
        }
        return done;
    }

    /**
     * Puts the staged site, zip and war in place of the published ones; all must be whole. The published ones are set aside
     * first; when a rename fails, every rename done is undone, so the previous site, zip and war are published as they were
     * (and the staged ones are where they were, for {@link #discard}).
     */
    public void publish() throws IOException {
        if (!Files.isDirectory(staging) || !Files.isRegularFile(zip.staged()) || !Files.isRegularFile(war.staged())) {
            throw new IllegalStateException("nothing staged to publish in " + site.getParent());
        }
        Folders.deleteRecursively(replaced);
        for (Beside file : List.of(zip, war)) {
            Files.deleteIfExists(file.setAside());
        }
        writeJournal();
        // each rename done, as {from, to}, to be undone in reverse order if a later one fails
        List<Path[]> done = new ArrayList<>();
        try {
            if (Files.exists(folder)) {
                rename("site", folder, replaced, done);
            }
            rename("site", staging, folder, done);
            for (Beside file : List.of(zip, war)) {
                if (Files.exists(file.published())) {
                    rename(file.kind(), file.published(), file.setAside(), done);
                }
                rename(file.kind(), file.staged(), file.published(), done);
            }
        } catch (IOException | RuntimeException e) {
            try {
                for (int i = done.size() - 1; i >= 0; i--) {
                    Folders.move(done.get(i)[1], done.get(i)[0]);
                }
                Files.delete(journal);
            } catch (IOException | RuntimeException again) {
                e.addSuppressed(again);
                throw e; // the journal is left: the next build finishes publishing
            }
            throw SiteUpdate.UpdateFailedException.undone(e, "could not be put in place", "so nothing was published");
        }
        for (Beside file : List.of(zip, war)) {
            Files.deleteIfExists(file.setAside());
        }
        Folders.deleteRecursively(replaced);
        Files.delete(journal);
    }

    private void rename(String what, Path from, Path to, List<Path[]> done) throws IOException {
        step.before(what);
        Folders.move(from, to);
        done.add(new Path[] {from, to});
    }

    /** Removes a staged site, zip and war that will not be published (a failed build). */
    public void discard() throws IOException {
        Folders.deleteRecursively(staging);
        Files.deleteIfExists(zip.staged());
        Files.deleteIfExists(war.staged());
    }

    private void writeJournal() throws IOException {
        String text = "publishing " + staging.getFileName() + " as " + site.getFileName() + ", " + zip.staged().getFileName() + " as "
                + zip.published().getFileName() + " and " + war.staged().getFileName() + " as " + war.published().getFileName()
                + "; if this file is left, the next build finishes it\n";
        // on disk before the first rename, so that a power cut cannot leave renames without it
        Folders.writeDurably(journal, text);
    }
}
