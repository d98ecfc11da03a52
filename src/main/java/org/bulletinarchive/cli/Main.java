package org.bulletinarchive.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.bulletinarchive.errors.ArchiveException;
import org.bulletinarchive.errors.Failures;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code bulletin-archive} command line: one subcommand per pipeline entry point. */
@Command(name = "bulletin-archive", mixinStandardHelpOptions = true, version = "bulletin-archive 0.1.0",
        description = "Makes an archive website of work bulletins such as 工作专报.",
        footerHeading = "%nA week's work, each step a command:%n",
        footer = {"  java -jar target/bulletin-archive.jar import ~/收文/第18期.docx",
                "  java -jar target/bulletin-archive.jar serve",
                "  java -jar target/bulletin-archive.jar check",
                "  java -jar target/bulletin-archive.jar build",
                "",
                "Run a command with --help to learn more. The guide: docs/guide.md"},
        subcommands = {ImportCommand.class, CheckCommand.class, ServeCommand.class, BuildCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static {
        // chosen before any Freemarker class loads: Freemarker picks its logger once, and through java.util.logging it
        // prints a long trace of a template error that the build already reports in one line
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        }
        // PDFBox keeps a font cache in the user's home (~/.pdfbox.cache): this tool writes nothing outside its folders
        if (System.getProperty("pdfbox.fontcache") == null) {
            System.setProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir"));
        }
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "on an error, also print the Java stack trace, to report a bug.")
    boolean debug;

    /** Runs the command line and returns its exit code (tests call this; only main exits). */
    public static int run(String... args) {
        CommandLine commandLine = commandLine();
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // the stack is unwound and what the command held is garbage now: there is room to say it in one line
            PrintWriter err = commandLine.getErr();
            err.println("error: " + outOfMemory(Runtime.getRuntime().maxMemory()));
            if (Arrays.asList(args).contains("--debug")) {
                e.printStackTrace(err);
            }
            err.flush();
            return 1;
        }
    }

    /** What to do when the archive needs more memory than the JVM's heap of {@code maxHeap} bytes. */
    static String outOfMemory(long maxHeap) {
        long mb = maxHeap / (1024 * 1024);
        long more = Math.max(2048, Long.highestOneBit(Math.max(1, mb)) * 2);
        String option = more % 1024 == 0 ? "-Xmx" + more / 1024 + "g" : "-Xmx" + more + "m";
        return "out of memory: this archive needs more than the Java heap of " + mb + " MB; nothing was published or half-written."
                + " Run it with a larger heap: BULLETIN_ARCHIVE_JAVA_OPTS=" + option + " bin/bulletin-archive …"
                + " (or java " + option + " -jar target/bulletin-archive.jar …).";
    }

    /**
     * The command line with its settings: help as wide as the terminal (80 columns when that is not known), and every
     * error printed once by {@link #report}.
     */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(Main::report);
        commandLine.setUsageHelpAutoWidth(true);
        HelpLayout.apply(commandLine);
        return commandLine;
    }

    /**
     * Prints an error once, as {@code error: file:line: what is wrong — what to do}, and returns the
     * exit code; the stack trace only with --debug.
     */
    private static int report(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean debug = parseResult.hasMatchedOption("--debug")
                || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
        for (ArchiveException problem : Failures.explain(e)) {
            err.println("error: " + problem.getMessage());
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
