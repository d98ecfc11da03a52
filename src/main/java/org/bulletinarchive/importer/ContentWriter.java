package org.bulletinarchive.importer;

import static org.bulletinarchive.model.ContentFormat.*;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletinarchive.files.Folders;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.ContentFormat;
import org.bulletinarchive.model.Entry;
import org.bulletinarchive.model.Issue;
import org.bulletinarchive.model.Place;

/**
 * Writes an imported bulletin as JBake content files: {@code issues/<year>/<n>/index.md} for
 * the issue and {@code issues/<year>/<n>/<order>-<slug>.md} per entry. The folder appears
 * whole or not at all: files are written to a hidden sibling folder, then moved into place.
 */
public final class ContentWriter {

    private final Path contentRoot;

    public ContentWriter(Path contentRoot) {
        this.contentRoot = contentRoot;
    }

    /** The folder the issue goes to. */
    public Path folderOf(Issue issue) {
        return contentRoot.resolve(issue.folder());
    }

    /** How an issue about to be written compares with what the content folder holds. */
    public enum Comparison { ABSENT, SAME_TEXT, DIFFERENT }

    /** The original files recorded for the issue's folder (source.N lines), or none. */
    public List<String> existingSources(Issue issue) throws IOException {
        Path index = folderOf(issue).resolve("index.md");
        List<String> sources = new ArrayList<>();
        if (!Files.isRegularFile(index)) {
            return sources;
        }
        for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            if (line.strip().equals(HEADER_END)) {
                break;
            }
            if (line.startsWith(SOURCE_PREFIX)) {
                sources.add(line.substring(line.indexOf('=') + 1));
            }
        }
        return sources;
    }

    /** Whether the issue's folder holds exactly these files (from {@link #files}) with this text, the list of originals aside. */
    public Comparison compare(Issue issue, Map<String, String> files) throws IOException {
        Path folder = folderOf(issue);
        if (!Files.exists(folder)) {
            return Comparison.ABSENT;
        }
        Set<String> present = new TreeSet<>();
        try (var list = Files.list(folder)) {
            list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).forEach(present::add);
        }
        notImported(issue).forEach(present::remove);
        if (!present.equals(new TreeSet<>(files.keySet()))) {
            return Comparison.DIFFERENT;
        }
        for (var e : files.entrySet()) {
            String existing;
            try {
                existing = Files.readString(folder.resolve(e.getKey()), StandardCharsets.UTF_8);
            } catch (MalformedInputException ex) {
                return Comparison.DIFFERENT;
            }
            if (!withoutSources(existing).equals(withoutSources(e.getValue()))) {
                return Comparison.DIFFERENT;
            }
        }
        return Comparison.SAME_TEXT;
    }

    private static String withoutSources(String file) {
        return file.replaceAll("(?m)^" + Pattern.quote(SOURCE_PREFIX) + "[0-9]+=.*\n", "");
    }

    /** The files of an issue folder by name, issue first, in order. */
    static Map<String, String> files(Bulletin bulletin) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("index.md", issueFile(bulletin));
        for (Entry entry : bulletin.entries()) {
            files.put(entry.baseName() + ".md", entryFile(bulletin.issue(), entry));
        }
        return files;
    }

    /** An entry file as the importer names it: its order, two or three digits, and a slug (01-changsha.md). */
    private static final Pattern ENTRY_FILE = Pattern.compile("([0-9]{2,3})-[a-z0-9]+(-[a-z0-9]+)*\\.md");

    /**
     * The files and folders in the issue's folder that no import wrote, by name: all but index.md and the entry files
     * it counts (entries=N: the files named 01-… to N-…), such as notes, a copy of the Word file, or an entry added by
     * hand after the last one (20-correction.md in an issue of 19).
     */
    public List<String> notImported(Issue issue) throws IOException {
        Path folder = folderOf(issue);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        int entries = Integer.MAX_VALUE; // without a count, every file named as an entry is taken for one
        Path index = folder.resolve("index.md");
        if (Files.isRegularFile(index)) {
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                if (line.strip().equals(HEADER_END)) {
                    break;
                }
                if (line.matches(Pattern.quote(ENTRIES) + "=[0-9]{1,4}")) {
                    entries = Integer.parseInt(line.substring(line.indexOf('=') + 1));
                }
            }
        }
        int count = entries;
        try (var children = Files.list(folder)) {
            return children.map(p -> p.getFileName().toString()).filter(name -> !name.equals("index.md")).filter(name -> {
                Matcher m = ENTRY_FILE.matcher(name);
                return !m.matches() || Integer.parseInt(m.group(1)) > count;
            }).sorted().toList();
        }
    }

    /** Where the new files of an issue's {@code folder} are written before they replace it: {@code .<number>.importing}. */
    private static Path staging(Path folder) {
        return folder.resolveSibling("." + folder.getFileName() + ".importing");
    }

    /**
     * Finishes or undoes what an import of {@code issue} cut short left beside its folder (see {@link #write}): the issue as it
     * was ({@code .N.replaced}) is put back when its folder is missing and removed when the new folder is in place; the new
     * files not yet in place ({@code .N.importing}) are removed. Returns what was done, one line each.
     */
    public List<String> recoverInterrupted(Issue issue) throws IOException {
        Path folder = folderOf(issue);
        Path replaced = Folders.setAside(folder);
        Path importing = staging(folder);
        List<String> done = new ArrayList<>();
        if (Files.isDirectory(replaced)) {
            if (Files.exists(folder)) {
                Folders.deleteRecursively(replaced);
                done.add("removed " + replaced + ", the issue as it was before an import that was cut short after writing the new one");
            } else {
                Files.move(replaced, folder);
                done.add("put back " + folder + " from " + replaced.getFileName() + ", as it was before an import that was cut short");
            }
        }
        if (Files.exists(importing)) {
            Folders.deleteRecursively(importing);
            done.add("removed " + importing + ", the unfinished files of an import that was cut short");
        }
        return done;
    }

    /**
     * Writes the issue's files (from {@link #files}), replacing its folder whole but for the files {@code kept} (from
     * {@link #notImported}: copied into the new folder as they are), and returns the files written, issue first.
     */
    public List<Path> write(Issue issue, Map<String, String> files, List<String> kept) throws IOException {
        Path folder = folderOf(issue);
        Files.createDirectories(folder.getParent());
        Path staging = staging(folder);
        Folders.deleteRecursively(staging);
        Files.createDirectory(staging);
        try {
            for (var file : files.entrySet()) {
                Files.writeString(staging.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            // copied, not moved: until the folder is replaced, the old one still holds them whatever happens
            for (String name : kept) {
                try (var tree = Files.walk(folder.resolve(name))) {
                    for (Path from : tree.toList()) {
                        Files.copy(from, staging.resolve(folder.relativize(from).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                                LinkOption.NOFOLLOW_LINKS);
                    }
                }
            }
            Folders.replace(staging, folder);
        } catch (IOException | RuntimeException e) {
            Folders.deleteRecursively(staging);
            throw e;
        }
        return files.keySet().stream().map(folder::resolve).toList();
    }

    static String issueFile(Bulletin bulletin) {
        Issue issue = bulletin.issue();
        StringBuilder out = new StringBuilder();
        header(out, TITLE, issue.series().name() + " " + issue.label());
        header(out, TYPE, TYPE_ISSUE);
        header(out, STATUS, "published");
        header(out, DATE, issue.date().toString());
        header(out, SERIES, issue.series().name());
        header(out, SERIES_SLUG, issue.series().slug());
        header(out, ISSUE, Integer.toString(issue.number()));
        header(out, ISSUE_TEXT, issue.numberText());
        if (issue.totalNumber() > 0) {
            header(out, TOTAL_NUMBER, Integer.toString(issue.totalNumber()));
        }
        header(out, ISSUER, issue.issuer());
        header(out, DATE_TEXT, issue.dateText());
        optional(out, HEADLINE, issue.headline());
        optional(out, ADDRESSEE, issue.addressee());
        numbered(out, SECTION_PREFIX, issue.sections().stream().map(s -> s.heading()).toList());
        numbered(out, ATTACHMENT_PREFIX, issue.attachments());
        numbered(out, DISTRIBUTION_PREFIX, issue.distribution());
        numbered(out, CONTACT_PREFIX, issue.contacts());
        numbered(out, IMPRINT_PREFIX, issue.imprint());
        numbered(out, SOURCE_PREFIX, issue.sources());
        issue.phone().ifPresent(p -> header(out, PHONE, p));
        issue.email().ifPresent(e -> header(out, EMAIL, e));
        header(out, ENTRIES, Integer.toString(bulletin.entries().size()));
        out.append(HEADER_END).append("\n\n");
        body(out, issue.editorsNote());
        return out.toString();
    }

    static String entryFile(Issue issue, Entry entry) {
        StringBuilder out = new StringBuilder();
        header(out, TITLE, entry.primary().map(Place::name).orElse(entry.title()) + " · " + issue.label());
        header(out, TYPE, TYPE_ENTRY);
        header(out, STATUS, "published");
        header(out, DATE, entry.date().toString());
        header(out, ISSUE, Integer.toString(entry.issueNumber()));
        header(out, ORDER, Integer.toString(entry.order()));
        header(out, SECTION, entry.section() == null ? "" : entry.section().heading());
        numbered(out, SUBJECT_PREFIX, entry.subjects().stream().map(ContentFormat::subjectValue).toList());
        optional(out, HEADING, entry.heading());
        numbered(out, ALIAS_PREFIX, entry.aliases());
        out.append(HEADER_END).append("\n\n");
        body(out, entry.paragraphs());
        return out.toString();
    }

    private static void header(StringBuilder out, String key, String value) {
        out.append(key).append('=').append(value).append('\n');
    }

    private static void optional(StringBuilder out, String key, String value) {
        if (value != null && !value.isEmpty()) {
            header(out, key, value);
        }
    }

    private static void numbered(StringBuilder out, String prefix, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            header(out, prefix + (i + 1), values.get(i));
        }
    }

    private static void body(StringBuilder out, List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(MarkdownText.escape(paragraphs.get(i))).append('\n');
        }
    }
}
