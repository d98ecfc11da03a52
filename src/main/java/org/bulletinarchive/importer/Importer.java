package org.bulletinarchive.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bulletinarchive.files.FolderLock;
import org.bulletinarchive.importer.ImportReport.Reading;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.model.Issue;
import org.bulletinarchive.model.Series;

/**
 * Imports bulletins (text, Word or PDF) into issue and entry content files, one file all or
 * nothing: read the source, parse it, find its series, keep the original under raw/, write the
 * issue folder. Re-importing an unchanged bulletin changes nothing; a changed one needs force.
 */
public final class Importer {

    /** What happened to one file. */
    public enum Status { IMPORTED, REPLACED, UNCHANGED, ORIGINAL_ADDED }

    /** What an import read and wrote. */
    /**
     * {@code kept}: the files in the issue's folder that no import wrote, kept as they were when it was replaced;
     * {@code recovered}: what was left by an interrupted import of the same issue, and what was done with it.
     */
    public record Result(Path file, Bulletin bulletin, ImportReport report, String format, Path folder, List<Path> files, Status status,
                         List<Path> kept, List<String> recovered) {
    }

    /** How to import. {@code strict}: warnings refuse the file. */
    public record Options(boolean force, boolean strict) {
    }

    private final Gazetteer gazetteer;
    private final BulletinParser parser;
    private final SeriesNamer namer;

    public Importer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.parser = new BulletinParser(gazetteer);
        this.namer = new SeriesNamer(gazetteer);
    }

    /** A source file read into paragraphs. */
    record Source(List<Block> blocks, boolean exactParagraphs, List<Reading> dropped, List<ImportReport.Warning> warnings, String format, String extension) {
    }

    /** Reads and parses a bulletin without writing anything; series as if imported into {@code contentRoot}. */
    public BulletinParser.Parsed read(Path raw, Path contentRoot) throws ImportException, IOException {
        SeriesCatalog catalog = new SeriesCatalog(contentRoot);
        Source source = readSource(raw);
        return parse(raw, source, catalog);
    }

    /** Reads and parses a bulletin as the first of an empty archive. */
    public Bulletin read(Path raw) throws ImportException, IOException {
        return parse(raw, readSource(raw), SeriesCatalog.empty()).bulletin();
    }

    public Result importFile(Path raw, Path contentRoot, boolean force) throws ImportException, IOException {
        return importFile(raw, contentRoot, new Options(force, false), new SeriesCatalog(contentRoot));
    }

    /** Imports one file; a batch passes one catalog, so that the series of earlier files are known to later ones. */
    public Result importFile(Path raw, Path contentRoot, Options options, SeriesCatalog catalog) throws ImportException, IOException {
        String name = raw.toString();
        Source source = readSource(raw);
        BulletinParser.Parsed parsed = parse(raw, source, catalog);
        ImportReport report = parsed.report();
        if (options.strict() && !report.warnings().isEmpty()) {
            var first = report.warnings().get(0);
            throw new ImportException(name, BulletinParser.lineOf(first.where()), report.warnings().size()
                    + (report.warnings().size() == 1 ? " warning" : " warnings") + " with --strict, first: " + first.message()
                    + " Nothing was written; correct the source or import without --strict.").withReport(report);
        }
        // one import at a time compares with and writes the content folder (another one waits, then is refused)
        try (FolderLock lock = FolderLock.forContent(contentRoot)) {
            return write(raw, source, report, parsed.bulletin(), contentRoot, options, catalog);
        }
    }

    /** Compares the bulletin with what the content folder holds and writes it; the caller holds the content folder's lock. */
    private Result write(Path raw, Source source, ImportReport report, Bulletin bulletin, Path contentRoot, Options options, SeriesCatalog catalog)
            throws ImportException, IOException {
        String name = raw.toString();
        Issue issue = bulletin.issue();
        ContentWriter writer = new ContentWriter(contentRoot);
        Path folder = writer.folderOf(issue);
        // an import of this issue cut short is undone (or, when it had put the new folder in place, finished) first
        List<String> recovered = writer.recoverInterrupted(issue);
        Path project = contentRoot.toAbsolutePath().normalize().getParent();
        Path rawDir = project.resolve("raw");
        Path original = raw.toAbsolutePath().normalize();
        boolean insideRaw = original.startsWith(rawDir);
        Path keptAt = insideRaw ? original
                : rawDir.resolve(issue.series().slug()).resolve(issue.year() + "-" + issue.number() + "." + source.extension());
        String sourcePath = project.relativize(keptAt).toString().replace('\\', '/');

        List<String> existingSources = writer.existingSources(issue);
        // the same original kept before under another name (raw/2023-17.txt) is not a new original
        for (String existing : existingSources) {
            Path kept = project.resolve(existing);
            if (!insideRaw && Files.isRegularFile(kept) && Files.mismatch(kept, original) == -1) {
                keptAt = kept;
                insideRaw = true;
                sourcePath = existing;
            }
        }
        List<String> sources = new ArrayList<>(existingSources);
        if (!sources.contains(sourcePath)) {
            sources.add(sourcePath);
        }
        bulletin = new Bulletin(issue.withSources(sources), bulletin.entries());
        Map<String, String> files = ContentWriter.files(bulletin);
        ContentWriter.Comparison same = writer.compare(issue, files);
        Status status;
        if (same == ContentWriter.Comparison.ABSENT) {
            status = Status.IMPORTED;
        } else if (same == ContentWriter.Comparison.SAME_TEXT) {
            status = existingSources.contains(sourcePath) ? Status.UNCHANGED : Status.ORIGINAL_ADDED;
        } else if (options.force()) {
            status = Status.REPLACED;
            // the items' earlier addresses keep leading to them
            bulletin = PageAliases.carryOver(bulletin, PageAliases.earlier(folder));
            files = ContentWriter.files(bulletin);
        } else {
            throw new ImportException(name, 0, "issue " + issue.label() + " (" + issue.date() + ") of " + issue.series().name()
                    + " already exists in " + folder + " with different text; nothing was written. Use --force to replace it.");
        }
        if (status == Status.UNCHANGED) {
            return new Result(raw, bulletin, report, source.format(), folder, List.of(), status, List.of(), recovered);
        }
        boolean copied = !insideRaw && (!Files.exists(keptAt) || Files.mismatch(keptAt, original) != -1);
        if (copied) {
            Files.createDirectories(keptAt.getParent());
            Path tmp = keptAt.resolveSibling("." + keptAt.getFileName() + ".importing");
            Files.copy(original, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, keptAt, StandardCopyOption.REPLACE_EXISTING);
        }
        // a file added by hand to the issue's folder is kept; one the new issue would write over is refused by name
        List<String> kept = writer.notImported(issue);
        for (String other : kept) {
            if (files.containsKey(other)) {
                throw new ImportException(name, 0, folder.resolve(other) + " was not written by an import (added by hand?), and the import would "
                        + "write a file of that name there; nothing was written. Move it out of " + folder + ", then import again.");
            }
        }
        try {
            List<Path> written = writer.write(issue, files, kept);
            catalog.register(issue.series());
            return new Result(raw, bulletin, report, source.format(), folder, written, status, kept.stream().map(folder::resolve).toList(),
                    recovered);
        } catch (IOException | RuntimeException e) {
            if (copied) {
                Files.deleteIfExists(keptAt);
            }
            throw e;
        }
    }

    private BulletinParser.Parsed parse(Path raw, Source source, SeriesCatalog catalog) throws ImportException {
        return parser.parse(source.blocks(), source.exactParagraphs(), raw.toString(), source.dropped(), source.warnings(),
                (seriesName, issuer) -> catalog.resolve(seriesName, namer.slugFor(seriesName, issuer)));
    }

    private static Source readSource(Path raw) throws ImportException, IOException {
        String name = raw.toString();
        if (Files.isDirectory(raw)) {
            throw new ImportException(name, 0, "is a folder; give a bulletin file (.txt, .docx, .doc or .pdf), or the folder alone to import every bulletin in it.");
        }
        SourceText text;
        try {
            text = SourceReader.read(raw);
        } catch (NoSuchFileException e) {
            throw new ImportException(name, 0, "no such file; give the path of the bulletin (e.g. raw/2023-17.txt or 第17期.docx).");
        }
        List<Reading> dropped = new ArrayList<>();
        for (Dropped d : text.dropped()) {
            dropped.add(new Reading(new Block(d.text(), d.line(), d.page()).where(), "dropped", d.why(), d.text()));
        }
        String format = switch (text.format()) {
            case TXT -> "text, " + text.encoding();
            case DOCX -> "Word (.docx)";
            case DOC -> "Word 97-2003 (.doc)";
            case PDF -> "PDF";
        };
        String extension = text.format().name().toLowerCase(Locale.ROOT);
        return new Source(text.blocks(), text.exactParagraphs(), dropped, SourceChecks.doubtfulDecoding(text.blocks(), text.encoding()), format, extension);
    }
}
