package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bulletinarchive.cli.Main;
import org.bulletinarchive.errors.ArchiveException;
import org.bulletinarchive.files.SafePaths;
import org.bulletinarchive.pack.SiteZip;
import org.bulletinarchive.publish.OutputFolder;
import org.bulletinarchive.render.PageRenderer;
import org.bulletinarchive.view.Views;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build never destroys the project's sources or a folder it did not make, and never writes outside its output folder. */
class SafeOutputIT {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldErr;
    private PrintStream oldOut;
    private FixtureProject project;

    @BeforeEach
    void capture() throws Exception {
        oldErr = System.err;
        oldOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        project = FixtureProject.withCommittedContent(tmp.resolve("p"));
    }

    @AfterEach
    void restore() {
        System.setErr(oldErr);
        System.setOut(oldOut);
    }

    /** Runs {@code build --out out}, expects a refusal and returns the one line printed. */
    private String refusedBuild(Path out) {
        err.reset();
        assertThat(Main.run("build", "--source=" + project.root, "--out=" + out)).as("exit code").isEqualTo(1);
        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(printed.strip().lines()).as(printed).hasSize(1);
        assertThat(printed).startsWith("error: ").doesNotContain("Exception", "\tat ");
        return printed.strip();
    }

    @Test
    void buildOutContentIsRefusedAndTheContentIsUntouched() throws Exception {
        Map<String, String> before = SiteBuildIT.fingerprint(project.root);
        String printed = refusedBuild(project.root.resolve("content"));
        assertThat(printed).contains("--out " + project.root.resolve("content"), "is the project's content folder", "nothing was written",
                "Choose another --out");
        assertThat(SiteBuildIT.fingerprint(project.root)).isEqualTo(before);
        assertThat(siblingsOf(project.root)).containsExactly("p");
    }

    @Test
    void buildOutOfTheProjectFolderOrAFolderAboveItIsRefused() throws Exception {
        Map<String, String> before = SiteBuildIT.fingerprint(project.root);
        assertThat(refusedBuild(project.root)).contains("is the project folder itself");
        assertThat(refusedBuild(project.root.resolve("."))).contains("is the project folder itself");
        assertThat(refusedBuild(project.root.resolve(".."))).contains("contains the project folder");
        assertThat(refusedBuild(project.root.resolve("content/.."))).contains("is the project folder itself");
        assertThat(SiteBuildIT.fingerprint(project.root)).isEqualTo(before);
    }

    @Test
    void aFolderInsideOrAboveTheSourcesIsRefusedWithoutCreatingIt() throws Exception {
        assertThat(refusedBuild(project.root.resolve("templates/x"))).contains("lies inside the project's templates folder");
        assertThat(project.root.resolve("templates/x")).doesNotExist();
        assertThat(refusedBuild(project.root.resolve("assets"))).contains("is the project's assets folder");
        assertThat(refusedBuild(project.root.resolve("raw/site"))).contains("lies inside the project's raw folder");
        assertThat(refusedBuild(project.root.resolve("content/issues/2023"))).contains("lies inside the project's content folder");
        assertThat(project.root.resolve("content/.2023.staging")).doesNotExist();
    }

    @Test
    void anExistingFileIsRefusedAndKept() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "my notes");
        assertThat(refusedBuild(file)).contains("is an existing file, not a folder");
        assertThat(file).hasContent("my notes");
        assertThat(siblingsOf(file)).containsExactlyInAnyOrder("notes.txt", "p");
    }

    @Test
    void aFolderOfOtherFilesIsRefusedButAnEmptyOneAndTheBuildsOwnSiteAreReplaced() throws Exception {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("thesis.docx"), "years of work");
        assertThat(refusedBuild(mine)).contains(mine + " holds files the build did not make", "choose another --out or empty it");
        assertThat(mine.resolve("thesis.docx")).hasContent("years of work");

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        SiteBuilder.Result first = new SiteBuilder(project.root, line -> { }).build(empty);
        assertThat(first.site().resolve(OutputFolder.MARKER)).isRegularFile();
        assertThat(first.site().resolve("index.html")).isRegularFile();
        // a second build replaces the site it made, marker and all
        Files.writeString(empty.resolve("stale.html"), "from an older build");
        new SiteBuilder(project.root, line -> { }).build(empty);
        assertThat(empty.resolve("stale.html")).doesNotExist();
        assertThat(empty.resolve(OutputFolder.MARKER)).isRegularFile();
    }

    @Test
    void aSiteMadeBeforeSitesCarriedTheMarkerIsReplacedInTargetButNowhereElse() throws Exception {
        Path earlier = project.root.resolve("target/site-archive");
        new SiteBuilder(project.root, line -> { }).build(earlier);
        Files.delete(earlier.resolve(OutputFolder.MARKER));
        new SiteBuilder(project.root, line -> { }).build(earlier);
        assertThat(earlier.resolve(OutputFolder.MARKER)).isRegularFile();

        Path elsewhere = tmp.resolve("published");
        new SiteBuilder(project.root, line -> { }).build(elsewhere);
        Files.delete(elsewhere.resolve(OutputFolder.MARKER));
        assertThat(refusedBuild(elsewhere)).contains("holds files the build did not make");
    }

    @Test
    void aZipBesideTheFolderThatTheBuildDidNotMakeIsRefused() throws Exception {
        Path zip = Files.writeString(tmp.resolve("site.zip"), "not a zip at all");
        assertThat(refusedBuild(tmp.resolve("site"))).contains("site.zip exists and is not a zip the build made of this site");
        assertThat(zip).hasContent("not a zip at all");
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void aWarBesideTheFolderThatTheBuildDidNotMakeIsRefused() throws Exception {
        Path war = tmp.resolve("site.war");
        SiteZip.write(List.of(SiteZip.Entry.ofBytes("WEB-INF/web.xml", "<web-app/>".getBytes(StandardCharsets.UTF_8))), war);
        byte[] before = Files.readAllBytes(war);
        assertThat(refusedBuild(tmp.resolve("site"))).contains("site.war exists and is not a war the build made");
        assertThat(war).hasBinaryContent(before);
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @Test
    void theSiteAndItsZipCarryTheMarker() throws Exception {
        SiteBuilder.Result result = project.build();
        assertThat(result.site().resolve(OutputFolder.MARKER)).isRegularFile();
        try (var zip = new java.util.zip.ZipFile(result.zip().toFile())) {
            assertThat(zip.getEntry("site/" + OutputFolder.MARKER)).isNotNull();
        }
    }

    @Test
    void aDestinationFolderSettingOfContentIsRefusedNamingItsLine() throws Exception {
        Path properties = project.root.resolve("jbake.properties");
        String text = Files.readString(properties);
        assertThat(text).contains("destination.folder=target/site-archive");
        Files.writeString(properties, text.replace("destination.folder=target/site-archive", "destination.folder=content"));
        int line = (int) text.lines().takeWhile(l -> !l.startsWith("destination.folder=")).count() + 1;
        Map<String, String> before = SiteBuildIT.fingerprint(project.root.resolve("content"));
        err.reset();
        assertThat(Main.run("build", "--source=" + project.root)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("error: jbake.properties:" + line
                + ": destination.folder=content is the project's content folder, and a build replaces its output folder whole; nothing was written."
                + " Set another destination.folder (a folder of its own), e.g. destination.folder=target/site-archive.");
        assertThat(SiteBuildIT.fingerprint(project.root.resolve("content"))).isEqualTo(before);
    }

    @Test
    void aPagePathThatLeavesTheSiteFolderIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("deep/er/site"));
        JBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(project.root.toFile(), site.toFile(), false);
        PageRenderer renderer = new PageRenderer(config, site);
        Views.Page page = new Views.Page("subject", "subject.ftl", "cities/../../../escaped.html", "../", "x", "", "", "website", null);
        assertThatThrownBy(() -> renderer.render("subject.ftl", page, Map.of()))
                .isInstanceOf(SafePaths.EscapingPathException.class)
                .hasMessageContaining("page cities/../../../escaped.html would be written outside the site folder");
        assertThat(tmp.resolve("deep/escaped.html")).doesNotExist();
        assertThat(SafePaths.inside(site, "cities/changsha.html", "page")).isEqualTo(site.resolve("cities/changsha.html"));
        for (String bad : List.of("../x.html", "/etc/passwd", "", "a/../../x", "..")) {
            assertThatThrownBy(() -> SafePaths.inside(site, bad, "page")).as(bad).isInstanceOf(ArchiveException.class);
        }
    }

    @Test
    void anEscapingSubjectSlugInTheContentStopsTheBuildAndLeavesNoStrayFile() throws Exception {
        Path entry = project.content("issues/2023/17/10-changsha.md");
        Files.writeString(entry, Files.readString(entry).replace("|changsha|", "|../../../../escaped|"));
        assertThatThrownBy(project::build).isInstanceOf(ArchiveException.class).hasMessageContaining("escaped");
        try (Stream<Path> all = Files.walk(tmp)) {
            assertThat(all.filter(p -> p.getFileName().toString().startsWith("escaped")).toList()).isEmpty();
        }
        assertThat(project.site()).doesNotExist();
        assertThat(siblingsOf(project.site())).allMatch(name -> name.endsWith(".lock"));
    }

    private static List<String> siblingsOf(Path path) throws Exception {
        Path parent = path.toAbsolutePath().normalize().getParent();
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(parent)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
