package org.bulletinarchive.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per folder: a second run waits, then refuses; a lock dies with its process and is released on errors. */
class LockIT {

    @TempDir
    Path tmp;

    @Test
    void aSecondBuildOfTheSameFolderWaitsThenIsRefusedNamingWhoHoldsItSinceWhen() throws Exception {
        Path site = tmp.resolve("target/site-archive");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
            try (FolderLock lock = FolderLock.forSite(site, "target/site-archive", Duration.ofSeconds(5))) {
                held.countDown();
                done.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        assertThatThrownBy(() -> FolderLock.forSite(site, "target/site-archive", Duration.ofMillis(600)))
                .isInstanceOf(FolderLock.LockedException.class)
                .hasMessageMatching("another build is writing target/site-archive \\(since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d, process \\d+\\); "
                        + "try again when it has finished\\.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(550));
        done.countDown();
        holder.get(5, TimeUnit.SECONDS);
        // released: the next one gets it at once
        try (FolderLock lock = FolderLock.forSite(site, "target/site-archive", Duration.ZERO)) {
            assertThat(tmp.resolve("target/.site-archive.lock")).isRegularFile();
        }
    }

    @Test
    void aWaitingRunGetsTheLockWhenTheFirstFinishesWithinTheWait() throws Exception {
        Path site = tmp.resolve("site");
        CountDownLatch held = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try (FolderLock lock = FolderLock.forSite(site, "site", Duration.ZERO)) {
                held.countDown();
                sleep(300);
            }
        });
        assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        try (FolderLock lock = FolderLock.forSite(site, "site", Duration.ofSeconds(5))) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(100));
        }
        first.get(5, TimeUnit.SECONDS);
    }

    @Test
    void theLockIsReleasedWhenTheWorkFailsAndTakenAgainInTheSameThread() {
        Path site = tmp.resolve("site");
        assertThatThrownBy(() -> {
            try (FolderLock lock = FolderLock.forSite(site, "site", Duration.ZERO)) {
                try (FolderLock again = FolderLock.forSite(site, "site", Duration.ZERO)) {
                    throw new IllegalStateException("the build failed");
                }
            }
        }).hasMessage("the build failed");
        CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(() -> {
            try (FolderLock lock = FolderLock.forSite(site, "site", Duration.ZERO)) {
                return true;
            }
        });
        assertThat(other.join()).isTrue();
    }

    @Test
    void aLockHeldByAnotherProcessRefusesAndAStaleLockFileOfAKilledOneDoesNot() throws Exception {
        Path site = tmp.resolve("site-archive");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), site.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            assertThatThrownBy(() -> FolderLock.forSite(site, "site-archive", Duration.ofMillis(300)))
                    .isInstanceOf(FolderLock.LockedException.class)
                    .hasMessageContaining("another build is writing site-archive (since ")
                    .hasMessageContaining("process " + other.pid() + ")");
        } finally {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        // the killed process left its lock file, with its text, behind; the OS lock went with it
        assertThat(tmp.resolve(".site-archive.lock")).content().contains("process " + other.pid());
        try (FolderLock lock = FolderLock.forSite(site, "site-archive", Duration.ZERO)) {
            assertThat(Files.readString(tmp.resolve(".site-archive.lock"))).contains("process " + ProcessHandle.current().pid());
        }
    }

    @Test
    void importsLockTheContentFolderWithAFileBesideIt() {
        Path content = tmp.resolve("project/content");
        try (FolderLock lock = FolderLock.forContent(content)) {
            assertThat(tmp.resolve("project/.content.lock")).isRegularFile();
            assertThat(content).doesNotExist();
            CompletableFuture<Throwable> other = CompletableFuture.supplyAsync(() -> {
                try (FolderLock second = FolderLock.acquire(tmp.resolve("project/.content.lock"), "import", "content", Duration.ofMillis(200))) {
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            assertThat(other.join()).isInstanceOf(FolderLock.LockedException.class).hasMessageStartingWith("another import is writing content (since ");
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
