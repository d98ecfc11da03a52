package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bulletinarchive.files.FolderLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build reads the content under the lock an import holds while it writes, so it never reads an issue half-written. */
class BuildUnderContentLockIT {

    @Test
    void aBuildWaitsForAnImportThatIsWritingTheContent(@TempDir Path tmp) throws Exception {
        FixtureProject p = FixtureProject.withCommittedContent(tmp.resolve("p"));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Long> importer = CompletableFuture.supplyAsync(() -> {
            try (FolderLock lock = FolderLock.forContent(p.root.resolve("content"))) {
                held.countDown();
                release.await(10, TimeUnit.SECONDS);
                return System.nanoTime();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Long> build = CompletableFuture.supplyAsync(() -> {
            try {
                p.build();
                return System.nanoTime();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(1500);
        assertThat(build).as("the build waits while the import writes").isNotDone();
        release.countDown();
        long importDone = importer.get(10, TimeUnit.SECONDS);
        assertThat(build.get(60, TimeUnit.SECONDS)).isGreaterThan(importDone);
    }
}
