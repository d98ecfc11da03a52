package org.bulletinarchive.bake;

import static org.bulletinarchive.model.ContentFormat.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.Entry;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.model.Issue;
import org.bulletinarchive.model.Place;
import org.bulletinarchive.model.Section;
import org.bulletinarchive.model.Series;
import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads the content folder with JBake's parser (headers and Markdown) into the typed model:
 * one {@link Bulletin} per issue folder, entries in printed order, issues oldest first.
 */
public final class ContentLoader {

    /** Where an issue names one of its original files: the source.N header line of its index.md. */
    public record SourceRef(Issue issue, String path, String contentFile, int line) {
    }

    private final JBakeConfiguration config;
    private final Gazetteer gazetteer;
    private final List<SourceRef> sources = new ArrayList<>();

    public ContentLoader(JBakeConfiguration config, Gazetteer gazetteer) {
        this.config = config;
        this.gazetteer = gazetteer;
    }

    public List<Bulletin> load() {
        sources.clear();
        Path root = config.getContentFolder().toPath();
        Map<Path, Issue> issues = new HashMap<>();
        Map<Path, List<java.util.function.Function<Issue, Entry>>> entries = new HashMap<>();
        Parser parser = new Parser(config);
        for (Path file : contentFiles(root)) {
            String name = root.getParent() == null ? file.toString() : root.getParent().relativize(file).toString();
            DocumentModel doc = parser.processFile(file.toFile());
            if (doc == null) {
                throw new ContentException(name, 1, "JBake could not read this file: it needs a header with type= and status= lines, then " + HEADER_END + ".");
            }
            Header header = new Header(name, doc, file);
            if (!"published".equals(doc.getStatus())) {
                throw new ContentException(name, header.lineOf(STATUS), "status is '" + doc.getStatus() + "'; the archive publishes every issue, so set status=published (or move the file out of content/).");
            }
            switch (doc.getType()) {
                case TYPE_ISSUE -> {
                    Issue issue = header.issue(paragraphs(doc), seriesRoot(root, file.getParent(), header));
                    issues.put(file.getParent(), issue);
                    for (int i = 0; i < issue.sources().size(); i++) {
                        sources.add(new SourceRef(issue, issue.sources().get(i), name, header.lineOf(SOURCE_PREFIX + (i + 1))));
                    }
                }
                case TYPE_ENTRY -> {
                    List<String> body = paragraphs(doc);
                    entries.computeIfAbsent(file.getParent(), k -> new ArrayList<>()).add(issue -> header.entry(issue.series(), body, gazetteer));
                }
                default -> throw new ContentException(name, header.lineOf(TYPE), "unknown type '" + doc.getType() + "'; use type=issue or type=entry.");
            }
        }
        List<Bulletin> bulletins = new ArrayList<>();
        for (var e : issues.entrySet()) {
            Issue issue = e.getValue();
            List<Entry> list = new ArrayList<>();
            for (var makeEntry : entries.getOrDefault(e.getKey(), List.of())) {
                list.add(makeEntry.apply(issue));
            }
            list.sort(Comparator.comparingInt(Entry::order));
            for (Entry entry : list) {
                if (entry.issueNumber() != issue.number() || !entry.date().equals(issue.date())) {
                    throw new ContentException(root.getFileName() + "/" + root.relativize(e.getKey()).resolve(entry.baseName() + ".md"), 0,
                            "the entry says issue " + entry.issueNumber() + " of " + entry.date() + " but its folder holds " + issue.label()
                                    + " of " + issue.date() + "; correct its issue= and date= lines.");
                }
            }
            bulletins.add(new Bulletin(e.getValue(), list));
        }
        for (Path folder : entries.keySet()) {
            if (!issues.containsKey(folder)) {
                throw new ContentException(root.relativize(folder).toString(), 0, "entries without an issue: the folder has no index.md with type=issue.");
            }
        }
        bulletins.sort(Comparator.comparing((Bulletin b) -> b.issue().date()).thenComparingInt(b -> b.issue().number())
                .thenComparing(b -> b.issue().series().slug()));
        return bulletins;
    }

    /** The original files the issues loaded by {@link #load()} name, with the header line of each. */
    public List<SourceRef> sources() {
        return List.copyOf(sources);
    }

    /**
     * The root folder of the issue's series, from where the issue lies: content/issues/<y>/<n>
     * belongs to the archive's first series, content/series/<slug>/<y>/<n> to series <slug>.
     */
    private static String seriesRoot(Path contentRoot, Path issueFolder, Header header) {
        Path rel = contentRoot.relativize(issueFolder);
        String slug = header.text(SERIES_SLUG);
        if (rel.getNameCount() == 3 && rel.getName(0).toString().equals(Series.PRIMARY_ROOT)) {
            return Series.PRIMARY_ROOT;
        }
        if (rel.getNameCount() == 4 && rel.getName(0).toString().equals(Series.OTHER_ROOTS)) {
            if (!rel.getName(1).toString().equals(slug)) {
                throw new ContentException(header.file, header.lineOf(SERIES_SLUG), "seriesSlug=" + slug + " but the issue lies in the folder of series '"
                        + rel.getName(1) + "'; move the issue folder to " + Series.otherRoot(slug) + "/ or correct seriesSlug=.");
            }
            return Series.otherRoot(slug);
        }
        throw new ContentException(header.file, 0, "an issue must lie in content/" + Series.PRIMARY_ROOT + "/<year>/<number>/ or content/"
                + Series.OTHER_ROOTS + "/<series>/<year>/<number>/; move it there (or import the bulletin again).");
    }

    private static List<Path> contentFiles(Path root) {
        if (!Files.isDirectory(root)) {
            throw new ContentException(root.toString(), 0, "the content folder does not exist; import a bulletin first (bulletin-archive import raw/…txt).");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    // hidden files and folders (an import in progress, editor backups) are not content
                    .filter(p -> java.util.stream.StreamSupport.stream(root.relativize(p).spliterator(), false)
                            .noneMatch(part -> part.toString().startsWith(".")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The paragraphs of the rendered Markdown body, as plain text. */
    private static List<String> paragraphs(DocumentModel doc) {
        List<String> out = new ArrayList<>();
        for (Element p : Jsoup.parseBodyFragment(doc.getBody()).body().children()) {
            String text = p.text().strip();
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    /** The header values of one content file, with the line each key stands on. */
    private static final class Header {
        private final String file;
        private final DocumentModel doc;
        private final List<String> lines;

        Header(String file, DocumentModel doc, Path path) {
            this.file = file;
            this.doc = doc;
            try {
                this.lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        int lineOf(String key) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(key + "=")) {
                    return i + 1;
                }
                if (lines.get(i).strip().equals(HEADER_END)) {
                    return i + 1;
                }
            }
            return 1;
        }

        String text(String key) {
            Object value = doc.get(key);
            if (value == null || value.toString().isBlank()) {
                throw new ContentException(file, lineOf(key), "the header has no " + key + "= line; add it above " + HEADER_END + ".");
            }
            return value.toString();
        }

        String optional(String key) {
            Object value = doc.get(key);
            return value == null ? "" : value.toString();
        }

        int number(String key) {
            String value = text(key);
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new ContentException(file, lineOf(key), key + "=" + value + " is not a whole number.");
            }
        }

        LocalDate date() {
            // JBake falls back to the file's modification time when date= is missing or malformed
            int line = lineOf(DATE);
            String raw = lines.get(line - 1).startsWith(DATE + "=") ? lines.get(line - 1).substring(DATE.length() + 1).strip() : "";
            if (raw.isEmpty()) {
                throw new ContentException(file, line, "the header has no date= line; add date=" + "YYYY-MM-DD above " + HEADER_END + " (JBake would fall back to the file's modification time).");
            }
            try {
                LocalDate date = LocalDate.parse(raw);
                Date parsed = doc.getDate();
                if (parsed == null || !parsed.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().equals(date)) {
                    throw new ContentException(file, lineOf(DATE), "date=" + raw + " was not understood by JBake; write it as " + DATE_FORMAT + ".");
                }
                return date;
            } catch (java.time.format.DateTimeParseException e) {
                throw new ContentException(file, lineOf(DATE), "date=" + raw + " is not a date; write it as " + DATE_FORMAT + ", e.g. 2023-09-28.");
            }
        }

        List<String> numbered(String prefix) {
            List<String> values = new ArrayList<>();
            for (int i = 1; doc.get(prefix + i) != null; i++) {
                values.add(doc.get(prefix + i).toString());
            }
            return values;
        }

        Issue issue(List<String> note, String seriesRoot) {
            Series series;
            try {
                series = new Series(text(SERIES_SLUG), text(SERIES), seriesRoot);
            } catch (IllegalArgumentException e) {
                throw new ContentException(file, lineOf(SERIES_SLUG), e.getMessage() + ".");
            }
            String total = optional(TOTAL_NUMBER);
            return new Issue(series, number(ISSUE), optional(ISSUE_TEXT), total.isBlank() ? 0 : number(TOTAL_NUMBER), optional(ISSUER), date(),
                    optional(DATE_TEXT), optional(HEADLINE), optional(ADDRESSEE), note,
                    numbered(SECTION_PREFIX).stream().map(Section::new).toList(), numbered(DISTRIBUTION_PREFIX), numbered(CONTACT_PREFIX),
                    numbered(IMPRINT_PREFIX), numbered(SOURCE_PREFIX));
        }

        Entry entry(Series series, List<String> paragraphs, Gazetteer gazetteer) {
            String slug = text(CITY_SLUG);
            String city = text(CITY);
            Place place = gazetteer.bySlug(slug).filter(p -> p.name().equals(city))
                    .orElseGet(() -> new Place(slug, city, List.of(), optional(CITY_KIND).isBlank() ? Place.OTHER : optional(CITY_KIND),
                            optional(CITY_GROUP), optional(CITY_CODE), optional(CITY_PARENT)));
            String section = optional(SECTION);
            if (paragraphs.isEmpty()) {
                throw new ContentException(file, lineOf(HEADER_END), "the entry has no text below " + HEADER_END + ".");
            }
            return new Entry(series, number(ISSUE), date(), number(ORDER), section.isBlank() ? null : new Section(section), place,
                    optional(HEADING), paragraphs);
        }
    }
}
