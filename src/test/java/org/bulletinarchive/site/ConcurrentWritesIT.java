package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bulletinarchive.Samples;
import org.bulletinarchive.check.LinkChecker;
import org.bulletinarchive.importer.Importer;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.publish.SiteSwapTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs writing one folder at once: one waits for the other (or is refused), and what is left is whole. */
class ConcurrentWritesIT {

    @TempDir
    Path tmp;

    @Test
    void twoBuildsIntoOneFolderInTwoJvmsLeaveAWholeSite() throws Exception {
        FixtureProject project = FixtureProject.withCommittedContent(tmp.resolve("p"));
        Path site = tmp.resolve("out/site");
        List<Process> builds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            builds.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dbulletinarchive.lock.wait.ms=60000", "-cp", System.getProperty("java.class.path"),
                    "org.bulletinarchive.cli.Main", "build", "--source=" + project.root, "--out=" + site)
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("build-" + i + ".log").toFile()).start());
        }
        for (int i = 0; i < 2; i++) {
            assertThat(builds.get(i).waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(builds.get(i).exitValue()).as(Files.readString(tmp.resolve("build-" + i + ".log"))).isZero();
        }
        assertWhole(site);
    }

    @Test
    void twoBuildsThatWillNotWaitEndWithOneSiteOrARefusal() throws Exception {
        FixtureProject project = FixtureProject.withCommittedContent(tmp.resolve("p"));
        Path site = tmp.resolve("out/site");
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<String>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    new SiteBuilder(project.root, line -> { }, Duration.ZERO).build(site);
                    return "built";
                } catch (org.bulletinarchive.files.FolderLock.LockedException e) {
                    return e.getMessage();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        List<String> outcomes = runs.stream().map(CompletableFuture::join).toList();
        assertThat(outcomes).contains("built").allMatch(o -> o.equals("built")
                // the holder is named unless the refusal came in the few microseconds before it was recorded
                || o.matches("another build is writing .*site( \\(since .*, process \\d+\\))?; try again when it has finished\\."));
        assertWhole(site);
    }

    private static void assertWhole(Path site) throws Exception {
        assertThat(new LinkChecker(site).check()).isEmpty();
        assertThat(site.resolve("issues/2023/17/index.html")).isRegularFile();
        SiteSwapTest.assertZipHoldsTheSite(site, site.resolveSibling("site.zip"));
        SiteSwapTest.assertWarOfBuild(site, site.resolveSibling("site.war"));
        try (Stream<Path> list = Files.list(site.getParent())) {
            assertThat(list.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(".site.lock", ".site.state", "site", "site.war", "site.zip");
        }
    }

    @Test
    void twoForcedImportsOfOneIssueAtOnceLeaveTheFilesOfOneOfThem() throws Exception {
        String full = Samples.raw17();
        int from = full.indexOf("郴州坚持");
        int to = full.indexOf("郴州自贸速度。") + "郴州自贸速度。".length();
        assertThat(from).isPositive();
        String shorter = full.substring(0, from) + full.substring(to).stripLeading();
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Path a = Files.writeString(inbox.resolve("a.txt"), full);
        Path b = Files.writeString(inbox.resolve("b.txt"), shorter);
        Map<String, String> expectedA = imported(a, tmp.resolve("refA/content"));
        Map<String, String> expectedB = imported(b, tmp.resolve("refB/content"));
        assertThat(expectedA).hasSize(20).isNotEqualTo(expectedB);
        assertThat(expectedB).hasSize(19);

        for (int attempt = 0; attempt < 10; attempt++) {
            Path content = tmp.resolve("project" + attempt + "/content");
            CyclicBarrier start = new CyclicBarrier(2);
            List<CompletableFuture<Void>> runs = new ArrayList<>();
            for (Path raw : List.of(a, b)) {
                runs.add(CompletableFuture.runAsync(() -> {
                    try {
                        start.await();
                        new Importer(Gazetteer.standard()).importFile(raw, content, true);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            runs.forEach(CompletableFuture::join);
            Map<String, String> written = files(content);
            assertThat(written).as("attempt " + attempt).isIn(expectedA, expectedB);
        }
    }

    private static Map<String, String> imported(Path raw, Path content) throws Exception {
        new Importer(Gazetteer.standard()).importFile(raw, content, true);
        return files(content);
    }

    /** Every file of the content folder, hidden ones (an import's leftovers) included, with its text. */
    private static Map<String, String> files(Path content) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(content.relativize(p).toString(), Files.readString(p));
            }
        }
        try (Stream<Path> walk = Files.walk(content)) {
            assertThat(walk.filter(p -> p.getFileName().toString().startsWith(".")).toList()).as("leftovers").isEmpty();
        }
        return out;
    }
}
