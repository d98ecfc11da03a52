package org.bulletinarchive.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/**
 * Lays out the help's description, options, commands and examples, wrapping lines only at spaces. Picocli's own
 * layout breaks lines where Java's line-break rules allow, which includes inside names such as destination.folder
 * and https://… ; a name the editor may copy must stay whole on one line.
 */
final class HelpLayout {

    /** The widest the option names' column gets; a longer name puts its description on the next line. */
    private static final int LABEL_COLUMN = 24;

    private HelpLayout() {
    }

    /** Uses this layout for the command and every subcommand. */
    static void apply(CommandLine commandLine) {
        commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION,
                help -> paragraphs(help.commandSpec().usageMessage().description(), width(help), ""));
        commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER,
                help -> paragraphs(help.commandSpec().usageMessage().footer(), width(help), ""));
        commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::options);
        commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, help -> "");
        commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpLayout::commands);
        commandLine.getSubcommands().values().forEach(HelpLayout::apply);
    }

    private static int width(CommandLine.Help help) {
        return help.commandSpec().usageMessage().width();
    }

    /** Each string a paragraph, wrapped at spaces; a string that starts with a space (an example) is kept as it is. */
    private static String paragraphs(String[] texts, int width, String indent) {
        StringBuilder out = new StringBuilder();
        for (String text : texts) {
            String line = CommandLine.Help.Ansi.OFF.string(text.replace("%n", "\n"));
            out.append(line.startsWith(" ") || line.isEmpty() ? line + "\n" : wrap(line, width, indent, indent));
        }
        return out.toString();
    }

    /** {@code text} wrapped at spaces to {@code width} columns (a Han character takes two), each line indented. */
    static String wrap(String text, int width, String first, String rest) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.strip().split(" +")) {
            if (!empty && Words.displayWidth(line.toString()) + 1 + Words.displayWidth(word) > width) {
                out.append(line).append('\n');
                line = new StringBuilder(rest);
                empty = true;
            }
            line.append(empty ? "" : " ").append(word);
            empty = false;
        }
        return out.append(line).append('\n').toString();
    }

    private static String options(CommandLine.Help help) {
        List<String[]> rows = new ArrayList<>();
        for (PositionalParamSpec p : help.commandSpec().positionalParameters()) {
            rows.add(new String[] {"      " + p.paramLabel() + (p.isMultiValue() ? "..." : ""), description(p)});
        }
        for (OptionSpec o : help.commandSpec().options()) {
            if (o.hidden()) {
                continue;
            }
            String shortName = o.shortestName().length() == 2 ? o.shortestName() : null;
            String label = (shortName != null ? "  " + shortName + ", " : "      ") + o.longestName()
                    + (o.typeInfo().isBoolean() ? "" : "=" + o.paramLabel());
            rows.add(new String[] {label, description(o)});
        }
        return table(rows, width(help));
    }

    private static String commands(CommandLine.Help help) {
        List<String[]> rows = new ArrayList<>();
        help.subcommands().forEach((name, sub) -> {
            // a command's purpose: its header when it has one (picocli's help command), else its description's first line
            String[] header = sub.commandSpec().usageMessage().header();
            String[] description = header.length > 0 ? header : sub.commandSpec().usageMessage().description();
            rows.add(new String[] {"  " + name, description.length == 0 ? "" : description[0].replace("%n", " ").strip()});
        });
        return rows.isEmpty() ? "" : table(rows, width(help));
    }

    private static String description(ArgSpec arg) {
        return String.join(" ", arg.description());
    }

    /** Two columns: the names, then the description wrapped beside them. */
    private static String table(List<String[]> rows, int width) {
        int column = 0;
        for (String[] row : rows) {
            if (row[0].length() + 2 <= LABEL_COLUMN) {
                column = Math.max(column, row[0].length() + 2);
            }
        }
        String indent = " ".repeat(column);
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            if (row[0].length() + 2 > column) {
                out.append(row[0]).append('\n').append(wrap(row[1], width, indent, indent + "  "));
            } else {
                out.append(wrap(row[1], width, row[0] + " ".repeat(column - row[0].length()), indent + "  "));
            }
        }
        return out.toString();
    }
}
