package org.bulletinarchive.importer;

import org.bulletinarchive.model.Bulletin;
import static org.bulletinarchive.model.ContentFormat.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bulletinarchive.files.Folders;
import org.bulletinarchive.model.Entry;
import org.bulletinarchive.model.Issue;

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

    /** Writes the files and returns them, issue first. */
    public List<Path> write(Bulletin bulletin, boolean force, String rawFileName) throws ImportException, IOException {
        Issue issue = bulletin.issue();
        Path folder = folderOf(issue);
        if (Files.exists(folder) && !force) {
            throw new ImportException(rawFileName, 0, "issue " + issue.label() + " (" + issue.date() + ") already exists in " + folder
                    + "; nothing was written. Use --force to replace it.");
        }
        Files.createDirectories(folder.getParent());
        Path staging = folder.resolveSibling("." + folder.getFileName() + ".importing");
        Folders.deleteRecursively(staging);
        Files.createDirectory(staging);
        List<String> names = new ArrayList<>();
        try {
            names.add("index.md");
            Files.writeString(staging.resolve("index.md"), issueFile(bulletin), StandardCharsets.UTF_8);
            for (Entry entry : bulletin.entries()) {
                String name = entry.baseName() + ".md";
                names.add(name);
                Files.writeString(staging.resolve(name), entryFile(issue, entry), StandardCharsets.UTF_8);
            }
            Folders.replace(staging, folder);
        } catch (IOException | RuntimeException e) {
            Folders.deleteRecursively(staging);
            throw e;
        }
        return names.stream().map(folder::resolve).toList();
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
        header(out, ISSUER, issue.issuer());
        header(out, DATE_TEXT, issue.dateText());
        numbered(out, SECTION_PREFIX, issue.sections().stream().map(s -> s.heading()).toList());
        numbered(out, DISTRIBUTION_PREFIX, issue.distribution());
        numbered(out, CONTACT_PREFIX, issue.contacts());
        issue.phone().ifPresent(p -> header(out, PHONE, p));
        issue.email().ifPresent(e -> header(out, EMAIL, e));
        header(out, ENTRIES, Integer.toString(bulletin.entries().size()));
        out.append(HEADER_END).append("\n\n");
        body(out, issue.editorsNote());
        return out.toString();
    }

    static String entryFile(Issue issue, Entry entry) {
        StringBuilder out = new StringBuilder();
        header(out, TITLE, entry.place().name() + " · " + issue.label());
        header(out, TYPE, TYPE_ENTRY);
        header(out, STATUS, "published");
        header(out, DATE, entry.date().toString());
        header(out, ISSUE, Integer.toString(entry.issueNumber()));
        header(out, ORDER, Integer.toString(entry.order()));
        header(out, SECTION, entry.section() == null ? "" : entry.section().heading());
        header(out, CITY, entry.place().name());
        header(out, CITY_SLUG, entry.place().slug());
        header(out, CITY_GROUP, entry.place().group());
        out.append(HEADER_END).append("\n\n");
        body(out, entry.paragraphs());
        return out.toString();
    }

    private static void header(StringBuilder out, String key, String value) {
        out.append(key).append('=').append(value).append('\n');
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
