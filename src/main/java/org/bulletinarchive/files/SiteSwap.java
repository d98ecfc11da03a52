package org.bulletinarchive.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes a site and its zip together. Both are made beside the published pair under hidden names
 * ({@code .<site>.staging}, {@code .<site>.zip.staging}); when both are whole, a journal
 * ({@code .<site>.publishing}) is written, the old site is moved aside ({@code .<site>.replaced}), the
 * new site and the new zip are renamed into place one right after the other, and the journal is
 * removed. A build interrupted at any point leaves a state the next build's {@link #recover} can tell
 * apart: with a journal it finishes the swap, without one it removes the unfinished parts (and puts
 * back a site an earlier version left moved aside). All names are the build's own; callers hold the
 * site's {@link FolderLock}.
 */
public final class SiteSwap {

    private final Path site;
    private final Path zip;
    private final Path staging;
    private final Path stagedZip;
    private final Path replaced;
    private final Path journal;
    private final Path oldTempZip;

    public SiteSwap(Path site) {
        this.site = site.toAbsolutePath().normalize();
        String name = this.site.getFileName().toString();
        this.zip = this.site.resolveSibling(name + ".zip");
        this.staging = this.site.resolveSibling("." + name + ".staging");
        this.stagedZip = this.site.resolveSibling("." + name + ".zip.staging");
        this.replaced = this.site.resolveSibling("." + name + ".replaced");
        this.journal = this.site.resolveSibling("." + name + ".publishing");
        // the name SiteZip wrote to before this class existed
        this.oldTempZip = this.site.resolveSibling("." + name + ".zip.tmp");
    }

    /** The folder the new site is built in. */
    public Path staging() {
        return staging;
    }

    /** Where the new zip is written, from the staging folder. */
    public Path stagedZip() {
        return stagedZip;
    }

    public Path site() {
        return site;
    }

    public Path zip() {
        return zip;
    }

    /**
     * Finishes or undoes what an interrupted build left, so that the published site and zip match
     * again; returns what was done, one line each, for the build's log (none when nothing was left).
     */
    public List<String> recover() throws IOException {
        List<String> done = new ArrayList<>();
        if (Files.exists(journal)) {
            // the journal is only written once the staged site and zip are whole: finish the swap
            if (Files.isDirectory(staging)) {
                if (Files.exists(site)) {
                    Folders.deleteRecursively(replaced);
                    Folders.move(site, replaced);
                }
                Folders.move(staging, site);
            }
            if (Files.exists(stagedZip)) {
                Folders.move(stagedZip, zip);
            }
            Files.delete(journal);
            Folders.deleteRecursively(replaced);
            done.add("finished publishing the site and zip of an interrupted build");
            return done;
        }
        if (Files.exists(staging)) {
            Folders.deleteRecursively(staging);
            done.add("removed the unfinished site of an interrupted build (" + staging.getFileName() + ")");
        }
        for (Path partial : List.of(stagedZip, oldTempZip)) {
            if (Files.deleteIfExists(partial)) {
                done.add("removed the unfinished zip of an interrupted build (" + partial.getFileName() + ")");
            }
        }
        if (Files.isDirectory(replaced)) {
            if (Files.exists(site)) {
                Folders.deleteRecursively(replaced);
                done.add("removed the previous site an interrupted build had set aside (" + replaced.getFileName() + ")");
            } else {
                // an earlier version moved the old site aside, then stopped: its zip is still the old one
                Folders.move(replaced, site);
                done.add("put back the previous site an interrupted build had set aside (" + replaced.getFileName() + ")");
            }
        }
        return done;
    }

    /** Puts the staged site and zip in place of the published ones; both must be whole. */
    public void publish() throws IOException {
        if (!Files.isDirectory(staging) || !Files.isRegularFile(stagedZip)) {
            throw new IllegalStateException("nothing staged to publish in " + site.getParent());
        }
        Folders.deleteRecursively(replaced);
        writeJournal();
        if (Files.exists(site)) {
            Folders.move(site, replaced);
        }
        Folders.move(staging, site);
        Folders.move(stagedZip, zip);
        Files.delete(journal);
        Folders.deleteRecursively(replaced);
    }

    /** Removes a staged site and zip that will not be published (a failed build). */
    public void discard() throws IOException {
        Folders.deleteRecursively(staging);
        Files.deleteIfExists(stagedZip);
    }

    private void writeJournal() throws IOException {
        String text = "publishing " + staging.getFileName() + " as " + site.getFileName() + " and " + stagedZip.getFileName() + " as "
                + zip.getFileName() + "; if this file is left, the next build finishes it\n";
        try (FileChannel out = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            // on disk before the first rename, so that a power cut cannot leave renames without it
            out.force(true);
        }
    }
}
