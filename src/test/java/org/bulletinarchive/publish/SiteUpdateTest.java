package org.bulletinarchive.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An in-place update that fails part-way leaves the previous site, zip and war exactly as they were. The failures are
 * made with a folder where a file must go, since the tests run as root in CI, where permissions stop nothing.
 */
class SiteUpdateTest {

    @TempDir
    Path tmp;

    private Path site;
    private SiteSwap swap;
    private SiteUpdate update;

    @BeforeEach
    void aPublishedSiteAndAnUpdateStaged() throws Exception {
        site = tmp.resolve("site");
        swap = new SiteSwap(site);
        update = new SiteUpdate(swap);
        write(site, "index.html", "old home");
        write(site, "issues/1/index.html", "old issue 1");
        write(site, "issues/2/index.html", "issue 2, removed by the update");
        Files.writeString(swap.zip(), "old zip");
        Files.writeString(swap.war(), "old war");
        Files.writeString(update.state(), "old state");
        write(swap.staging(), "index.html", "new home");
        write(swap.staging(), "issues/3/index.html", "new issue 3");
        Files.writeString(swap.stagedZip(), "new zip");
        Files.writeString(swap.stagedWar(), "new war");
        Files.writeString(update.stagedState(), "new state");
    }

    private static void write(Path root, String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }

    @Test
    void anUpdateThatCannotPutAFileInPlaceLeavesTheSiteZipAndWarAsTheyWere() throws Exception {
        // the new issue 4 cannot be written: a file stands where its folder must go
        write(swap.staging(), "issues/4/index.html", "new issue 4");
        write(site, "issues/4", "a file where a folder must go");
        Map<String, String> before = everything();
        assertThatThrownBy(() -> update.publish(List.of("index.html", "issues/3/index.html", "issues/4/index.html"), List.of("issues/2/index.html")))
                .isInstanceOf(SiteUpdate.UpdateFailedException.class).hasMessageContaining("the previous site, zip and war are as they were");
        swap.discard();
        assertThat(before(everything())).isEqualTo(before(before));
    }

    @Test
    void anUpdateThatFailsAtItsLastStepPutsBackTheDeletedFilesTheZipAndTheWar() throws Exception {
        // every page moved and deleted, the zip and war in place: then the build state fails (a folder with a file where it must go)
        Files.delete(update.state());
        write(tmp, ".site.state/x", "a folder where the state must go");
        Map<String, String> before = everything();
        assertThatThrownBy(() -> update.publish(List.of("index.html", "issues/3/index.html"), List.of("issues/2/index.html")))
                .isInstanceOf(SiteUpdate.UpdateFailedException.class);
        swap.discard();
        assertThat(before(everything())).isEqualTo(before(before));
        assertThat(site.resolve("issues/3")).as("the folder the update made").doesNotExist();
    }

    @Test
    void aFileTheUpdateRemovesIsOutOfTheWayBeforeAFolderIsMadeWhereItWas() throws Exception {
        write(swap.staging(), "issues/4/index.html", "new issue 4");
        write(site, "issues/4", "put there by hand");
        update.publish(List.of("issues/4/index.html"), List.of("issues/4"));
        assertThat(site.resolve("issues/4/index.html")).hasContent("new issue 4");
    }

    @Test
    void anUpdateThatSucceedsLeavesNothingAside() throws Exception {
        update.publish(List.of("index.html", "issues/3/index.html"), List.of("issues/2/index.html"));
        assertThat(site.resolve("index.html")).hasContent("new home");
        assertThat(site.resolve("issues/2")).doesNotExist();
        assertThat(swap.zip()).hasContent("new zip");
        assertThat(update.state()).hasContent("new state");
        try (Stream<Path> list = Files.list(tmp)) {
            assertThat(list.map(p -> p.getFileName().toString()).sorted()).containsExactly(".site.state", "site", "site.war", "site.zip");
        }
    }

    /** What was there before the update, less the staged files a failed build discards. */
    private static Map<String, String> before(Map<String, String> before) {
        Map<String, String> kept = new TreeMap<>(before);
        kept.keySet().removeIf(path -> path.contains(".staging"));
        return kept;
    }

    /** Every file and folder beside and in the site, with its text. */
    private Map<String, String> everything() throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(tmp)) {
            for (Path p : walk.filter(p -> !p.equals(tmp)).toList()) {
                all.put(tmp.relativize(p).toString(), Files.isDirectory(p) ? "folder" : Files.readString(p));
            }
        }
        return all;
    }
}
