package org.bulletinarchive.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * A fingerprint of what every page depends on besides what its template is given: this program (its jar, or its
 * classes folder), the templates and jbake.properties. When it differs from the last build's, every page is rendered.
 */
public final class Environment {

    /** Raised whenever pages or the build state change shape, so that no state of an older format is used. */
    private static final String FORMAT = "bulletin-archive build state 1";

    private Environment() {
    }

    public static long of(Path project, JBakeConfiguration config) {
        long h = Hashing.chars(FORMAT);
        h = Hashing.combine(h, program());
        h = Hashing.combine(h, tree(config.getTemplateFolder().toPath(), true));
        Path properties = project.resolve("jbake.properties");
        try {
            h = Hashing.combine(h, Files.isRegularFile(properties) ? Hashing.bytes(Files.readAllBytes(properties)) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return h;
    }

    /** The program's jar (or classes folder) by size and time of each file: a new version changes them. */
    private static long program() {
        try {
            Path code = Path.of(Environment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return tree(code, false);
        } catch (URISyntaxException | RuntimeException e) {
            return System.nanoTime(); // unknown: never the same, so every build is full
        }
    }

    /** Names and contents ({@code contents}) or names, sizes and times of every file under {@code root}. */
    private static long tree(Path root, boolean contents) {
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            long h = files.size();
            for (Path f : files) {
                h = Hashing.combine(h, Hashing.chars(root.relativize(f).toString()));
                if (contents) {
                    h = Hashing.combine(h, Hashing.bytes(Files.readAllBytes(f)));
                } else {
                    h = Hashing.combine(Hashing.combine(h, Files.size(f)), Files.getLastModifiedTime(f).toMillis());
                }
            }
            return h;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
