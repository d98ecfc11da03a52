package org.bulletinarchive.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Whole-folder operations that let the importer and the build publish all or nothing. */
public final class Folders {

    private Folders() {
    }

    /** Where {@link #replace} sets {@code target} aside while it puts the new one in place: {@code .<name>.replaced} beside it. */
    public static Path setAside(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".replaced");
    }

    /**
     * Puts the finished {@code staged} folder in place of {@code target}: the old folder is moved
     * aside, the staged one renamed into place, then the old one deleted. Both must be siblings.
     */
    public static void replace(Path staged, Path target) throws IOException {
        Path old = setAside(target);
        deleteRecursively(old);
        if (Files.exists(target)) {
            move(target, old);
        }
        move(staged, target);
        deleteRecursively(old);
    }

    /** Writes {@code text} to {@code file} and forces it to disk: a journal that must be there before what it describes is done. */
    public static void writeDurably(Path file, String text) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            out.force(true);
        }
    }

    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Renames {@code from} to {@code to}, replacing it: atomically where the file system can. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
