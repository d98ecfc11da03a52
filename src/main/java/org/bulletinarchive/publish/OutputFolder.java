package org.bulletinarchive.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.bulletinarchive.errors.ArchiveException;

/**
 * The folder a build replaces whole with a new site, checked before any work: never the project or
 * one of its source folders, never a file, never a folder of files the build did not make. Every
 * site the build makes carries {@link #MARKER}; only such a folder, or an empty one, is replaced.
 */
public final class OutputFolder {

    /** The file that marks a folder as a site made by this build (it is in the zip too). */
    public static final String MARKER = ".bulletin-archive-site";

    /** Where the marker lies in the war: under WEB-INF, which no server serves. */
    public static final String WAR_MARKER = "WEB-INF/" + MARKER;

    private static final String MARKER_TEXT = "This folder was made by `bulletin-archive build`; the next build replaces it whole.\n";

    /** Where the folder was named: the --out option, or the destination.folder line of jbake.properties. */
    public record Origin(String file, int line, String setting, String another, String example) {

        static Origin option(String value) {
            return new Origin("", 0, "--out " + value, "choose another --out", "--out target/site-archive");
        }

        static Origin property(Path properties, String value) {
            return new Origin(properties.getFileName().toString(), lineOf(properties, "destination.folder"), "destination.folder=" + value,
                    "set another destination.folder", "destination.folder=target/site-archive");
        }
    }

    private final Path site;
    private final String shown;
    private final Origin origin;

    private OutputFolder(Path site, String shown, Origin origin) {
        this.site = site.toAbsolutePath().normalize();
        this.shown = shown;
        this.origin = origin;
    }

    /** The folder given as {@code build --out DIR} (relative to the current folder). */
    public static OutputFolder ofOption(Path out) {
        return new OutputFolder(out, out.toString(), Origin.option(out.toString()));
    }

    /** The folder of jbake.properties' destination.folder, already resolved against the project. */
    public static OutputFolder ofSetting(Path resolved, Path properties, String value) {
        return new OutputFolder(resolved, value, Origin.property(properties, value));
    }

    /** The site folder, absolute. */
    public Path site() {
        return site;
    }

    /** The zip beside it: {@code <site>.zip}. */
    public Path zip() {
        return site.resolveSibling(site.getFileName() + ".zip");
    }

    /** The war beside it: {@code <site>.war}. */
    public Path war() {
        return site.resolveSibling(site.getFileName() + ".war");
    }

    /** The folder as the user named it, for messages. */
    public String shown() {
        return shown;
    }

    /**
     * Refuses, before anything is touched, a folder that is, contains or lies inside the project or
     * one of {@code sources} (content, templates, assets, raw, src), an existing file, and an existing
     * folder (or zip, or war) the build did not make.
     */
    public void check(Path project, List<Path> sources) {
        Path real = real(site);
        if (site.getParent() == null) {
            throw refuse("is the root of the file system");
        }
        Path root = real(project);
        if (real.equals(root)) {
            throw refuse("is the project folder itself, which holds jbake.properties and the sources");
        }
        if (root.startsWith(real)) {
            throw refuse("contains the project folder " + project.toAbsolutePath().normalize());
        }
        for (Path source : sources) {
            Path s = real(source);
            String name = "the project's " + root.relativize(s).toString().replace('\\', '/') + " folder";
            if (!s.startsWith(root)) {
                name = "the source folder " + s;
            }
            if (real.equals(s)) {
                throw refuse("is " + name);
            }
            if (s.startsWith(real)) {
                throw refuse("contains " + name);
            }
            if (real.startsWith(s)) {
                throw refuse("lies inside " + name);
            }
        }
        if (Files.exists(site) && !Files.isDirectory(site)) {
            throw refuse("is an existing file, not a folder");
        }
        if (Files.isDirectory(site) && !isEmpty(site) && !Files.isRegularFile(site.resolve(MARKER)) && !isEarlierSiteInTarget(root, real)) {
            throw new OutputFolderException(origin, origin.setting() + ": " + site
                    + " holds files the build did not make (it has no " + MARKER + " file); " + origin.another() + " or empty it.");
        }
        Path zip = zip();
        if (Files.exists(zip) && !isZipOf(zip, site.getFileName().toString())) {
            throw new OutputFolderException(origin, origin.setting() + ": " + zip
                    + " exists and is not a zip the build made of this site; move it away or " + origin.another() + ".");
        }
        Path war = war();
        if (Files.exists(war) && !isWarOfABuild(war)) {
            throw new OutputFolderException(origin, origin.setting() + ": " + war
                    + " exists and is not a war the build made; move it away or " + origin.another() + ".");
        }
    }

    /** Writes the marker into a folder the build is making. */
    public static void mark(Path folder) throws IOException {
        Files.writeString(folder.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
    }

    private OutputFolderException refuse(String what) {
        return new OutputFolderException(origin, origin.setting() + " " + what + ", and a build replaces its output folder whole; "
                + "nothing was written. " + Character.toUpperCase(origin.another().charAt(0)) + origin.another().substring(1)
                + " (a folder of its own), e.g. " + origin.example() + ".");
    }

    /**
     * A site made before sites carried the marker, where Maven keeps what it builds (target/ of the
     * project): replacing it is what `mvn package` always did, so an upgrade does not need `mvn clean`.
     */
    private static boolean isEarlierSiteInTarget(Path projectRoot, Path site) {
        return site.startsWith(projectRoot.resolve("target")) && Files.isRegularFile(site.resolve("index.html"))
                && Files.isRegularFile(site.resolve("search.html")) && Files.isDirectory(site.resolve("assets"));
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip whose entries all lie under {@code top/}, as SiteZip writes them. */
    private static boolean isZipOf(Path zip, String top) {
        // the site's marker inside tells it from a zip the user made of a folder of the same name (build --out backup, backup.zip)
        return isArchiveOfABuild(zip, file -> file.getEntry(top + "/" + MARKER) != null && file.stream().allMatch(e -> e.getName().startsWith(top + "/")));
    }

    /** A war with the marker under WEB-INF, as SiteWar writes it. */
    private static boolean isWarOfABuild(Path war) {
        return isArchiveOfABuild(war, file -> file.getEntry(WAR_MARKER) != null);
    }

    /** A zip file that {@code made} recognises as the build's; an empty file is one cut short. */
    private static boolean isArchiveOfABuild(Path archive, Predicate<ZipFile> made) {
        if (!Files.isRegularFile(archive)) {
            return false;
        }
        try {
            if (Files.size(archive) == 0) {
                return true;
            }
            try (ZipFile file = new ZipFile(archive.toFile())) {
                return made.test(file);
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** The real path of the longest existing part, with the rest appended: links and .. resolved as the OS will. */
    static Path real(Path path) {
        Path p = path.toAbsolutePath().normalize();
        Deque<Path> rest = new ArrayDeque<>();
        while (p != null && !Files.exists(p)) {
            rest.push(p.getFileName());
            p = p.getParent();
        }
        try {
            Path real = p == null ? path.toAbsolutePath().getRoot() : p.toRealPath();
            for (Path part : rest) {
                real = real.resolve(part);
            }
            return real.normalize();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** The 1-based line of {@code key=} in a properties file, or 0. */
    static int lineOf(Path properties, String key) {
        try {
            List<String> lines = Files.readAllLines(properties, StandardCharsets.UTF_8);
            int found = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().matches(Pattern.quote(key) + "\\s*[=:].*")) {
                    found = i + 1;
                }
            }
            return found;
        } catch (IOException e) {
            return 0;
        }
    }

    /** An output folder the build refuses to write to. */
    public static final class OutputFolderException extends ArchiveException {
        OutputFolderException(Origin origin, String problem) {
            super(origin.file(), origin.line(), 0, problem, null);
        }
    }
}
