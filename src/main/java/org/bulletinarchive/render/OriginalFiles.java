package org.bulletinarchive.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bulletinarchive.errors.Problems;
import org.bulletinarchive.files.SafePaths;
import org.bulletinarchive.load.ContentException;
import org.bulletinarchive.load.ContentLoader;
import org.bulletinarchive.model.Issue;
import org.bulletinarchive.output.SiteOutput;
import org.bulletinarchive.view.Views.Original;

/**
 * The originals stage: checks that every original file an issue names (source.N) exists in the
 * project, and copies each PDF into the site beside its issue page as
 * {@code <series>-<year>-<number>.pdf}, so readers can open the document as printed.
 */
public final class OriginalFiles {

    private OriginalFiles() {
    }

    /**
     * Writes the PDFs through the site's writer (like a page: only when changed); returns, per issue (by identity), the
     * published originals in header order.
     */
    public static Map<Issue, List<Original>> publish(List<ContentLoader.SourceRef> sources, Path project, SiteOutput output) {
        Map<Issue, List<Original>> published = new IdentityHashMap<>();
        for (ContentLoader.SourceRef source : sources) {
            Path file = located(source, project);
            if (!source.path().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                continue;
            }
            Issue issue = source.issue();
            List<Original> list = published.computeIfAbsent(issue, i -> new ArrayList<>());
            String name = issue.series().slug() + "-" + issue.year() + "-" + issue.number() + (list.isEmpty() ? "" : "-" + (list.size() + 1)) + ".pdf";
            String url = issue.folder() + "/" + name;
            try {
                SafePaths.inside(output.staging(), url, "the original PDF", source.contentFile());
                byte[] bytes = Files.readAllBytes(file);
                output.write(url, bytes, 0);
                list.add(new Original(url, name, size(bytes.length)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return published;
    }

    /** Checks, writing nothing, that every original file named is in the project; each one missing is a problem. */
    public static void check(List<ContentLoader.SourceRef> sources, Path project, Problems problems) {
        for (ContentLoader.SourceRef source : sources) {
            problems.attempt(() -> located(source, project));
        }
    }

    private static Path located(ContentLoader.SourceRef source, Path project) {
        Path file = project.resolve(source.path()).normalize();
        if (!file.startsWith(project) || !Files.isRegularFile(file)) {
            throw new ContentException(source.contentFile(), source.line(), "the original file " + source.path()
                    + " is not in the project folder (" + project + "); put it there, or correct or remove this source line.");
        }
        return file;
    }

    /** A file size as readers say it: 812 字节, 36 KB, 1.4 MB. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " 字节";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
