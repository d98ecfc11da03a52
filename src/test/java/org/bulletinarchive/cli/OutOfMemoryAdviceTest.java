package org.bulletinarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A build that runs out of heap says so in one line, with a heap to try that is larger than the one it had. */
class OutOfMemoryAdviceTest {

    static final long MB = 1024 * 1024;

    @Test
    void theAdviceIsAtLeastTwoGigabytesAndAlwaysMoreThanTheHeapThatRanOut() {
        assertThat(Main.outOfMemory(300 * MB)).contains("heap of 300 MB", "BULLETIN_ARCHIVE_JAVA_OPTS=-Xmx2g bin/bulletin-archive");
        assertThat(Main.outOfMemory(1024 * MB)).contains("heap of 1024 MB", "-Xmx2g");
        assertThat(Main.outOfMemory(2048 * MB)).contains("-Xmx4g", "java -Xmx4g -jar target/bulletin-archive.jar");
        assertThat(Main.outOfMemory(3000 * MB)).contains("-Xmx4g");
    }

    @Test
    void theAdviceSaysNothingWasPublished() {
        assertThat(Main.outOfMemory(1024 * MB)).startsWith("out of memory: ").contains("nothing was published or half-written");
    }
}
