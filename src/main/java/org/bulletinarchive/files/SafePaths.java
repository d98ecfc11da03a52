package org.bulletinarchive.files;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.bulletinarchive.errors.ArchiveException;

/**
 * Where the build writes a page or file: {@code relative} resolved below the site (staging) folder and
 * refused when it would land anywhere else ({@code ../../x}, an absolute path). The writers call it
 * before they create a folder or a file, so an escaping path leaves no stray file behind. The content
 * loader rejects such slugs too; the writers do not rely on it.
 */
public final class SafePaths {

    private SafePaths() {
    }

    /** {@code root.resolve(relative)}, checked to lie strictly inside {@code root}; {@code what} names the page or file. */
    public static Path inside(Path root, String relative, String what) {
        return inside(root, relative, what, "");
    }

    /** As above, for a path that comes from {@code contentFile} (named in the error). */
    public static Path inside(Path root, String relative, String what, String contentFile) {
        Path base = root.toAbsolutePath().normalize();
        Path target;
        boolean absolute;
        try {
            target = base.resolve(relative).normalize();
            absolute = Path.of(relative).isAbsolute();
        } catch (InvalidPathException e) {
            throw new EscapingPathException(contentFile, what, relative, "is not a valid file name (" + e.getReason() + ")");
        }
        if (relative.isEmpty() || absolute || !target.startsWith(base) || target.equals(base)) {
            throw new EscapingPathException(contentFile, what, relative, "would be written outside the site folder " + base);
        }
        return target;
    }

    /**
     * Whether {@code path} is a path as a build writes it, for a file a build reads back (its state, its journal): relative,
     * with '/', and no empty, '.' or '..' part.
     */
    public static boolean isPlainPath(String path) {
        if (path.isEmpty() || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return false;
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** A page or file whose path leaves the site folder. */
    public static final class EscapingPathException extends ArchiveException {
        EscapingPathException(String contentFile, String what, String path, String problem) {
            super(contentFile, 0, 0, what + " " + path + " " + problem + "; nothing was written or published. The path comes from the content's "
                    + "headers (a slug, a series or an issue number): correct the content file that names it.", null);
        }
    }
}
