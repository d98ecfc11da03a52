package org.bulletinarchive.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import org.bulletinarchive.errors.ArchiveException;
import org.bulletinarchive.files.FolderLock;
import org.bulletinarchive.files.Folders;
import org.bulletinarchive.files.SafePaths;

/**
 * Publishes an incremental build into the published site in place: the changed files, staged in
 * {@code .<site>.staging} with the site's layout, are moved into the site one by one, the files the new site no
 * longer has are deleted, and the new zip ({@code .<site>.zip.staging}), war ({@code .<site>.war.staging}) and build state
 * ({@code .<site>.state.staging}) are renamed into place. A journal ({@code .<site>.updating}, on disk before the first move) lists every step; a build
 * interrupted while publishing leaves it, and the next build's {@link #recover} finishes the same steps. Readers of
 * the site meanwhile see each page either old or new. Callers hold the site's {@link FolderLock}.
 */
public final class SiteUpdate {

    /** A file written beside the site under a staged name, then renamed into place. */
    private record Staged(Path staged, Path published) {
        void putInPlace() throws IOException {
            if (Files.exists(staged)) {
                Folders.move(staged, published);
            }
        }
    }

    private final Path site;
    private final Path staging;
    private final Staged zip;
    private final Staged war;
    private final Staged state;
    /** The content cache earlier versions kept beside the site: removed with the first state written. */
    private final Path formerContentCache;
    private final Path journal;
    /** The published files an update replaces or deletes, set aside until it is done. */
    private final Path previous;

    /** The update of the site {@code swap} publishes whole, with the same staging folder, zip and war. */
    public SiteUpdate(SiteSwap swap) {
        this.site = swap.site();
        String name = site.getFileName().toString();
        this.staging = swap.staging();
        this.zip = new Staged(swap.stagedZip(), swap.zip());
        this.war = new Staged(swap.stagedWar(), swap.war());
        this.state = new Staged(site.resolveSibling("." + name + ".state.staging"), site.resolveSibling("." + name + ".state"));
        this.formerContentCache = site.resolveSibling("." + name + ".content");
        this.journal = site.resolveSibling("." + name + ".updating");
        this.previous = swap.folder().resolveSibling("." + name + ".previous");
    }

    public SiteUpdate(Path site) {
        this(new SiteSwap(site));
    }

    /** Where the state of the published site is kept. */
    public Path state() {
        return state.published();
    }

    /** Where a build writes the state of the site it is about to publish. */
    public Path stagedState() {
        return state.staged();
    }

    /** Puts the staged build state in place (after a full build's SiteSwap, or an update). */
    public void putStateInPlace() throws IOException {
        Files.deleteIfExists(formerContentCache);
        state.putInPlace();
    }

    /** Moves {@code changed} (in staging) into the site, deletes {@code removed}, and puts the zip, war and state in place. */
    public void publish(Collection<String> changed, Collection<String> removed) throws IOException {
        List<String> steps = new ArrayList<>();
        // deletions first: a file put by hand where the new site needs a folder is out of the way
        removed.forEach(f -> steps.add("delete " + f));
        changed.forEach(f -> steps.add("move " + f));
        // on disk before the first move, so that a power cut cannot leave moves without it
        Folders.writeDurably(journal, journalText(steps));
        try {
            finish(steps);
        } catch (IOException | RuntimeException e) {
            try {
                rollBack(steps);
            } catch (IOException | RuntimeException again) {
                e.addSuppressed(again);
                throw e; // the journal is left: the next build finishes the update
            }
            throw UpdateFailedException.undone(e, "could not be written", "so the new files were taken out of the site again");
        }
    }

    /** The journal of {@code steps} ("move PATH", "delete PATH"): one a line, then "end" and a hash of the lines, so a journal cut short or changed is known. */
    public static String journalText(List<String> steps) {
        String text = steps.stream().map(step -> step + "\n").collect(Collectors.joining());
        return text + "end " + checksum(text) + "\n";
    }

    /**
     * Finishes the publishing of an interrupted incremental build; returns what was done, for the build's log. Throws
     * {@link DamagedJournal}, having done nothing, when the journal is cut short, changed, or names a path outside the site.
     */
    public List<String> recover() throws IOException {
        if (!Files.exists(journal)) {
            return List.of();
        }
        finish(steps());
        return List.of("finished updating the site and zip of an interrupted build");
    }

    /** The journal's steps, each checked before any is done. */
    private List<String> steps() throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(journal))).toString();
        } catch (CharacterCodingException e) {
            throw new DamagedJournal(journal, "it is not text");
        }
        int end = text.lastIndexOf("end ");
        if (end < 0 || (end > 0 && text.charAt(end - 1) != '\n')
                || !text.substring(end).equals("end " + checksum(text.substring(0, end)) + "\n")) {
            throw new DamagedJournal(journal, "it is cut short or was changed (its last line is not end and the checksum of the others)");
        }
        List<String> steps = text.substring(0, end).lines().toList();
        for (String step : steps) {
            String path = step.substring(step.indexOf(' ') + 1);
            if (!(step.startsWith("move ") || step.startsWith("delete ")) || !SafePaths.isPlainPath(path)) {
                throw new DamagedJournal(journal, "it names " + path + ", which is not a file inside the site");
            }
        }
        return steps;
    }

    private static String checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    /** Removes a journal {@link #recover} refused, and the staged files it would have moved: a full build follows. */
    public void discardJournal() throws IOException {
        Folders.deleteRecursively(journal);
        Folders.deleteRecursively(staging);
        Files.deleteIfExists(zip.staged());
        Files.deleteIfExists(war.staged());
    }

    /** A journal that cannot be followed; {@link #getMessage} says why. */
    public static final class DamagedJournal extends IOException {
        private final Path journal;

        DamagedJournal(Path journal, String reason) {
            super(reason);
            this.journal = journal;
        }

        public Path journal() {
            return journal;
        }
    }

    /**
     * Does {@code steps}, then puts the zip, war and state in place. Each published file a step replaces or deletes is
     * first moved aside into {@code .<site>.previous}, kept until the whole update is done, so that {@link #rollBack} can
     * put it back.
     */
    private void finish(List<String> steps) throws IOException {
        Folders.deleteRecursively(previous); // an earlier update that got this far finished
        for (String step : steps) {
            String path = step.substring(step.indexOf(' ') + 1);
            Path target = SafePaths.inside(site, path, "file");
            if (step.startsWith("move ")) {
                Path staged = SafePaths.inside(staging, path, "file");
                if (Files.exists(staged)) { // else moved before the interruption
                    setAside(target, previous.resolve("site").resolve(path));
                    Files.createDirectories(target.getParent());
                    Folders.move(staged, target);
                }
            } else if (setAside(target, previous.resolve("site").resolve(path))) {
                // a folder left empty is not part of the new site
                removeEmptyFolders(target);
            }
        }
        for (Staged beside : List.of(zip, war)) {
            if (Files.exists(beside.staged())) {
                setAside(beside.published(), previous.resolve(beside.published().getFileName().toString()));
            }
            beside.putInPlace();
        }
        putStateInPlace();
        Files.delete(journal);
        Folders.deleteRecursively(previous);
        Folders.deleteRecursively(staging);
    }

    /** Removes the folders above the removed {@code file} that it leaves empty, up to the site. */
    private void removeEmptyFolders(Path file) throws IOException {
        for (Path folder = file.getParent(); !folder.equals(site); folder = folder.getParent()) {
            try {
                Files.delete(folder);
            } catch (DirectoryNotEmptyException e) {
                break;
            }
        }
    }

    /** Moves the published {@code file}, if there is one, to {@code aside}; returns whether there was one. */
    private static boolean setAside(Path file, Path aside) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Files.createDirectories(aside.getParent());
        Folders.move(file, aside);
        return true;
    }

    /**
     * Undoes the steps of an update that failed part-way: every file it moved into the site is removed (with any folder
     * it made), every file it set aside is put back, and the zip and war set aside with them. The staged files are left
     * to the caller, who discards them.
     */
    private void rollBack(List<String> steps) throws IOException {
        Path aside = previous.resolve("site");
        for (Staged beside : List.of(war, zip)) {
            Path old = previous.resolve(beside.published().getFileName().toString());
            if (Files.exists(old)) {
                Folders.move(old, beside.published());
            }
        }
        List<String> backwards = new ArrayList<>(steps);
        Collections.reverse(backwards);
        for (String step : backwards) {
            String path = step.substring(step.indexOf(' ') + 1);
            Path target = site.resolve(path);
            Path old = aside.resolve(path);
            if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(target.getParent());
                Folders.move(old, target);
            } else if (step.startsWith("move ") && !Files.exists(staging.resolve(path)) && Files.deleteIfExists(target)) {
                // a new file: its folder goes with it when the update made it
                removeEmptyFolders(target);
            }
        }
        Folders.deleteRecursively(previous);
        Files.deleteIfExists(journal);
    }

    /** An update that could not be finished and was undone: the previous site, zip and war are as they were. */
    public static final class UpdateFailedException extends ArchiveException {
        UpdateFailedException(String file, String problem, Throwable cause) {
            super(file, 0, 0, problem, cause);
        }

        /** What {@code failure} stopped ({@code what}: "could not be written"), undone as {@code undone} says. */
        static UpdateFailedException undone(Exception failure, String what, String undone) {
            String file = failure instanceof FileSystemException f && f.getFile() != null ? f.getFile() : "";
            String reason = failure instanceof FileSystemException f ? (f.getReason() != null ? f.getReason() : f.getClass().getSimpleName())
                    : String.valueOf(failure.getMessage());
            return new UpdateFailedException(file, what + " (" + reason + "), " + undone + ": the previous site, zip and war are as they were. "
                    + "Check the path and its permissions, then build again.", failure);
        }
    }
}
