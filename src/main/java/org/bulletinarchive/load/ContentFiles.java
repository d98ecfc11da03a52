package org.bulletinarchive.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinarchive.model.Series;

/**
 * Finds the content files in the content folder: the {@code .md} files of issue folders
 * ({@code issues/<year>/<number>/} and {@code series/<series>/<year>/<number>/}). Every other
 * file is reported as a warning that names it, so nothing is left out in silence; hidden files
 * and folders (an import in progress, editor swap files) are skipped without a word; a symbolic
 * link is refused, so that nothing outside content/ is published and no issue is read twice.
 */
final class ContentFiles {

    /** The content files in name order, a warning for each file or folder that is not used, and each symbolic link refused. */
    record Found(List<Path> files, List<String> warnings, List<ContentException> errors) {
    }

    static final String EXTENSION = ".md";
    private static final String WHERE = "content is read only from content/" + Series.PRIMARY_ROOT + "/<year>/<number>/ and content/"
            + Series.OTHER_ROOTS + "/<series>/<year>/<number>/";

    private final Path root;
    private final List<Path> files = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<ContentException> errors = new ArrayList<>();

    private ContentFiles(Path root) {
        this.root = root;
    }

    static Found find(Path root) {
        if (!Files.isDirectory(root)) {
            throw new ContentException(root.toString(), 0, "the content folder does not exist; import a bulletin first (bulletin-archive import raw/…txt).");
        }
        ContentFiles found = new ContentFiles(root);
        found.walk(root);
        return new Found(List.copyOf(found.files), List.copyOf(found.warnings), List.copyOf(found.errors));
    }

    /** The name messages use for a path: content/issues/2023/17/index.md, with '/' on every system. */
    static String name(Path root, Path path) {
        Path base = root.getParent() == null ? root : root.getParent();
        String name = base.relativize(path).toString().replace('\\', '/');
        return name.isEmpty() ? root.getFileName().toString() : name;
    }

    private void walk(Path folder) {
        leftovers(folder);
        for (Path child : children(folder)) {
            String rel = root.relativize(child).toString().replace('\\', '/');
            String[] parts = rel.split("/");
            if (!readableName(child)) {
                errors.add(unreadableName(folder, child));
            } else if (Files.isSymbolicLink(child)) {
                errors.add(new ContentException(name(root, child), 0, "is a symbolic link (to " + target(child) + "); the build does not follow links, so that "
                        + "nothing outside content/ is published and no issue is read twice. Put the folder or file itself here, or delete the link."));
            } else if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                if (mayHoldIssues(parts)) {
                    walk(child);
                } else {
                    int count = countFiles(child);
                    if (count > 0) {
                        warnings.add(name(root, child) + "/: not used (" + count + (count == 1 ? " file" : " files") + "): " + WHERE
                                + "; move what belongs to an issue there, and the rest out of content/.");
                    }
                }
            } else if (!Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
                // a named pipe or a device would make the build wait for ever on its first read
                errors.add(new ContentException(name(root, child), 0, "is not a plain file (a named pipe, socket or device); the build reads "
                        + "plain files only. Delete it, or move it out of content/."));
            } else if (isIssueFolder(parts.length - 1, parts) && child.getFileName().toString().endsWith(EXTENSION)) {
                files.add(child);
            } else {
                warnings.add(name(root, child) + ": not used: " + whyNotUsed(child, parts) + ".");
            }
        }
    }

    /**
     * Whether the name of {@code child} reads back as the same file: not so for a name that is not valid UTF-8 (a file
     * copied from a GBK system), nor for any name outside ASCII when Java reads names in ASCII (LANG=C). Such a name is
     * shown as ? or \uFFFD, and JBake, which opens files by their name as text, could not read it.
     */
    private static boolean readableName(Path child) {
        String name = child.getFileName().toString();
        try {
            return name.indexOf('\uFFFD') < 0 && Files.exists(child.resolveSibling(name), LinkOption.NOFOLLOW_LINKS)
                    && child.resolveSibling(name).getFileName().toString().equals(name);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private ContentException unreadableName(Path folder, Path child) {
        String shown = child.getFileName().toString();
        String encoding = System.getProperty("sun.jnu.encoding", "");
        String folderName = name(root, folder) + "/";
        if (!encoding.isEmpty() && !encoding.equalsIgnoreCase("UTF-8") && !encoding.equalsIgnoreCase("UTF8")) {
            String lang = System.getenv().getOrDefault("LC_ALL", System.getenv().getOrDefault("LANG", ""));
            return new ContentException(folderName, 0, "holds a file whose name cannot be read in this locale (" + (lang.isEmpty() ? "" : "LANG=" + lang + ", ")
                    + "file names read as " + encoding + ": shown as " + shown + "); run the command in a UTF-8 locale, e.g. LANG=C.UTF-8 bulletin-archive build.");
        }
        return new ContentException(folderName, 0, "holds a file whose name is not valid UTF-8 (shown as " + shown + "; copied from a system that writes "
                + "names in GBK?); rename it with a name in UTF-8 (e.g. convmv -f gbk -t utf-8 --notest), or move it out of content/.");
    }

    private String whyNotUsed(Path file, String[] parts) {
        String fileName = file.getFileName().toString();
        if (!isIssueFolder(parts.length - 1, parts)) {
            return WHERE + "; move it into an issue folder if it belongs to one, else out of content/";
        }
        if (fileName.endsWith("~") || fileName.endsWith(".bak") || fileName.endsWith(".orig")) {
            return "it looks like an editor's backup; the build reads only files ending in " + EXTENSION + ". Delete it, or move it out of content/";
        }
        return "the build reads only files ending in " + EXTENSION + " (lower case); rename it to …" + EXTENSION
                + " if it is content, else move it out of content/";
    }

    /** Whether a folder (its path parts below content/) is, or lies on the way to, an issue folder. */
    private static boolean mayHoldIssues(String[] parts) {
        if (parts[0].equals(Series.PRIMARY_ROOT)) {
            return parts.length <= 3;
        }
        return parts[0].equals(Series.OTHER_ROOTS) && parts.length <= 4;
    }

    /** Whether the first {@code n} parts name an issue folder: issues/<y>/<n> or series/<slug>/<y>/<n>. */
    private static boolean isIssueFolder(int n, String[] parts) {
        if (n == 0) {
            return false;
        }
        return parts[0].equals(Series.PRIMARY_ROOT) && n == 3 || parts[0].equals(Series.OTHER_ROOTS) && n == 4;
    }

    /** What an import leaves beside an issue folder while it replaces it: .17.replaced (the issue before), .17.importing (the new one). */
    private static final Pattern IMPORT_LEFTOVER = Pattern.compile("\\.([0-9]+)\\.(replaced|importing)");

    /**
     * The folders an interrupted import left: an issue whose folder is missing but whose previous files lie in
     * .N.replaced stops the build (publishing the site without the issue would lose it in silence); any other leftover is
     * named in a warning.
     */
    private void leftovers(Path folder) {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, p -> IMPORT_LEFTOVER.matcher(p.getFileName().toString()).matches())) {
            for (Path leftover : stream) {
                Matcher m = IMPORT_LEFTOVER.matcher(leftover.getFileName().toString());
                m.matches();
                boolean issueThere = Files.isDirectory(folder.resolve(m.group(1)));
                if (m.group(2).equals("replaced") && !issueThere) {
                    errors.add(new ContentException(name(root, leftover), 0, "an import of issue " + m.group(1) + " was interrupted: the issue's folder is "
                            + "missing and its files as they were lie here. Import the bulletin again (the import first puts this folder back), or "
                            + "rename this folder to " + m.group(1) + "."));
                } else {
                    warnings.add(name(root, leftover) + "/: left by an interrupted import; issue " + m.group(1) + (issueThere ? " is in place" : " was never written")
                            + ", so this folder is not used. Delete it.");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a folder in name order, hidden ones left out. */
    private static List<Path> children(Path folder) {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, p -> !p.getFileName().toString().startsWith("."))) {
            List<Path> children = new ArrayList<>();
            stream.forEach(children::add);
            children.sort(null);
            return children;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files below a folder that is not used, hidden ones left out; a link is counted, never followed. */
    private static int countFiles(Path folder) {
        int count = 0;
        for (Path child : children(folder)) {
            count += Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS) ? countFiles(child) : 1;
        }
        return count;
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "an unreadable target";
        }
    }
}
