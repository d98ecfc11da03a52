package org.bulletinarchive.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.bulletinarchive.pack.SiteWar;
import org.bulletinarchive.pack.SiteZip;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A build interrupted at any point of publishing leaves a state the next build finishes or undoes, so site, zip and war match again. */
public class SiteSwapTest {

    @TempDir
    Path tmp;

    private SiteSwap swap;
    private Path site;

    @BeforeEach
    void anOldSiteZipAndWarAndNewOnesStaged() throws Exception {
        site = tmp.resolve("site");
        swap = new SiteSwap(site);
        makeSite(site, "old");
        SiteZip.write(site, swap.zip(), "site");
        SiteWar.write(site, "site", swap.war());
        makeSite(swap.staging(), "new");
        SiteZip.write(swap.staging(), swap.stagedZip(), "site");
        SiteWar.write(swap.staging(), "site", swap.stagedWar());
    }

    private static void makeSite(Path folder, String version) throws Exception {
        Files.createDirectories(folder.resolve("issues"));
        OutputFolder.mark(folder);
        Files.writeString(folder.resolve("index.html"), version);
        Files.writeString(folder.resolve("issues/" + version + ".html"), version);
    }

    private Path journal() {
        return tmp.resolve(".site.publishing");
    }

    private Path replaced() {
        return tmp.resolve(".site.replaced");
    }

    private void writeJournal() throws Exception {
        Files.writeString(journal(), "publishing");
    }

    /** The site, the zip and the war hold the same files with the same bytes, of this version, and nothing else is left. */
    private void assertPublished(String version) throws Exception {
        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo(version);
        assertThat(files(site)).isEqualTo(zipped(swap.zip()));
        assertSameFiles(site, swap.war());
        try (Stream<Path> list = Files.list(tmp)) {
            assertThat(list.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("site", "site.war", "site.zip");
        }
    }

    /**
     * The war of a build holds the site's files but its offline copy, the marker under WEB-INF, web.xml and tomcat-web.xml;
     * its home page is its own (it offers no copy).
     */
    public static void assertWarOfBuild(Path site, Path war) throws Exception {
        Map<String, String> expected = new TreeMap<>();
        files(site).forEach((name, sha) -> expected.put(name.substring(name.indexOf('/') + 1).replace(OutputFolder.MARKER, OutputFolder.WAR_MARKER), sha));
        expected.keySet().removeIf(name -> name.startsWith("download/") || name.equals("index.html"));
        expected.put("WEB-INF/web.xml", sha(SiteWar.descriptor("web.xml")));
        expected.put("WEB-INF/tomcat-web.xml", sha(SiteWar.descriptor("tomcat-web.xml")));
        Map<String, String> actual = new TreeMap<>(zipped(war));
        assertThat(actual.remove("index.html")).as("the war's home page").isNotNull();
        assertThat(actual).isEqualTo(expected);
    }

    /** The war holds the site's files (its offline copy too), the marker under WEB-INF, web.xml and tomcat-web.xml. */
    public static void assertSameFiles(Path site, Path war) throws Exception {
        Map<String, String> expected = new TreeMap<>();
        files(site).forEach((name, sha) -> expected.put(name.substring(name.indexOf('/') + 1).replace(OutputFolder.MARKER, OutputFolder.WAR_MARKER), sha));
        Path copy = site.resolve("download/" + site.getFileName() + ".zip");
        if (Files.isRegularFile(copy)) {
            expected.put("download/" + site.getFileName() + ".zip", sha(Files.readAllBytes(copy)));
        }
        expected.put("WEB-INF/web.xml", sha(SiteWar.descriptor("web.xml")));
        expected.put("WEB-INF/tomcat-web.xml", sha(SiteWar.descriptor("tomcat-web.xml")));
        assertThat(zipped(war)).isEqualTo(expected);
    }

    @Test
    void publishingReplacesBothAndLeavesNothingBehind() throws Exception {
        swap.publish();
        assertPublished("new");
        assertThat(swap.recover()).isEmpty();
    }

    @ParameterizedTest(name = "the {0}")
    @ValueSource(strings = {"site", "zip", "war"})
    void aRenameThatFailsUndoesTheOthersSoThePreviousSiteZipAndWarStayPublished(String failing) throws Exception {
        // the n-th rename of that kind fails: the site's second (the new site into place), the zip's or war's first or second
        for (int nth = 1; nth <= 2; nth++) {
            int at = failing.equals("site") ? 2 : nth;
            int[] seen = {0};
            SiteSwap failingSwap = new SiteSwap(site, what -> {
                if (what.equals(failing) && ++seen[0] == at) {
                    throw new java.nio.file.FileSystemException(what, null, "No space left on device");
                }
            });
            assertThatThrownBy(failingSwap::publish).isInstanceOf(org.bulletinarchive.errors.ArchiveException.class)
                    .hasMessageContaining("No space left on device").hasMessageContaining("previous site, zip and war are as they were");
            assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("old");
            assertThat(files(site)).isEqualTo(zipped(swap.zip()));
            assertSameFiles(site, swap.war());
            assertThat(journal()).doesNotExist();
            // what was staged is as it was: the build discards it
            assertThat(Files.readString(swap.staging().resolve("index.html"))).isEqualTo("new");
            assertThat(swap.stagedZip()).isRegularFile();
            assertThat(swap.stagedWar()).isRegularFile();
        }
        swap.discard();
        assertPublished("old");
        assertThat(swap.recover()).isEmpty();
    }

    @Test
    void aZipSetAsideByAPublishingThatWasCutShortAtItsLastStepIsRemoved() throws Exception {
        swap.publish();
        Files.writeString(tmp.resolve(".site.zip.replaced"), "the old zip");
        assertThat(swap.recover()).containsExactly("removed the previous zip an interrupted build had set aside (.site.zip.replaced)");
        assertPublished("new");
    }

    @Test
    void aJournalWithNothingMovedYetIsFinished() throws Exception {
        writeJournal();
        assertThat(swap.recover()).containsExactly("finished publishing the site, zip and war of an interrupted build");
        assertPublished("new");
    }

    @Test
    void aJournalWithTheOldSiteMovedAsideIsFinished() throws Exception {
        writeJournal();
        Files.move(site, replaced());
        swap.recover();
        assertPublished("new");
    }

    @Test
    void aJournalWithTheNewSiteInPlaceButTheOldZipIsFinished() throws Exception {
        writeJournal();
        Files.move(site, replaced());
        Files.move(swap.staging(), site);
        swap.recover();
        assertPublished("new");
    }

    @Test
    void aJournalWithTheNewSiteAndZipInPlaceButTheOldWarIsFinished() throws Exception {
        writeJournal();
        Files.move(site, replaced());
        Files.move(swap.staging(), site);
        Files.move(swap.stagedZip(), swap.zip(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        swap.recover();
        assertPublished("new");
    }

    @Test
    void aJournalLeftAfterAllRenamesIsRemovedWithTheOldSite() throws Exception {
        writeJournal();
        Files.move(site, replaced());
        Files.move(swap.staging(), site);
        Files.move(swap.stagedZip(), swap.zip(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(swap.stagedWar(), swap.war(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        swap.recover();
        assertPublished("new");
    }

    @Test
    void theOldSiteLeftAsideAfterAllWerePublishedIsRemoved() throws Exception {
        Files.move(site, replaced());
        Files.move(swap.staging(), site);
        Files.move(swap.stagedZip(), swap.zip(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(swap.stagedWar(), swap.war(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(swap.recover()).containsExactly("removed the previous site an interrupted build had set aside (.site.replaced)");
        assertPublished("new");
    }

    @Test
    void anUnfinishedSiteZipAndWarWithoutAJournalAreRemovedAndTheOldOnesStay() throws Exception {
        Files.delete(swap.staging().resolve("index.html"));
        Files.writeString(swap.stagedZip(), "PK cut short");
        Files.writeString(tmp.resolve(".site.zip.tmp"), "PK of an older version");
        Files.writeString(swap.stagedWar(), "PK cut short");
        assertThat(swap.recover()).hasSize(4).contains("removed the unfinished war of an interrupted build (.site.war.staging)");
        assertPublished("old");
    }

    @Test
    void aSiteAnEarlierVersionLeftMovedAsideIsPutBackWithItsZipAndWar() throws Exception {
        swap.discard();
        Files.move(site, replaced());
        assertThat(swap.recover()).containsExactly("put back the previous site an interrupted build had set aside (.site.replaced)");
        assertPublished("old");
    }

    /**
     * The files of a site that its zip and war hold, named as in its zip: all but the .gz files beside its pages and the
     * offline copy of the zip in download/, which are for the server only.
     */
    public static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                if (!name.endsWith(".gz") && !name.startsWith("download/")) {
                    out.put(dir.getFileName() + "/" + name, sha(Files.readAllBytes(p)));
                }
            }
        }
        return out;
    }

    /**
     * The zip holds the site's files with the same bytes, but for the home page, which it holds as the site shows it less
     * the zip's own size (下载离线版（zip，182 KB） reads 下载离线版（zip） there).
     */
    public static void assertZipHoldsTheSite(Path site, Path zip) throws Exception {
        String home = site.getFileName() + "/index.html";
        Map<String, String> expected = files(site);
        Map<String, String> actual = zipped(zip);
        expected.remove(home);
        assertThat(actual.remove(home)).as("the zip's home page").isNotNull();
        assertThat(actual).isEqualTo(expected);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            String zipped = new String(file.getInputStream(file.getEntry(home)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(zipped).isEqualTo(Files.readString(site.resolve("index.html")).replaceAll("（zip，[^）]+）", "（zip）"));
        }
    }

    public static Map<String, String> zipped(Path zip) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(file.entries())) {
                out.put(e.getName(), sha(file.getInputStream(e).readAllBytes()));
            }
        }
        return out;
    }

    private static String sha(byte[] bytes) {
        return org.bulletinarchive.render.AssetPipeline.sha256(bytes);
    }
}
