package org.bulletinarchive.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bulletin-archive} command line: one subcommand per pipeline entry point. */
@Command(name = "bulletin-archive", mixinStandardHelpOptions = true, version = "bulletin-archive 0.1.0",
        description = "Builds an archive website from a series of work bulletins (工作专报).",
        subcommands = {ImportCommand.class, BuildCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this; only main exits). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
