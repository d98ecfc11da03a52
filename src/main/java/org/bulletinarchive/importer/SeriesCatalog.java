package org.bulletinarchive.importer;

import static org.bulletinarchive.model.ContentFormat.HEADER_END;
import static org.bulletinarchive.model.ContentFormat.SERIES;
import static org.bulletinarchive.model.ContentFormat.SERIES_SLUG;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.bulletinarchive.model.Series;

/**
 * The series already in a content folder, read from the issues' headers, so that a new issue
 * joins its series (same slug and folder) and a new series gets a slug and folder of its own:
 * the archive's first series lives under issues/, every later one under series/<slug>/.
 * Names are compared without layout whitespace, so that a title printed on two lines (永州市… /
 * 工作简报), typed on one, or wrapped by a PDF is one series, under the name it was first imported with.
 */
public final class SeriesCatalog {

    /** By {@link #key} of the name. */
    private final Map<String, Series> byName = new LinkedHashMap<>();
    private final Map<String, Series> bySlug = new LinkedHashMap<>();
    private boolean primaryTaken;

    private SeriesCatalog() {
    }

    /** The catalog of an archive with no issues yet. */
    static SeriesCatalog empty() {
        return new SeriesCatalog();
    }

    public SeriesCatalog(Path contentRoot) throws IOException {
        scan(contentRoot.resolve(Series.PRIMARY_ROOT), Series.PRIMARY_ROOT, 2);
        Path others = contentRoot.resolve(Series.OTHER_ROOTS);
        if (Files.isDirectory(others)) {
            try (Stream<Path> list = Files.list(others)) {
                for (Path dir : list.sorted().toList()) {
                    if (Files.isDirectory(dir) && !dir.getFileName().toString().startsWith(".")) {
                        scan(dir, Series.otherRoot(dir.getFileName().toString()), 2);
                    }
                }
            }
        }
    }

    private void scan(Path root, String rootName, int depth) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root, depth + 1)) {
            for (Path index : walk.filter(p -> p.getFileName().toString().equals("index.md")).sorted().toList()) {
                if (root.relativize(index).toString().startsWith(".") || index.toString().contains("/.")) {
                    continue;
                }
                Map<String, String> header = header(index);
                String name = header.get(SERIES);
                String slug = header.get(SERIES_SLUG);
                if (name == null || slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    continue;
                }
                Series series = new Series(slug, name, rootName);
                byName.putIfAbsent(key(name), series);
                bySlug.putIfAbsent(slug, series);
                if (rootName.equals(Series.PRIMARY_ROOT)) {
                    primaryTaken = true;
                }
            }
        }
    }

    private static Map<String, String> header(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null && !line.strip().equals(HEADER_END)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
        } catch (MalformedInputException e) {
            // not UTF-8: the build reports it; the catalog just skips it
        }
        return values;
    }

    /** A series name without layout whitespace (spaces, full-width spaces, line ends): how names are compared. */
    static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        name.chars().filter(c -> !LayoutReader.isLayoutSpace((char) c)).forEach(c -> key.append((char) c));
        return key.toString();
    }

    /** The series a masthead title belongs to: an existing one by name, else a new one with a free slug (not recorded until {@link #register}). */
    Series resolve(String name, String suggestedSlug) {
        Series known = byName.get(key(name));
        if (known != null) {
            return known;
        }
        String slug = suggestedSlug;
        for (int n = 2; bySlug.containsKey(slug); n++) {
            slug = suggestedSlug + "-" + n;
        }
        return new Series(slug, name, primaryTaken ? Series.otherRoot(slug) : Series.PRIMARY_ROOT);
    }

    /** Records a series once an issue of it has been written. */
    void register(Series series) {
        byName.putIfAbsent(key(series.name()), series);
        bySlug.putIfAbsent(series.slug(), series);
        if (series.isPrimary()) {
            primaryTaken = true;
        }
    }
}
