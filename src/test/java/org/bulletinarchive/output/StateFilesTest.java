package org.bulletinarchive.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build state and the content cache are read back as written, and a damaged one is told apart before it is used. */
class StateFilesTest {

    @TempDir
    Path dir;

    private BuildState state() {
        return new BuildState(7, 9, Map.of("index.html", new BuildState.FileState(10, 11, 12), "a/b.css", new BuildState.FileState(1, 2, 0)),
                Map.of("index.html", new BuildState.Links(Set.of("top"), List.<String[]>of(new String[] {"a/b.css", "reference"}), List.of())));
    }

    @Test
    void aBuildStateIsReadBackAsWritten() throws Exception {
        Path file = dir.resolve(".site.state");
        state().write(file);
        BuildState read = BuildState.read(file);
        assertThat(read.environment()).isEqualTo(7);
        assertThat(read.files()).isEqualTo(state().files());
        assertThat(read.links("index.html").ids()).containsExactly("top");
    }

    @Test
    void everyChangedByteAndEveryCutOfABuildStateIsFoundDamaged() throws Exception {
        Path file = dir.resolve(".site.state");
        state().write(file);
        byte[] good = Files.readAllBytes(file);
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x01;
            Files.write(file, bad);
            assertThatThrownBy(() -> BuildState.read(file)).as("byte %d changed", i).isInstanceOf(StateFile.Damaged.class);
            Files.write(file, java.util.Arrays.copyOf(good, i));
            assertThatThrownBy(() -> BuildState.read(file)).as("cut at %d", i).isInstanceOf(StateFile.Damaged.class);
        }
    }

    @Test
    void aCountTooLargeForTheFileIsFoundDamagedWithoutAllocatingIt() throws Exception {
        // a well-formed file, checksum and all, whose counts are not those of its data: nothing of that size is made
        Path file = dir.resolve(".site.state");
        StateFile.write(file, 0x42415332, out -> {
            out.writeLong(1);
            out.writeLong(2);
            out.writeInt(Integer.MAX_VALUE);
        });
        assertThatThrownBy(() -> BuildState.read(file)).isInstanceOf(StateFile.Damaged.class).hasMessageContaining("a count of 2147483647");
        StateFile.write(file, 0x42415332, out -> {
            out.writeLong(1);
            out.writeLong(2);
            out.writeInt(-1);
        });
        assertThatThrownBy(() -> BuildState.read(file)).isInstanceOf(StateFile.Damaged.class).hasMessageContaining("a count of -1");
    }

    @Test
    void aBuildStateNamingAFileOutsideTheSiteIsFoundDamaged() throws Exception {
        Path file = dir.resolve(".site.state");
        for (String path : List.of("../x", "/etc/passwd", "a/../../x", "a//b", "./a", "a\\b")) {
            new BuildState(7, 9, Map.of(path, new BuildState.FileState(1, 2, 0)), Map.of()).write(file);
            assertThatThrownBy(() -> BuildState.read(file)).as(path).isInstanceOf(StateFile.Damaged.class).hasMessageContaining("not a file inside the site");
        }
    }

    @Test
    void noStateFileAndOneOfAnotherVersionAreNoFault() throws Exception {
        assertThat(BuildState.read(dir.resolve("none")).isEmpty()).isTrue();
        // "BAS1", as the version before checksums wrote it
        Path older = Files.write(dir.resolve(".site.state"), new byte[] {0x42, 0x41, 0x53, 0x31, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7, 8});
        assertThat(BuildState.read(older).isEmpty()).isTrue();
    }
}
