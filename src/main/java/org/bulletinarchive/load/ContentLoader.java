package org.bulletinarchive.load;

import static org.bulletinarchive.model.ContentFormat.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinarchive.errors.Problems;
import org.bulletinarchive.files.Parallel;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.ContentFormat;
import org.bulletinarchive.model.Entry;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.model.Issue;
import org.bulletinarchive.model.Place;
import org.bulletinarchive.model.Section;
import org.bulletinarchive.model.Series;
import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

/**
 * Reads the content folder into the typed model: one {@link Bulletin} per issue folder, entries in
 * printed order, issues oldest first. Headers are read as JBake's parser reads them ({@link HeaderReader}); bodies are plain
 * paragraphs ({@link ContentText}). Every value that becomes part of a path (slugs, numbers) is
 * checked where it is read, two files that would become one page are refused naming both, and
 * every file the build does not use is reported in {@link #warnings()}.
 */
public final class ContentLoader {

    /** Where an issue names one of its original files: the source.N header line of its index.md. */
    public record SourceRef(Issue issue, String path, String contentFile, int line) {
    }

    /** A permanent URL id: lower-case ASCII letters and digits, joined by single '-'. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The highest issue (and 总第N期) number accepted; long-running series reach a few thousand. */
    static final int MAX_ISSUE = 99_999;
    /** The highest position of an entry in its issue. */
    static final int MAX_ORDER = 999;
    /** An earlier page name of an item: its number and slug (05-general). */
    private static final Pattern ALIAS = Pattern.compile("[0-9]{2,3}-[a-z0-9]+(-[a-z0-9]+)*");
    /** The pseudo-subject 综合 that items without a subject were filed under before they could have none. */
    private static final String LEGACY_GENERAL = "general";

    private final JBakeConfiguration config;
    private final Gazetteer gazetteer;
    private final List<SourceRef> sources = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    public ContentLoader(JBakeConfiguration config, Gazetteer gazetteer) {
        this.config = config;
        this.gazetteer = gazetteer;
    }

    /** One issue file read, with the folder it lies in. */
    private record IssueFile(Issue issue, Header header, Path folder) {
    }

    /**
     * Reads every content file. Each problem (a bad header value, a file that is not UTF-8, two files that would be one
     * page …) is recorded and the others are still read, so that one call reports every mistake in the content: one is
     * thrown as a {@link ContentException}, several as an {@link org.bulletinarchive.errors.ManyProblemsException}.
     */
    public List<Bulletin> load() {
        sources.clear();
        warnings.clear();
        Problems problems = new Problems();
        Path root = config.getContentFolder().toPath();
        ContentFiles.Found found = ContentFiles.find(root);
        warnings.addAll(found.warnings());
        found.errors().forEach(problems::add);
        Map<Path, IssueFile> issues = new LinkedHashMap<>();
        Map<Path, List<Header>> entries = new LinkedHashMap<>();
        // a folder whose index.md has a mistake: its entries are not also reported as entries without an issue
        Set<Path> brokenIssues = new HashSet<>();
        // reading and parsing the files is the cost: both cores do it (a JBake parser per thread), in file order
        HeaderOnlyEngine.register();
        ThreadLocal<Parser> parsers = ThreadLocal.withInitial(() -> new Parser(config));
        HeaderReader headers = new HeaderReader(config);
        List<Read> read = Parallel.map(found.files(), file -> {
            String name = ContentFiles.name(root, file);
            try {
                byte[] bytes = Files.readAllBytes(file);
                List<String> lines = ContentText.lines(bytes, name);
                // the plain form every imported file has is read here; JBake's parser reads any other
                DocumentModel doc = headers.read(lines);
                if (doc == null) {
                    doc = parsers.get().processFile(file.toFile());
                }
                if (doc == null) {
                    throw new ContentException(name, 1, "JBake could not read this file: it needs a header with type= and status= lines, then " + HEADER_END + ".");
                }
                return withoutControls(new Read(file, name, lines, doc, null, List.of()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ContentException e) {
                // reported below in file order, so that the same mistakes always give the same messages
                return new Read(file, name, null, null, e, List.of());
            }
        });
        for (Read r : read) {
            warnings.addAll(r.warnings());
            if (r.error() != null) {
                problems.add(r.error());
                if (r.file().getFileName().toString().equals("index.md")) {
                    brokenIssues.add(r.file().getParent());
                }
                continue;
            }
            Path file = r.file();
            Header header = new Header(r.name(), r.doc(), r.lines());
            boolean ok = problems.attempt(() -> readFile(root, file, header, issues, entries));
            if (!ok && !TYPE_ENTRY.equals(r.doc().getType())) {
                brokenIssues.add(file.getParent());
            }
        }
        checkOnePagePerIssue(root, issues.values(), problems);
        for (Path folder : entries.keySet()) {
            if (brokenIssues.contains(folder)) {
                // the entries' own mistakes are reported too, though they cannot be checked against their issue
                entries.get(folder).forEach(header -> problems.attempt(() -> header.entry(null, gazetteer)));
            } else if (!issues.containsKey(folder)) {
                problems.add(new ContentException(ContentFiles.name(root, folder), 0, "entries without an issue: the folder has no index.md with type=issue."));
            }
        }
        List<Bulletin> bulletins = new ArrayList<>();
        for (IssueFile issueFile : issues.values()) {
            Issue issue = issueFile.issue();
            for (int i = 0; i < issue.sources().size(); i++) {
                sources.add(new SourceRef(issue, issue.sources().get(i), issueFile.header().file, issueFile.header().lineOf(SOURCE_PREFIX + (i + 1))));
            }
            Map<String, Header> pages = new HashMap<>();
            List<Entry> list = new ArrayList<>();
            for (Header header : entries.getOrDefault(issueFile.folder(), List.of())) {
                Entry entry = problems.attempt(() -> entryOf(header, issue, pages));
                if (entry != null) {
                    list.add(entry);
                }
            }
            list.sort(Comparator.comparingInt(Entry::order));
            bulletins.add(new Bulletin(issue, list));
        }
        problems.throwIfAny();
        bulletins.sort(Comparator.comparing((Bulletin b) -> b.issue().date()).thenComparingInt(b -> b.issue().number())
                .thenComparing(b -> b.issue().series().slug()));
        return bulletins;
    }

    /** Reads one file's header: an issue into {@code issues}, an entry's header into {@code entries} (read with its issue). */
    private void readFile(Path root, Path file, Header header, Map<Path, IssueFile> issues, Map<Path, List<Header>> entries) {
        DocumentModel doc = header.doc;
        if (!"published".equals(doc.getStatus())) {
            throw new ContentException(header.file, header.lineOf(STATUS), "status is '" + doc.getStatus() + "'; the archive publishes every issue, so set status=published (or move the file out of content/).");
        }
        switch (doc.getType()) {
            case TYPE_ISSUE -> {
                IssueFile other = issues.get(file.getParent());
                if (other != null) {
                    throw new ContentException(header.file, header.lineOf(TYPE), "a second issue in the folder of " + other.header().file
                            + "; an issue folder holds one issue (index.md) and its entries. Delete one, or move it to its own folder.");
                }
                Issue issue = header.issue(ContentText.body(header.lines), () -> seriesRoot(root, file.getParent(), header));
                issues.put(file.getParent(), new IssueFile(issue, header, file.getParent()));
            }
            case TYPE_ENTRY -> entries.computeIfAbsent(file.getParent(), k -> new ArrayList<>()).add(header);
            default -> throw new ContentException(header.file, header.lineOf(TYPE), "unknown type '" + doc.getType() + "'; use type=issue or type=entry.");
        }
    }

    /** An entry of {@code issue}; {@code pages} holds the entries read so far by page name, to refuse a second one. */
    private Entry entryOf(Header header, Issue issue, Map<String, Header> pages) {
        Entry entry = header.entry(issue.series(), gazetteer);
        if (entry.issueNumber() != issue.number() || !entry.date().equals(issue.date())) {
            throw new ContentException(header.file, header.lineOf(entry.issueNumber() != issue.number() ? ISSUE : DATE),
                    "the entry says issue " + entry.issueNumber() + " of " + entry.date() + " but its folder holds " + issue.label()
                            + " of " + issue.date() + "; correct its issue= and date= lines.");
        }
        for (String alias : entry.aliases()) {
            Header other = pages.putIfAbsent(alias, header);
            if (other != null) {
                throw new ContentException(header.file, header.lineOf(ALIAS_PREFIX), "the earlier page name " + alias + " is also the page of "
                        + other.file + "; an old address can lead to one item only. Delete the " + ALIAS_PREFIX + "N line.");
            }
        }
        Header same = pages.putIfAbsent(entry.baseName(), header);
        if (same != null) {
            throw new ContentException(header.file, header.lineOf(ORDER), "the same page as " + same.file + ": both are entry " + entry.order()
                    + " on " + entry.primarySlug() + " and would be written to " + issue.folder() + "/" + entry.baseName()
                    + ".html, one over the other. Delete the copy, or give one another order= (or another first subject).");
        }
        return entry;
    }

    /** One content file as read: its lines and JBake's reading of its header, and what was left out of them. */
    private record Read(Path file, String name, List<String> lines, DocumentModel doc, ContentException error, List<String> warnings) {
    }

    /** A control character (NUL, BEL, backspace …; not a tab or a line end): no page, feed or sitemap may carry one. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    private static boolean hasControl(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    /**
     * The file with its control characters left out (they would make feed.xml not well-formed, and show as nothing or
     * garbage on a page), one warning for each line that had one.
     */
    private static Read withoutControls(Read r) {
        List<String> warnings = new ArrayList<>();
        List<String> lines = new ArrayList<>(r.lines().size());
        for (int i = 0; i < r.lines().size(); i++) {
            String line = r.lines().get(i);
            Matcher m = hasControl(line) ? CONTROL.matcher(line) : null;
            if (m != null && m.find()) {
                warnings.add(r.name() + ":" + (i + 1) + ": a control character (U+" + String.format("%04X", (int) m.group().charAt(0))
                        + ") is left out of the pages and feeds; delete it from the file (it is invisible in most editors).");
                line = CONTROL.matcher(line).replaceAll("");
            }
            lines.add(line);
        }
        if (warnings.isEmpty()) {
            return r;
        }
        DocumentModel doc = new DocumentModel();
        r.doc().forEach((k, v) -> doc.put(k, v instanceof String text ? CONTROL.matcher(text).replaceAll("") : v));
        return new Read(r.file(), r.name(), lines, doc, null, warnings);
    }

    /** The original files the issues loaded by {@link #load()} name, with the header line of each. */
    public List<SourceRef> sources() {
        return List.copyOf(sources);
    }

    /**
     * What the last {@link #load()} left out, one line per file or folder, e.g.
     * {@code content/issues/2023/17/10-changsha.md~: not used: it looks like an editor's backup; …}.
     */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Refuses two issues that would be one page (a copy of an issue folder, a hand-edited number),
     * an issue whose folder is not the one its pages go to, and a series whose issues lie in two roots.
     */
    private static void checkOnePagePerIssue(Path root, Collection<IssueFile> issues, Problems problems) {
        Map<String, IssueFile> byPage = new HashMap<>();
        Map<String, IssueFile> rootOfSeries = new HashMap<>();
        IssueFile primary = null;
        for (IssueFile f : issues) {
            Issue issue = f.issue();
            IssueFile p = primary;
            problems.attempt(() -> checkIssuePage(root, f, byPage, rootOfSeries, p));
            if (issue.series().isPrimary() && primary == null) {
                primary = f;
            }
        }
    }

    /** One issue of {@link #checkOnePagePerIssue}: {@code primary} is the first issue of content/issues/ seen before it, or null. */
    private static void checkIssuePage(Path root, IssueFile f, Map<String, IssueFile> byPage, Map<String, IssueFile> rootOfSeries, IssueFile primary) {
        Issue issue = f.issue();
        String page = issue.folder() + "/index.html";
        IssueFile same = byPage.putIfAbsent(page, f);
        if (same != null) {
            throw new ContentException(f.header().file, f.header().lineOf(ISSUE), "the same issue as " + same.header().file + ": both are "
                    + issue.label() + " of " + issue.year() + " in series " + issue.series().slug() + " and would be written to " + page
                    + ", one over the other. Delete the copy (or correct its issue= or date=).");
        }
        String folder = ContentFiles.name(root, f.folder());
        String expected = ContentFiles.name(root, root.resolve(issue.folder()));
        if (!folder.equals(expected)) {
            throw new ContentException(f.header().file, f.header().lineOf(ISSUE), issue.label() + " of " + issue.date() + " lies in " + folder
                    + "/, but its pages are " + issue.folder() + "/; move the folder to " + expected + "/ (or correct issue= and date=).");
        }
        IssueFile sameSeries = rootOfSeries.putIfAbsent(issue.series().slug(), f);
        if (sameSeries != null && !sameSeries.issue().series().root().equals(issue.series().root())) {
            throw new ContentException(f.header().file, f.header().lineOf(SERIES_SLUG), "series " + issue.series().slug() + " lies in two places: "
                    + "this issue in content/" + issue.series().root() + "/, " + sameSeries.header().file + " in content/"
                    + sameSeries.issue().series().root() + "/; move the issues of one series into one of them.");
        }
        if (issue.series().isPrimary()) {
            if (primary != null && !primary.issue().series().slug().equals(issue.series().slug())) {
                throw new ContentException(f.header().file, f.header().lineOf(SERIES_SLUG), "content/" + Series.PRIMARY_ROOT
                        + "/ holds the archive's first series only, but this issue is of series " + issue.series().slug() + " and "
                        + primary.header().file + " of series " + primary.issue().series().slug() + "; move the issues of one of them to content/"
                        + Series.OTHER_ROOTS + "/<series>/.");
            }
        }
    }

    /**
     * The root folder of the issue's series, from where the issue lies: content/issues/<y>/<n>
     * belongs to the archive's first series, content/series/<slug>/<y>/<n> to series <slug>.
     */
    private static String seriesRoot(Path contentRoot, Path issueFolder, Header header) {
        Path rel = contentRoot.relativize(issueFolder);
        String slug = header.slug(SERIES_SLUG, "yongzhou-zhuanbao");
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

    /** The header values of one content file, with the line each key stands on. */
    private static final class Header {
        private final String file;
        private final DocumentModel doc;
        private final List<String> lines;

        Header(String file, DocumentModel doc, List<String> lines) {
            this.file = file;
            this.doc = doc;
            this.lines = lines;
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

        /** A slug that becomes part of a path or URL; {@code example} shows what one looks like. */
        String slug(String key, String example) {
            return checkedSlug(key, text(key), example);
        }

        /** An optional slug: empty, or a slug. */
        String optionalSlug(String key, String example) {
            String value = optional(key);
            return value.isEmpty() ? value : checkedSlug(key, value, example);
        }

        private String checkedSlug(String key, String value, String example) {
            return checkedSlug(key, value, example, key);
        }

        /** {@code value} of {@code what} (a header key, or a field of one), which stands on the line of {@code key}. */
        private String checkedSlug(String what, String value, String example, String key) {
            if (!SLUG.matcher(value).matches()) {
                throw new ContentException(file, lineOf(key), what + "=" + value + " is not a slug: use lower-case letters, digits and '-' (e.g. "
                        + example + ").");
            }
            return value;
        }

        /** A whole number from 1 to {@code max}; {@code what} says what it counts, for the message. */
        int number(String key, int max, String what) {
            String value = text(key).strip();
            if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > max) {
                throw new ContentException(file, lineOf(key), key + "=" + value + " is not " + what + ": write a whole number from 1 to " + max + ".");
            }
            return Integer.parseInt(value);
        }

        int issueNumber() {
            return number(ISSUE, MAX_ISSUE, "an issue number (the N of 第N期)");
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
            } catch (DateTimeParseException e) {
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

        /** The issue this header describes; every bad value is reported, not only the first. */
        Issue issue(List<String> note, Supplier<String> seriesRoot) {
            Problems problems = new Problems();
            String slug = problems.attempt(() -> slug(SERIES_SLUG, "yongzhou-zhuanbao"));
            String name = problems.attempt(() -> text(SERIES));
            String root = slug == null ? null : problems.attempt(seriesRoot);
            Integer number = problems.attempt(this::issueNumber);
            String total = optional(TOTAL_NUMBER);
            Integer totalNumber = total.isBlank() ? Integer.valueOf(0)
                    : problems.attempt(() -> number(TOTAL_NUMBER, MAX_ISSUE, "a running issue number (the N of 总第N期)"));
            LocalDate date = problems.attempt(this::date);
            problems.throwIfAny();
            Series series = new Series(slug, name, root);
            return new Issue(series, number, optional(ISSUE_TEXT), totalNumber, optional(ISSUER), date,
                    optional(DATE_TEXT), optional(HEADLINE), optional(ADDRESSEE), note,
                    numbered(SECTION_PREFIX).stream().map(Section::new).toList(), numbered(ATTACHMENT_PREFIX), numbered(DISTRIBUTION_PREFIX), numbered(CONTACT_PREFIX),
                    numbered(IMPRINT_PREFIX), numbered(SOURCE_PREFIX));
        }

        /** The entry this header describes; every bad value is reported, not only the first. */
        Entry entry(Series series, Gazetteer gazetteer) {
            Problems problems = new Problems();
            List<Place> subjects = new ArrayList<>();
            List<String> aliases = new ArrayList<>(numbered(ALIAS_PREFIX));
            boolean wasGeneral = false;
            if (doc.get(SUBJECT_PREFIX + 1) != null || doc.get(LEGACY_CITY_SLUG) == null) {
                List<String> values = numbered(SUBJECT_PREFIX);
                for (int i = 0; i < values.size(); i++) {
                    Place p = problems.attempt(subject(SUBJECT_PREFIX + (i + 1), values.get(i), gazetteer));
                    if (p != null && subjects.stream().anyMatch(s -> s.slug().equals(p.slug()))) {
                        problems.add(new ContentException(file, lineOf(SUBJECT_PREFIX + (i + 1)), "subject " + p.slug()
                                + " is named twice; an item lists each of its subjects once. Delete one of the lines."));
                    } else if (p != null) {
                        subjects.add(p);
                    }
                }
            } else {
                wasGeneral = Boolean.TRUE.equals(problems.attempt(() -> legacySubject(gazetteer, subjects)));
            }
            for (int i = 0; i < aliases.size(); i++) {
                String alias = aliases.get(i);
                if (!ALIAS.matcher(alias).matches()) {
                    int at = i + 1;
                    problems.add(new ContentException(file, lineOf(ALIAS_PREFIX + at), ALIAS_PREFIX + at + "=" + alias
                            + " is not an earlier page name of an item: write its number and slug, e.g. " + ALIAS_PREFIX + at + "=05-general."));
                }
            }
            Integer issueNumber = problems.attempt(this::issueNumber);
            Integer order = problems.attempt(() -> number(ORDER, MAX_ORDER, "an entry's place in its issue (1 for the first)"));
            LocalDate date = problems.attempt(this::date);
            List<String> paragraphs = ContentText.body(lines);
            if (paragraphs.isEmpty()) {
                problems.add(new ContentException(file, lineOf(HEADER_END), "the entry has no text below " + HEADER_END + "."));
            }
            problems.throwIfAny();
            if (wasGeneral) {
                // its page keeps its old name as an alias, so that a link to NN-general.html still leads to it
                aliases.add(String.format("%02d-%s", order, LEGACY_GENERAL));
            }
            String section = optional(SECTION);
            return new Entry(series, issueNumber, date, order, section.isBlank() ? null : new Section(section), subjects,
                    optional(HEADING), paragraphs, aliases);
        }

        /** A subject.N line: name|slug|kind|group|parent|code, the gazetteer's place when it is one. */
        private Supplier<Place> subject(String key, String value, Gazetteer gazetteer) {
            return () -> {
                String[] f = ContentFormat.subjectFields(value);
                if (f == null || f[0].isEmpty()) {
                    throw new ContentException(file, lineOf(key), key + "=" + value + " is not a subject: write its six fields " + SUBJECT_FIELDS
                            + ", e.g. " + key + "=长沙县|changsha-xian|county|hunan|changsha|430121 (empty fields may stay empty).");
                }
                String slug = checkedSlug(key + " slug", f[1], "changsha-xian", key);
                String group = f[3].isEmpty() ? f[3] : checkedSlug(key + " group", f[3], "hunan", key);
                String parent = f[4].isEmpty() ? f[4] : checkedSlug(key + " parent", f[4], "changsha", key);
                return placeOf(gazetteer, slug, f[0], f[2], group, f[5], parent);
            };
        }

        /** The city=/citySlug= header of files written before items had several subjects; 综合 (general) was no subject. */
        private boolean legacySubject(Gazetteer gazetteer, List<Place> subjects) {
            Problems problems = new Problems();
            String slug = problems.attempt(() -> slug(LEGACY_CITY_SLUG, "changsha-xian"));
            String name = problems.attempt(() -> text(LEGACY_CITY));
            String group = problems.attempt(() -> optionalSlug(LEGACY_CITY_GROUP, "hunan"));
            String parent = problems.attempt(() -> optionalSlug(LEGACY_CITY_PARENT, "changsha"));
            problems.throwIfAny();
            if (LEGACY_GENERAL.equals(slug)) {
                return true;
            }
            subjects.add(placeOf(gazetteer, slug, name, optional(LEGACY_CITY_KIND), group, optional(LEGACY_CITY_CODE), parent));
            return false;
        }

        private static Place placeOf(Gazetteer gazetteer, String slug, String name, String kind, String group, String code, String parent) {
            return gazetteer.bySlug(slug).filter(p -> p.name().equals(name))
                    .orElseGet(() -> new Place(slug, name, List.of(), kind.isBlank() ? Place.OTHER : kind, group, code, parent));
        }
    }
}
