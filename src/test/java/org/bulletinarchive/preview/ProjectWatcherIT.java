package org.bulletinarchive.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectWatcherIT {

    @TempDir
    Path project;

    private final BlockingQueue<List<Path>> changes = new LinkedBlockingQueue<>();
    private ProjectWatcher watcher;

    @BeforeEach
    void watch() throws Exception {
        Files.createDirectories(project.resolve("content/issues/2023/17"));
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("content/issues/2023/17/10-changsha.md"), "order=10\n");
        Files.writeString(project.resolve("jbake.properties"), "feed.issues=20\n");
        watcher = new ProjectWatcher(List.of(project.resolve("content"), project.resolve("templates")), List.of(project.resolve("jbake.properties")),
                Duration.ofMillis(200));
        watcher.start(changes::add);
    }

    @AfterEach
    void stop() throws Exception {
        watcher.close();
    }

    private List<Path> next() throws InterruptedException {
        return changes.poll(10, TimeUnit.SECONDS);
    }

    @Test
    void severalQuickChangesAreHandedOverOnceWhenTheFilesAreQuiet() throws Exception {
        Path entry = project.resolve("content/issues/2023/17/10-changsha.md");
        Files.writeString(entry, "order=1\n");
        Files.writeString(entry, "order=11\n");
        Files.writeString(project.resolve("templates/issue.ftl"), "<#-- -->\n");
        assertThat(next()).containsExactly(entry.toAbsolutePath(), project.resolve("templates/issue.ftl").toAbsolutePath());
        assertThat(changes.poll(600, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aFolderMadeLaterIsWatchedToo() throws Exception {
        Path issue = project.resolve("content/issues/2023/18");
        Files.createDirectories(issue);
        assertThat(next()).containsExactly(issue.toAbsolutePath());
        Files.writeString(issue.resolve("index.md"), "type=issue\n");
        assertThat(next()).containsExactly(issue.resolve("index.md").toAbsolutePath());
    }

    @Test
    void aWatchedFolderRemovedAndPutBackIsWatchedAgain() throws Exception {
        Path content = project.resolve("content");
        Path aside = project.resolve("content-aside");
        // as git checkout or a restore from backup does: the folder goes, then comes back
        Files.move(content, aside);
        assertThat(next()).contains(content.toAbsolutePath());
        Files.move(aside, content);
        assertThat(next()).contains(content.toAbsolutePath());
        Path entry = content.resolve("issues/2023/17/10-changsha.md");
        Files.writeString(entry, "order=12\n");
        assertThat(next()).containsExactly(entry.toAbsolutePath());
    }

    @Test
    void inTheProjectFolderOnlyTheSettingsFileCounts() throws Exception {
        Files.writeString(project.resolve("notes.txt"), "not part of the site\n");
        Files.writeString(project.resolve("jbake.properties"), "feed.issues=21\n");
        assertThat(next()).containsExactly(project.resolve("jbake.properties").toAbsolutePath());
    }

    @Test
    void hiddenFilesBackupsAndTemporaryFilesAreNoChange() throws Exception {
        Path folder = project.resolve("content/issues/2023/17");
        Files.writeString(folder.resolve(".10-changsha.md.swp"), "swap\n");
        Files.writeString(folder.resolve("10-changsha.md~"), "backup\n");
        Path temporary = folder.resolve("sedAb12Cd");
        Files.writeString(temporary, "x\n");
        Files.delete(temporary);
        assertThat(changes.poll(1500, TimeUnit.MILLISECONDS)).isNull();
    }
}
