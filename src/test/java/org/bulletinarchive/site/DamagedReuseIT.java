package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.bulletinarchive.publish.SiteUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a rebuild reuses of the last build is checked before use: a build state, content cache, zip or journal that is
 * damaged, cut short, emptied or names a path outside the site is discarded with one note and the site is made in full;
 * a page or content file changed with its size or time kept is seen by its bytes. Each time the site, zip and war are
 * byte for byte those of a clean build, and the build after it reuses again without a note.
 */
class DamagedReuseIT {

    @TempDir
    Path dir;

    private FixtureProject project;
    private SiteUpdate update;

    @BeforeEach
    void theProjectBuiltOnceFromContentWrittenAnHourAgo() throws Exception {
        project = FixtureProject.withCommittedContent(dir.resolve("project"));
        // as an editor's files are: older than the build, so that neither size nor time marks them as new
        FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        try (Stream<Path> files = Files.walk(project.root.resolve("content"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, hourAgo);
            }
        }
        project.build();
        update = new SiteUpdate(project.site());
    }

    @Test
    void aBuildStateWithOneByteChangedIsDiscardedWithOneNoteAndTheSiteIsAsAFullBuildsAndTheNextBuildReusesAgain() throws Exception {
        flipAByte(update.state());
        List<String> notes = rebuildAndCompareWithACleanBuild(false);
        assertThat(notes).singleElement().asString().contains("out/.site.state is damaged (its checksum does not match)");
        assertThat(rebuildAndCompareWithACleanBuild(true)).as("the build after it").isEmpty();
    }

    @Test
    void aBuildStateCutShortOrEmptyIsDiscardedWithOneNote() throws Exception {
        byte[] state = Files.readAllBytes(update.state());
        Files.write(update.state(), java.util.Arrays.copyOf(state, state.length / 2));
        assertThat(rebuildAndCompareWithACleanBuild(false)).singleElement().asString().contains(".site.state is damaged");
        Files.write(update.state(), new byte[0]);
        assertThat(rebuildAndCompareWithACleanBuild(false)).singleElement().asString().contains(".site.state is damaged (it is empty)");
    }

    @Test
    void theContentCacheAnEarlierVersionLeftIsRemovedWithoutANote() throws Exception {
        // content files are read at every build since their headers are read without JBake's parser: no cache to trust
        Path former = update.state().resolveSibling(".site.content");
        Files.write(former, new byte[] {1, 2, 3});
        assertThat(rebuildAndCompareWithACleanBuild(true)).isEmpty();
        assertThat(former).doesNotExist();
    }

    @Test
    void anEmptiedZipIsNotCopiedFromAndTheSiteZipAndWarAreMadeAgain() throws Exception {
        Files.write(project.site().resolveSibling("site.zip"), new byte[0]);
        assertThat(rebuildAndCompareWithACleanBuild(false)).singleElement().asString()
                .contains("out/site.zip is not the zip the last build made");
    }

    @Test
    void aPageEditedInsideTheZipIsNotCopiedFromIt() throws Exception {
        Path zip = project.site().resolveSibling("site.zip");
        Path edited = dir.resolve("edited.zip");
        try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(edited))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals("site/search.html") ? new String(bytes, StandardCharsets.UTF_8).replace("搜索", "搜寻").getBytes(StandardCharsets.UTF_8)
                        : bytes);
                out.closeEntry();
            }
        }
        Files.move(edited, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(rebuildAndCompareWithACleanBuild(false)).singleElement().asString().contains("out/site.zip is not the zip the last build made");
    }

    @Test
    void aJournalNamingAPathOutsideTheSiteIsDiscardedWithOneNoteAndTouchesNothing() throws Exception {
        Path mine = Files.writeString(project.site().resolveSibling("x"), "mine");
        Files.writeString(project.site().resolveSibling(".site.updating"), SiteUpdate.journalText(List.of("delete ../x")));
        assertThat(rebuildAndCompareWithACleanBuild(false)).singleElement().asString()
                .contains("out/.site.updating is damaged (it names ../x, which is not a file inside the site)");
        assertThat(mine).hasContent("mine");
        assertThat(project.site().resolveSibling(".site.updating")).doesNotExist();
    }

    @Test
    void aJournalCutShortIsDiscardedWithOneNote() throws Exception {
        Files.writeString(project.site().resolveSibling(".site.updating"), "move index.html\nmove sea");
        assertThat(rebuildAndCompareWithACleanBuild(false)).singleElement().asString().contains("out/.site.updating is damaged (it is cut short");
    }

    @Test
    void aPageEditedByHandWithItsSizeAndTimeKeptIsWrittenAgain() throws Exception {
        Path page = project.site().resolve("search.html");
        FileTime time = Files.getLastModifiedTime(page);
        String text = Files.readString(page);
        assertThat(text).contains("搜索");
        Files.writeString(page, text.replace("搜索", "搜寻"));
        Files.setLastModifiedTime(page, time);
        assertThat(rebuildAndCompareWithACleanBuild(true)).as("a page set right is no fault of the state").isEmpty();
    }

    @Test
    void aContentFilePutBackWithItsOldTimeIsReadAgain() throws Exception {
        Path entry = project.content("issues/2023/17/10-changsha.md");
        FileTime time = Files.getLastModifiedTime(entry);
        String text = Files.readString(entry);
        int at = text.lastIndexOf('。');
        // another character of the same length in UTF-8, and the file's old time: as a copy from a backup
        Files.writeString(entry, text.substring(0, at) + "，" + text.substring(at + 1));
        Files.setLastModifiedTime(entry, time);
        assertThat(Files.size(entry)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        rebuildAndCompareWithACleanBuild(true);
    }

    /** Rebuilds (incrementally when {@code incremental}), builds the same project clean elsewhere, compares both byte for byte; returns the notes. */
    private List<String> rebuildAndCompareWithACleanBuild(boolean incremental) throws IOException {
        List<String> log = new ArrayList<>();
        SiteBuilder.Result rebuilt = new SiteBuilder(project.root, log::add).build(project.site());
        assertThat(rebuilt.incremental()).as("incremental").isEqualTo(incremental);
        SiteBuilder.Result clean = new SiteBuilder(project.root, line -> { }).build(dir.resolve("clean" + System.nanoTime()).resolve("site"), true);
        Map<String, byte[]> expected = IncrementalBuildIT.tree(clean.site());
        Map<String, byte[]> actual = IncrementalBuildIT.tree(rebuilt.site());
        assertThat(actual.keySet()).as("files of the rebuilt site").containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
        assertThat(rebuilt.zip()).as("the rebuilt zip").hasSameBinaryContentAs(clean.zip());
        assertThat(rebuilt.war()).as("the rebuilt war").hasSameBinaryContentAs(clean.war());
        return log.stream().filter(line -> line.startsWith("note:")).toList();
    }

    private static void flipAByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);
    }
}
