package org.bulletinarchive.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.bulletinarchive.errors.ArchiveException;
import org.bulletinarchive.importer.ImportException;
import org.bulletinarchive.importer.Importer;
import org.bulletinarchive.importer.SeriesCatalog;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.model.Issue;
import org.bulletinarchive.model.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import FILE… | DIR}: turns bulletins (text, Word, PDF) into issue and entry content files. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads bulletins, Word, PDF or text files, into content/: one folder per issue.", "",
                "The format is told by the file's bytes: .txt in UTF-8, GB18030/GBK or UTF-16; .docx; .doc from Word "
                        + "or WPS; PDF with a text layer. Each file is imported all or nothing, and its original is kept "
                        + "under raw/<series>/. The report says how each paragraph was read, and warns wherever the "
                        + "reading is uncertain."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar target/bulletin-archive.jar import ~/收文/第18期.docx",
                "  java -jar target/bulletin-archive.jar import ~/收文/ --report report.txt",
                "  java -jar target/bulletin-archive.jar import raw/2023-17.txt --force"})
public final class ImportCommand implements Callable<Integer> {

    private static final List<String> EXTENSIONS = List.of(".txt", ".docx", ".doc", ".pdf", ".wps");

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "bulletin files, or folders of them.")
    List<Path> inputs;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", description = "the content folder to write into. Default: ${DEFAULT-VALUE}.")
    Path content;

    @Option(names = "--force", description = "replace an issue imported before whose text has changed.")
    boolean force;

    @Option(names = "--strict", description = "refuse a file on any warning, that is on any uncertain reading, instead of importing it.")
    boolean strict;

    @Option(names = "--report", paramLabel = "FILE", description = "also write the report of every file to FILE.")
    Path reportFile;

    @Option(names = "--quiet", description = "print only the summary and errors, not how each paragraph was read.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> EXTENSIONS.stream().anyMatch(e -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e)))
                            .filter(p -> !hidden(input, p))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        if (files.isEmpty()) {
            System.err.println("error: " + inputs + ": no bulletin files (.txt, .docx, .doc, .pdf) found; give files or a folder that holds them.");
            return 1;
        }
        Importer importer = new Importer(Gazetteer.standard());
        SeriesCatalog catalog = new SeriesCatalog(content);
        Importer.Options options = new Importer.Options(force, strict);
        StringBuilder reports = new StringBuilder();
        List<String[]> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (Progress progress = Progress.start(false)) {
            int[] at = {0};
            progress.status(() -> files.size() < 2 ? "" : "importing [" + (at[0] + 1) + "/" + files.size() + "] "
                    + Text.shorten(files.get(Math.min(at[0], files.size() - 1)).getFileName().toString(), 40));
            for (; at[0] < files.size(); at[0]++) {
                Path file = files.get(at[0]);
                try {
                    Importer.Result r = importer.importFile(file, content, options, catalog);
                    Issue issue = r.bulletin().issue();
                    reports.append(r.report().render()).append('\n');
                    rows.add(new String[] {file.toString(), issue.series().name() + " (" + issue.series().slug() + ")", issue.label(),
                            issue.date().toString(), Integer.toString(r.bulletin().entries().size()), Integer.toString(r.report().warnings().size()),
                            status(r.status()) + " → " + r.folder()});
                    if (!quiet) {
                        progress.above(r.report().render());
                    }
                    r.recovered().forEach(line -> notes.add(String.format("%-7s %s", "note:", line)));
                    r.kept().forEach(kept -> notes.add(String.format("%-7s %s", "note:", "kept " + kept
                            + ", which no import wrote: it is still part of the issue; delete it if it should not be.")));
                } catch (ArchiveException | IOException | UncheckedIOException e) {
                    // one file's failure does not stop the batch; each is named at the end
                    String message = e instanceof ArchiveException ? e.getMessage() : file + ": cannot be read or written (" + e.getMessage() + ")";
                    failures.add("error: " + message);
                    // what was read up to the line that stopped it, so the clerk sees why
                    if (e instanceof ImportException refused && refused.report() != null) {
                        String partial = refused.report().render().replaceFirst(" was read:\n", " was read before it was refused:\n");
                        reports.append(partial);
                        if (!quiet) {
                            progress.above(partial);
                        }
                    }
                    reports.append("error: ").append(message).append("\n\n");
                    rows.add(new String[] {file.toString(), "", "", "", "", "", "failed"});
                }
            }
            progress.above(table(rows));
            progress.done(String.format("%d of %d files imported or unchanged, %d failed, in %s", files.size() - failures.size(), files.size(),
                    failures.size(), progress.elapsed()));
        }
        for (String line : notes) {
            System.err.println(line);
        }
        for (String f : failures) {
            System.err.println(f);
        }
        if (reportFile != null) {
            try {
                Files.writeString(reportFile, reports.toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println("error: " + reportFile + ": cannot write the report (" + e.getMessage() + "); choose a writable path.");
                return 1;
            }
        }
        return failures.isEmpty() ? 0 : 1;
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String status(Importer.Status status) {
        return switch (status) {
            case IMPORTED -> "imported";
            case REPLACED -> "replaced";
            case UNCHANGED -> "unchanged";
            case ORIGINAL_ADDED -> "original added";
        };
    }

    /** A plain table; columns padded by display width (a Han character takes two columns). */
    static String table(List<String[]> rows) {
        String[] head = {"file", "series", "issue", "date", "entries", "warnings", "result"};
        List<String[]> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows);
        int[] width = new int[head.length];
        for (String[] r : all) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], Words.displayWidth(r[c]));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] r : all) {
            for (int c = 0; c < r.length; c++) {
                out.append(r[c]);
                if (c < r.length - 1) {
                    out.append(" ".repeat(width[c] - Words.displayWidth(r[c]) + 2));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }
}
