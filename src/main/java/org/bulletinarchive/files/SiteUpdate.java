package org.bulletinarchive.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Publishes an incremental build into the published site in place: the changed files, staged in
 * {@code .<site>.staging} with the site's layout, are moved into the site one by one, the files the new site no
 * longer has are deleted, and the new zip ({@code .<site>.zip.staging}), war ({@code .<site>.war.staging}) and build state
 * ({@code .<site>.state.staging}) are renamed into place. A journal ({@code .<site>.updating}, on disk before the first move) lists every step; a build
 * interrupted while publishing leaves it, and the next build's {@link #recover} finishes the same steps. Readers of
 * the site meanwhile see each page either old or new. Callers hold the site's {@link FolderLock}.
 */
public final class SiteUpdate {

    private final Path site;
    private final Path staging;
    private final Path stagedZip;
    private final Path zip;
    private final Path stagedWar;
    private final Path war;
    private final Path stagedState;
    private final Path state;
    private final Path stagedContent;
    private final Path content;
    private final Path journal;

    public SiteUpdate(Path site) {
        this.site = site.toAbsolutePath().normalize();
        String name = this.site.getFileName().toString();
        this.staging = this.site.resolveSibling("." + name + ".staging");
        this.stagedZip = this.site.resolveSibling("." + name + ".zip.staging");
        this.zip = this.site.resolveSibling(name + ".zip");
        this.stagedWar = this.site.resolveSibling("." + name + ".war.staging");
        this.war = this.site.resolveSibling(name + ".war");
        this.stagedState = this.site.resolveSibling("." + name + ".state.staging");
        this.state = this.site.resolveSibling("." + name + ".state");
        this.stagedContent = this.site.resolveSibling("." + name + ".content.staging");
        this.content = this.site.resolveSibling("." + name + ".content");
        this.journal = this.site.resolveSibling("." + name + ".updating");
    }

    /** Where the state of the published site is kept. */
    public Path state() {
        return state;
    }

    /** Where the content files as the last build read them are kept (see ContentCache). */
    public Path content() {
        return content;
    }

    /** Where a build writes the content cache of the site it is about to publish. */
    public Path stagedContent() {
        return stagedContent;
    }

    /** Where a build writes the state of the site it is about to publish. */
    public Path stagedState() {
        return stagedState;
    }

    /** Moves {@code changed} (in staging) into the site, deletes {@code removed}, and puts the zip and state in place. */
    public void publish(Collection<String> changed, Collection<String> removed) throws IOException {
        List<String> steps = new ArrayList<>();
        changed.forEach(f -> steps.add("move " + f));
        removed.forEach(f -> steps.add("delete " + f));
        try (FileChannel out = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(java.nio.ByteBuffer.wrap((String.join("\n", steps) + "\n").getBytes(StandardCharsets.UTF_8)));
            // on disk before the first move, so that a power cut cannot leave moves without it
            out.force(true);
        }
        finish(steps);
    }

    /** Finishes the publishing of an interrupted incremental build; returns what was done, for the build's log. */
    public List<String> recover() throws IOException {
        if (!Files.exists(journal)) {
            return List.of();
        }
        finish(Files.readAllLines(journal, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList());
        return List.of("finished updating the site and zip of an interrupted build");
    }

    private void finish(List<String> steps) throws IOException {
        for (String step : steps) {
            String path = step.substring(step.indexOf(' ') + 1);
            Path target = SafePaths.inside(site, path, "file");
            if (step.startsWith("move ")) {
                Path staged = SafePaths.inside(staging, path, "file");
                if (Files.exists(staged)) { // else moved before the interruption
                    Files.createDirectories(target.getParent());
                    Folders.move(staged, target);
                }
            } else if (Files.deleteIfExists(target)) {
                // a folder left empty is not part of the new site
                for (Path folder = target.getParent(); !folder.equals(site); folder = folder.getParent()) {
                    try {
                        Files.delete(folder);
                    } catch (DirectoryNotEmptyException e) {
                        break;
                    }
                }
            }
        }
        if (Files.exists(stagedZip)) {
            Folders.move(stagedZip, zip);
        }
        if (Files.exists(stagedWar)) {
            Folders.move(stagedWar, war);
        }
        if (Files.exists(stagedContent)) {
            Folders.move(stagedContent, content);
        }
        if (Files.exists(stagedState)) {
            Folders.move(stagedState, state);
        }
        Files.delete(journal);
        Folders.deleteRecursively(staging);
    }
}
