package org.bulletinarchive.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bulletinarchive.importer.ImportException;
import org.bulletinarchive.importer.Importer;
import org.bulletinarchive.model.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import <raw-file>}: turns a raw bulletin into issue and entry content files. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports a raw bulletin (text extracted from PDF or Word; UTF-8, GB18030/GBK or UTF-16 with BOM)",
                "into content/issues/<year>/<number>/: index.md for the issue and <order>-<city>.md per city entry."})
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<raw-file>", description = "the raw bulletin text, e.g. raw/2023-17.txt")
    Path raw;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", description = "content folder to write into (default: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = "--force", description = "replace the issue if it was imported before")
    boolean force;

    @Override
    public Integer call() throws Exception {
        try {
            Importer.Result result = new Importer(Gazetteer.standard()).importFile(raw, content, force);
            var issue = result.bulletin().issue();
            System.out.printf("imported %s %s (%s, read as %s): 1 issue file and %d entry files in %s%n",
                    issue.series().name(), issue.label(), issue.date(), result.encoding(),
                    result.bulletin().entries().size(), result.files().get(0).getParent());
            return 0;
        } catch (ImportException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
