package org.bulletinarchive.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of src/main/java follow the pipeline one way (docs/architecture.md): none depends, through others, on
 * itself, so each can be read knowing only those below it. Read from the sources: imports and fully qualified names.
 */
class PackageDependenciesTest {

    static final Path MAIN = Path.of("src/main/java/org/bulletinarchive");
    static final Pattern REFERENCE = Pattern.compile("org\\.bulletinarchive\\.([a-z]+)\\.[A-Z]");

    /** Each package of the program with the packages it uses. */
    static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file).getName(0).toString();
                Set<String> used = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        return uses;
    }

    /** A cycle of the graph, as the packages in order with the first again at the end; empty when there is none. */
    static Optional<List<String>> cycle(Map<String, Set<String>> uses) {
        Map<String, Integer> state = new TreeMap<>(); // 1: on the path being walked, 2: done
        for (String start : new TreeSet<>(uses.keySet())) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> found = walk(start, uses, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> walk(String pkg, Map<String, Set<String>> uses, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(pkg);
        if (s != null && s == 2) {
            return Optional.empty();
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(pkg), path.size()));
            cycle.add(pkg);
            return Optional.of(cycle);
        }
        state.put(pkg, 1);
        path.add(pkg);
        for (String next : uses.getOrDefault(pkg, Set.of())) {
            Optional<List<String>> found = walk(next, uses, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        state.put(pkg, 2);
        return Optional.empty();
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> uses = dependencies();
        assertThat(uses).containsKeys("check", "cli", "files", "importer", "links", "load", "model", "output", "pack", "publish", "render", "search", "site", "view");
        assertThat(cycle(uses)).as("a cycle of packages").isEmpty();
    }

    @Test
    void theModelAndTheSearchIndexDependOnNoStageOfTheBuild() throws IOException {
        Map<String, Set<String>> uses = dependencies();
        assertThat(uses.get("model")).isEmpty();
        assertThat(uses.get("search")).isSubsetOf("files");
    }

    @Test
    void aCycleIsFoundAndNamedInOrder() {
        assertThat(cycle(Map.of("bake", Set.of("incremental"), "incremental", Set.of("check"), "check", Set.of("bake"), "files", Set.of())))
                .contains(List.of("bake", "incremental", "check", "bake"));
        assertThat(cycle(Map.of("site", Set.of("bake", "files"), "bake", Set.of("files"), "files", Set.of()))).isEmpty();
    }
}
