package org.bulletinarchive.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.bulletinarchive.check.ProjectCheck;
import org.bulletinarchive.errors.ArchiveException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code check}: every problem a build would stop at, all at once, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks the project for mistakes, and writes nothing.", "",
                "Reads jbake.properties, the templates, the assets and every content file the way a build does, "
                        + "and prints every problem at once, each as: file:line: what is wrong, and what to do. "
                        + "Exits with 0 when the project is ready to build, 1 when it is not."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar target/bulletin-archive.jar check",
                "  java -jar target/bulletin-archive.jar check --source ~/archive"})
public final class CheckCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "the project folder, with jbake.properties and content/. Default: the current folder.")
    Path source;

    @Override
    public Integer call() {
        ProjectCheck.Result result = ProjectCheck.of(source);
        for (String warning : result.warnings()) {
            System.out.println("warning: " + warning);
        }
        Set<String> files = new LinkedHashSet<>();
        for (ArchiveException problem : result.problems()) {
            System.out.println(problem.getMessage());
            files.add(problem.file());
        }
        if (result.clean()) {
            System.out.printf("no problems: %s and %s are ready to build.%n", Words.count(result.issues(), "issue"), Words.count(result.entries(), "entry"));
            return 0;
        }
        System.out.printf("%s in %s; nothing was written. Correct them, then run check again.%n", Words.count(result.problems().size(), "problem"),
                Words.count(files.size(), "file"));
        return 1;
    }
}
