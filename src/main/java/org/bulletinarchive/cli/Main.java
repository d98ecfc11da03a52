package org.bulletinarchive.cli;

import org.bulletinarchive.errors.ArchiveException;
import org.bulletinarchive.errors.Failures;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bulletin-archive} command line: one subcommand per pipeline entry point. */
@Command(name = "bulletin-archive", mixinStandardHelpOptions = true, version = "bulletin-archive 0.1.0",
        description = "Builds an archive website from a series of work bulletins (工作专报).",
        subcommands = {ImportCommand.class, CheckCommand.class, ServeCommand.class, BuildCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "on an error, also print the Java stack trace (for reporting a bug)")
    boolean debug;

    /** Runs the command line and returns its exit code (tests call this; only main exits). */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler(Main::report);
        return commandLine.execute(args);
    }

    /**
     * Prints an error once, as {@code error: file:line: what is wrong — what to do}, and returns the
     * exit code; the stack trace only with --debug.
     */
    private static int report(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        java.io.PrintWriter err = commandLine.getErr();
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
