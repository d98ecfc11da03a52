package org.bulletinarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Every command's --help, as the editor reads it in a terminal of any width. */
class HelpTest {

    private static final int[] WIDTHS = {60, 80, 100, 120};

    private static String help(String command, int width) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setUsageHelpAutoWidth(false);
        commandLine.setUsageHelpWidth(width);
        CommandLine shown = command.equals("bulletin-archive") ? commandLine : commandLine.getSubcommands().get(command);
        return shown.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    private static Set<String> words(String text) {
        return new TreeSet<>(Arrays.asList(text.strip().split("\\s+")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bulletin-archive", "import", "check", "serve", "build"})
    void helpStartsWithAOneLinePurposeAndEndsWithExamplesToCopy(String command) {
        List<String> lines = help(command, 80).lines().toList();
        int purpose = 0;
        while (lines.get(purpose).startsWith("Usage:") || lines.get(purpose).startsWith(" ")) {
            purpose++;
        }
        assertThat(lines.get(purpose)).as("the purpose").matches("[A-Z].{10,78}\\.");
        String name = command.equals("bulletin-archive") ? "" : " " + command;
        List<String> examples = lines.stream().filter(l -> l.startsWith("  java -jar target/bulletin-archive.jar" + name + (name.isEmpty() ? " " : ""))).toList();
        assertThat(examples).as("examples").hasSizeBetween(2, 4);
        assertThat(lines.get(lines.indexOf(examples.get(0)) - 1)).endsWith(":");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bulletin-archive", "import", "check", "serve", "build"})
    void helpIsWrappedAtSpacesOnlySoNoNameOrParenthesisIsCutAtAnyWidth(String command) {
        Set<String> whole = words(help(command, 1000));
        for (int width : WIDTHS) {
            String help = help(command, width);
            assertThat(words(help)).as("the words at width %d: none cut in two (destination.folder, https://…, --base-url)", width)
                    .isEqualTo(whole);
            for (String line : help.lines().toList()) {
                assertThat(line.chars().filter(c -> c == '(').count()).as("parentheses on one line at width %d: %s", width, line)
                        .isEqualTo(line.chars().filter(c -> c == ')').count());
                if (width >= 80) {
                    assertThat(Words.displayWidth(line)).as("at width %d: %s", width, line).isLessThanOrEqualTo(width);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"import", "check", "serve", "build"})
    void everyOptionHasASentenceThatEndsWithAFullStop(String command) {
        String help = help(command, 1000);
        Matcher option = Pattern.compile("(?m)^ {2,6}(?:-\\w, )?(--?[\\w-]+|[A-Z|]+\\.\\.\\.)(=\\S+)? +(.*)$").matcher(help);
        int options = 0;
        while (option.find()) {
            options++;
            assertThat(option.group(3)).as(option.group(1)).endsWith(".");
        }
        assertThat(options).isGreaterThanOrEqualTo(3);
    }
}
