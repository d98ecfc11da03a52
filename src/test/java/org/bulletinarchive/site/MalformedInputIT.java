package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bulletinarchive.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed-input corpus: each file under src/test/resources/malformed/ is one careless but
 * ordinary mistake, run through the real command line on a copy of the project (the committed
 * content, already built once), with what the user must see and what must be left afterwards.
 *
 * <pre>
 * # what the case is
 * run: import {p}/inbox/x.txt --content {p}/content     ({p} is the project copy)
 * exit: 1
 * stderr: x.txt:3: no issue number                       (each line must appear in standard error)
 * stdout: …                                              (each line must appear in standard output)
 * state: project unchanged | content unchanged | site unchanged | exists PATH | absent PATH | contains PATH TEXT
 * -- PATH --                                              (a file to write before the run; text follows)
 * -- copy PATH <- bulletins/NAME --                       (a test bulletin copied in)
 * -- delete PATH --
 * -- append PATH --                                       (text to append to a file)
 * -- replace PATH --                                      (first line: what, second line: with what)
 * </pre>
 */
class MalformedInputIT {

    private static final Path CORPUS = Path.of("src/test/resources/malformed");

    @TempDir
    static Path shared;

    private static Path built;

    @BeforeAll
    static void buildTheProjectOnce() throws Exception {
        FixtureProject project = FixtureProject.withCommittedContent(shared.resolve("built"));
        project.build();
        built = project.root;
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            return walk.filter(p -> p.toString().endsWith(".case")).map(p -> CORPUS.relativize(p).toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachMistakeGetsItsMessageAndLeavesTheProjectAsExpected(String name) throws Exception {
        Case c = Case.read(Files.readString(CORPUS.resolve(name), StandardCharsets.UTF_8));
        Path project = Files.createTempDirectory(shared, "case");
        org.bulletinarchive.testsupport.Trees.copy(built, project);
        c.prepare(project);
        Map<String, String> before = hashes(project);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run(c.args(project));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as("%s: exit code; stderr:%n%s", name, stderr).isEqualTo(c.exit);
        for (String expected : c.stderr) {
            assertThat(stderr).as("%s: standard error", name).contains(expected.replace("{p}", project.toString()));
        }
        for (String expected : c.stdout) {
            assertThat(stdout).as("%s: standard output", name).contains(expected.replace("{p}", project.toString()));
        }
        assertThat(stderr).as("%s: no stack trace", name).doesNotContain("\tat ", "Exception in thread");
        Map<String, String> after = hashes(project);
        for (String state : c.states) {
            if (state.equals("project unchanged")) {
                assertThat(changes(before, after)).as("%s: every file of the project as before", name).isEmpty();
            } else if (state.endsWith(" unchanged")) {
                String folder = state.equals("site unchanged") ? "out/" : state.substring(0, state.indexOf(' ')) + "/";
                assertThat(under(before, folder)).as("%s: %s has files", name, folder).isNotEmpty();
                assertThat(changes(under(before, folder), under(after, folder))).as("%s: %s", name, state).isEmpty();
            } else if (state.startsWith("contains ")) {
                String[] parts = state.substring(9).split(" ", 2);
                assertThat(project.resolve(parts[0])).as(name).content(StandardCharsets.UTF_8).contains(parts[1]);
            } else if (state.startsWith("exists ")) {
                assertThat(project.resolve(state.substring(7))).as(name).exists();
            } else if (state.startsWith("absent ")) {
                assertThat(project.resolve(state.substring(7))).as(name).doesNotExist();
            } else {
                throw new IllegalArgumentException(name + ": unknown state '" + state + "'");
            }
        }
    }

    /** The files added, removed or changed, by path. */
    private static List<String> changes(Map<String, String> before, Map<String, String> after) {
        List<String> out = new ArrayList<>();
        before.forEach((k, v) -> {
            if (!after.containsKey(k)) {
                out.add("removed " + k);
            } else if (!after.get(k).equals(v)) {
                out.add("changed " + k);
            }
        });
        after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(k -> out.add("added " + k));
        return out;
    }

    private static Map<String, String> under(Map<String, String> hashes, String prefix) {
        Map<String, String> out = new TreeMap<>();
        hashes.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Every file of the project by path, with its SHA-256; lock files (which the tools may leave, empty and unlocked) aside. */
    private static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (p.getFileName().toString().endsWith(".lock")) {
                    continue;
                }
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                out.put(root.relativize(p).toString().replace('\\', '/'), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }

    /** One case file. */
    record Case(String run, int exit, List<String> stderr, List<String> stdout, List<String> states, List<String[]> steps) {

        static Case read(String text) {
            String run = "";
            int exit = 1;
            List<String> stderr = new ArrayList<>();
            List<String> stdout = new ArrayList<>();
            List<String> states = new ArrayList<>();
            List<String[]> steps = new ArrayList<>();
            String[] lines = text.split("\n", -1);
            int i = 0;
            for (; i < lines.length && !lines[i].startsWith("-- "); i++) {
                String line = lines[i];
                if (line.startsWith("run: ")) {
                    run = line.substring(5).strip();
                } else if (line.startsWith("exit: ")) {
                    exit = Integer.parseInt(line.substring(6).strip());
                } else if (line.startsWith("stderr: ")) {
                    stderr.add(line.substring(8));
                } else if (line.startsWith("stdout: ")) {
                    stdout.add(line.substring(8));
                } else if (line.startsWith("state: ")) {
                    states.add(line.substring(7).strip());
                }
            }
            while (i < lines.length) {
                String head = lines[i].substring(3, lines[i].length() - 3).strip();
                StringBuilder body = new StringBuilder();
                for (i++; i < lines.length && !(lines[i].startsWith("-- ") && lines[i].endsWith(" --")); i++) {
                    body.append(lines[i]).append('\n');
                }
                steps.add(new String[] {head, body.toString()});
            }
            if (run.isEmpty()) {
                throw new IllegalArgumentException("a case needs a run: line");
            }
            return new Case(run, exit, stderr, stdout, states, steps);
        }

        String[] args(Path project) {
            return java.util.Arrays.stream(run.split(" +")).map(a -> a.replace("{p}", project.toString())).toArray(String[]::new);
        }

        void prepare(Path project) throws IOException {
            for (String[] step : steps) {
                String head = step[0];
                String body = step[1];
                if (head.startsWith("copy ")) {
                    String[] parts = head.substring(5).split(" <- ");
                    Path to = project.resolve(parts[0].strip());
                    Files.createDirectories(to.getParent());
                    Files.copy(Path.of("src/test/resources").resolve(parts[1].strip()), to);
                } else if (head.startsWith("delete ")) {
                    Path target = project.resolve(head.substring(7).strip());
                    if (Files.isDirectory(target)) {
                        org.bulletinarchive.files.Folders.deleteRecursively(target);
                    } else {
                        Files.delete(target);
                    }
                } else if (head.startsWith("append ")) {
                    Path target = project.resolve(head.substring(7).strip());
                    Files.writeString(target, Files.readString(target) + body);
                } else if (head.startsWith("replace ")) {
                    Path target = project.resolve(head.substring(8).strip());
                    String[] pair = body.split("\n", 3);
                    String text = Files.readString(target);
                    if (!text.contains(pair[0])) {
                        throw new IllegalArgumentException(target + " has no '" + pair[0] + "'");
                    }
                    Files.writeString(target, text.replace(pair[0], pair[1]));
                } else if (head.startsWith("gbk ")) {
                    Path target = project.resolve(head.substring(4).strip());
                    Files.createDirectories(target.getParent());
                    Files.write(target, body.getBytes(java.nio.charset.Charset.forName("GBK")));
                } else if (head.startsWith("hex ")) {
                    Path target = project.resolve(head.substring(4).strip());
                    Files.createDirectories(target.getParent());
                    Files.write(target, HexFormat.of().parseHex(body.replaceAll("\\s", "")));
                } else if (head.startsWith("folder ")) {
                    Files.createDirectories(project.resolve(head.substring(7).strip()));
                } else {
                    Path target = project.resolve(head);
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, body, StandardCharsets.UTF_8);
                }
            }
        }
    }
}
