package org.bulletinarchive.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies of folders for fixture projects: the one recursive copy the tests share. */
public final class Trees {

    private Trees() {
    }

    /** Copies every file and folder under {@code from} to {@code to}, replacing files that exist. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** A copy of this project as an editor has it: jbake.properties, templates/, assets/, the committed content/ and raw/. */
    public static Path copyOfProject(Path to) throws IOException {
        Path project = Path.of("").toAbsolutePath();
        for (String part : java.util.List.of("templates", "assets", "content", "raw")) {
            copy(project.resolve(part), to.resolve(part));
        }
        Files.copy(project.resolve("jbake.properties"), to.resolve("jbake.properties"), StandardCopyOption.REPLACE_EXISTING);
        return to;
    }
}
