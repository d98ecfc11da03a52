package org.bulletinarchive.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * What a failed command tells the editor: each problem with its place, what is wrong and what to do. A file-system
 * error is said in those words too; anything else is a bug, and says so. Used by Main (the terminal), check and the
 * preview's error page, so the same mistake reads the same everywhere.
 */
public final class Failures {

    private Failures() {
    }

    /** The problems {@code failure} stands for, one per mistake. */
    public static List<ArchiveException> explain(Throwable failure) {
        Throwable shown = failure instanceof UncheckedIOException u ? u.getCause() : failure;
        if (shown instanceof ArchiveException a) {
            return Problems.each(a);
        }
        if (shown instanceof AccessDeniedException a) {
            return List.of(new ArchiveException(a.getFile(), 0, "permission denied; check that you may read and write there, or choose another folder."));
        }
        if (shown instanceof NoSuchFileException a) {
            return List.of(new ArchiveException(a.getFile(), 0, "no such file or folder; check the path."));
        }
        if (shown instanceof FileSystemException a) {
            return List.of(new ArchiveException(a.getFile(), 0, (a.getReason() == null ? "cannot be used" : a.getReason())
                    + "; check the path and its permissions."));
        }
        if (shown instanceof IOException) {
            return List.of(new ArchiveException("", 0, shown.getMessage() + "; check the files and folders named, and the free disk space."));
        }
        return List.of(new ArchiveException("", 0, "unexpected " + shown.getClass().getSimpleName() + ": " + shown.getMessage()
                + " — this is a bug in bulletin-archive; run again with --debug and report the output."));
    }
}
