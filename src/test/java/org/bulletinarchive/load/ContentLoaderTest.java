package org.bulletinarchive.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bulletinarchive.Samples;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.Entry;
import org.bulletinarchive.model.Gazetteer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading content folders directly: what is refused, what is reported, and how a body is read. */
class ContentLoaderTest {

    @TempDir
    Path tmp;

    Path content;
    ContentLoader loader;

    @BeforeEach
    void copyTheCommittedContent() throws Exception {
        Files.copy(Samples.PROJECT.resolve("jbake.properties"), tmp.resolve("jbake.properties"));
        content = tmp.resolve("content");
        org.bulletinarchive.testsupport.Trees.copy(Samples.CONTENT, content);
        DefaultJBakeConfiguration config = (DefaultJBakeConfiguration) new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(tmp.toFile(), tmp.resolve("out").toFile(), false);
        config.setContentFolder(content.toFile());
        loader = new ContentLoader(config, Gazetteer.standard());
    }

    private Path file(String relative) {
        return content.resolve(relative);
    }

    private void edit(String relative, String from, String to) throws Exception {
        Path file = file(relative);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private void write(String relative, String text) throws Exception {
        Files.createDirectories(file(relative).getParent());
        Files.writeString(file(relative), text);
    }

    /** An entry of 第17期 with this body, as an editor might write it by hand. */
    private static String entry(int order, String slug, String body) {
        return """
                title=手写 · 第17期
                type=entry
                status=published
                date=2023-09-28
                issue=17
                order=%d
                section=【省内市州战术推进】
                subject.1=手写|%s|other|other||
                ~~~~~~

                """.formatted(order, slug) + body;
    }

    private Entry loadedEntry(String slug) {
        return loader.load().get(0).entries().stream().filter(e -> e.primary().orElseThrow().slug().equals(slug)).findFirst().orElseThrow();
    }

    // — the sample —

    @Test
    void loadsTheCommittedSampleWithNineteenEntriesAndNoWarnings() {
        List<Bulletin> bulletins = loader.load();
        assertThat(bulletins).hasSize(1);
        assertThat(bulletins.get(0).entries()).extracting(e -> e.primary().orElseThrow().name()).containsExactlyElementsOf(Samples.PLACES_17);
        assertThat(loader.warnings()).isEmpty();
    }

    // — slugs and numbers, checked where they are read —

    @Test
    void aSubjectSlugThatWouldWriteAPageOutsideTheSiteIsRefusedWithFileLineAndFix() throws Exception {
        edit("issues/2023/17/10-changsha.md", "|changsha|", "|../../x|");
        assertThatThrownBy(loader::load).isInstanceOf(ContentException.class)
                .hasMessage("content/issues/2023/17/10-changsha.md:8: subject.1 slug=../../x is not a slug: use lower-case letters, digits and '-' (e.g. changsha-xian).");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "issues/2023/17/10-changsha.md ; |hunan| ; |Hunan|      ; 8",
            "issues/2023/17/10-changsha.md ; |hunan| ; |hu nan|     ; 8",
            "issues/2023/17/10-changsha.md ; |hunan||430100 ; |hunan|../etc|430100 ; 8",
            "issues/2023/17/index.md       ; seriesSlug=yongzhou-zhuanbao ; seriesSlug=../../tmp ; 6",
            "issues/2023/17/index.md       ; seriesSlug=yongzhou-zhuanbao ; seriesSlug=yongzhou--zhuanbao ; 6",
    })
    void slugsInTheHeaderAreRefusedWhenTheyAreNotLowerCaseLettersDigitsAndDashes(String relative, String from, String to, int line) throws Exception {
        edit(relative, from, to);
        String key = to.startsWith("|") ? "subject.1 " + (to.contains("..") ? "parent" : "group") : to.substring(0, to.indexOf('='));
        assertThatThrownBy(loader::load).isInstanceOf(ContentException.class)
                .hasMessageStartingWith("content/" + relative + ":" + line + ": " + key + "=")
                .hasMessageContaining("is not a slug: use lower-case letters, digits and '-'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "issues/2023/17/index.md       | issue=17\\n | issue=99999999999\\n | 7  | issue=99999999999 is not an issue number (the N of 第N期): write a whole number from 1 to 99999.",
            "issues/2023/17/index.md       | issue=17\\n | issue=0\\n           | 7  | issue=0 is not an issue number",
            "issues/2023/17/index.md       | issue=17\\n | issue=-17\\n         | 7  | issue=-17 is not an issue number",
            "issues/2023/17/index.md       | issue=17\\n | issue=十七\\n         | 7  | issue=十七 is not an issue number",
            "issues/2023/17/index.md       | issuer=    | totalNumber=1e5\\nissuer= | 9 | totalNumber=1e5 is not a running issue number",
            "issues/2023/17/10-changsha.md | order=10\\n | order=0\\n           | 6  | order=0 is not an entry's place in its issue (1 for the first): write a whole number from 1 to 999.",
            "issues/2023/17/10-changsha.md | order=10\\n | order=2147483648\\n  | 6  | order=2147483648 is not an entry's place",
            "issues/2023/17/10-changsha.md | issue=17\\n | issue=1.5\\n         | 5  | issue=1.5 is not an issue number",
    })
    void issueAndOrderNumbersMustBePositiveWholeNumbersWithinBounds(String relative, String from, String to, int line, String problem) throws Exception {
        edit(relative, from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertThatThrownBy(loader::load).isInstanceOf(ContentException.class)
                .hasMessageStartingWith("content/" + relative + ":" + line + ": " + problem);
    }

    // — no silent loss: two files, one page —

    @Test
    void aCopyOfAnIssueFolderIsRefusedNamingBothIndexFiles() throws Exception {
        org.bulletinarchive.testsupport.Trees.copy(file("issues/2023/17"), file("issues/2023/17-copy"));
        assertThatThrownBy(loader::load).isInstanceOf(ContentException.class)
                .hasMessageStartingWith("content/issues/2023/17-copy/index.md:7: the same issue as content/issues/2023/17/index.md:")
                .hasMessageContaining("第17期 of 2023 in series yongzhou-zhuanbao")
                .hasMessageContaining("issues/2023/17/index.html")
                .hasMessageContaining("Delete the copy");
    }

    @Test
    void aCopyInTheFolderOfAnotherNumberIsRefusedNamingBothIndexFiles() throws Exception {
        org.bulletinarchive.testsupport.Trees.copy(file("issues/2023/17"), file("issues/2023/18"));
        assertThatThrownBy(loader::load).isInstanceOf(ContentException.class)
                .hasMessageContaining("content/issues/2023/18/index.md:7: the same issue as content/issues/2023/17/index.md");
    }

    @Test
    void anIssueWhoseNumberWasEditedIsRefusedUntilItsFolderMatches() throws Exception {
        try (Stream<Path> files = Files.list(file("issues/2023/17"))) {
            for (Path f : files.toList()) {
                Files.writeString(f, Files.readString(f).replace("issue=17\n", "issue=18\n"));
            }
        }
        assertThatThrownBy(loader::load).isInstanceOf(ContentException.class)
                .hasMessage("content/issues/2023/17/index.md:7: 第18期 of 2023-09-28 lies in content/issues/2023/17/, but its pages are issues/2023/18/; "
                        + "move the folder to content/issues/2023/18/ (or correct issue= and date=).");
    }

    @Test
    void twoIssueFilesInOneFolderAreRefusedNamingBoth() throws Exception {
        Files.copy(file("issues/2023/17/index.md"), file("issues/2023/17/index-old.md"));
        assertThatThrownBy(loader::load).isInstanceOf(ContentException.class)
                .hasMessageStartingWith("content/issues/2023/17/index.md:2: a second issue in the folder of content/issues/2023/17/index-old.md");
    }

    @Test
    void twoEntryFilesThatWouldBeOnePageAreRefusedNamingBoth() throws Exception {
        Files.copy(file("issues/2023/17/10-changsha.md"), file("issues/2023/17/10-changsha (2).md"));
        assertThatThrownBy(loader::load).isInstanceOf(ContentException.class)
                .hasMessageStartingWith("content/issues/2023/17/10-changsha.md:6: the same page as content/issues/2023/17/10-changsha (2).md: "
                        + "both are entry 10 on changsha and would be written to issues/2023/17/10-changsha.html");
    }

    @Test
    void anEntryRenumberedOntoAnotherEntrysPageIsRefusedNamingBoth() throws Exception {
        edit("issues/2023/17/11-zhuzhou.md", "|zhuzhou|", "|changsha|");
        edit("issues/2023/17/11-zhuzhou.md", "order=11", "order=10");
        assertThatThrownBy(loader::load).isInstanceOf(ContentException.class)
                .hasMessageContaining("content/issues/2023/17/11-zhuzhou.md:6: the same page as content/issues/2023/17/10-changsha.md");
    }

    @Test
    void oneSeriesInTwoRootsIsRefusedNamingBothIssues() throws Exception {
        org.bulletinarchive.testsupport.Trees.copy(file("issues/2023/17"), file("series/yongzhou-zhuanbao/2023/18"));
        try (Stream<Path> files = Files.list(file("series/yongzhou-zhuanbao/2023/18"))) {
            for (Path f : files.toList()) {
                Files.writeString(f, Files.readString(f).replace("issue=17\n", "issue=18\n"));
            }
        }
        assertThatThrownBy(loader::load).isInstanceOf(ContentException.class)
                .hasMessageContaining("series yongzhou-zhuanbao lies in two places")
                .hasMessageContaining("content/series/yongzhou-zhuanbao/2023/18/index.md")
                .hasMessageContaining("content/issues/2023/17/index.md");
    }

    @Test
    void twoSeriesInTheFirstSeriesFolderAreRefusedBecauseTheyWouldShareOneTimeline() throws Exception {
        org.bulletinarchive.testsupport.Trees.copy(file("issues/2023/17"), file("issues/2023/18"));
        try (Stream<Path> files = Files.list(file("issues/2023/18"))) {
            for (Path f : files.toList()) {
                Files.writeString(f, Files.readString(f).replace("issue=17\n", "issue=18\n").replace("seriesSlug=yongzhou-zhuanbao", "seriesSlug=other"));
            }
        }
        assertThatThrownBy(loader::load).isInstanceOf(ContentException.class)
                .hasMessageStartingWith("content/issues/2023/18/index.md:6: content/issues/ holds the archive's first series only")
                .hasMessageContaining("content/issues/2023/17/index.md of series yongzhou-zhuanbao");
    }

    // — every file not used is named —

    @Test
    void everyFileTheBuildDoesNotUseIsReportedByName() throws Exception {
        write("issues/2023/17/20-shaoyang.MD", "x");
        write("issues/2023/17/21-hengyang.markdown", "x");
        write("issues/2023/17/notes.txt", "x");
        write("issues/2023/17/10-changsha.md~", "x");
        write("issues/2023/17/old/10-changsha.md", "x");
        write("issues/2023/17/old/11-zhuzhou.md", "x");
        write("drafts/2023-18.md", "x");
        write("README.md", "x");
        write("issues/2023/readme.md", "x");
        Files.createDirectories(file("issues/2024/empty"));
        assertThat(loader.load()).hasSize(1);
        assertThat(loader.warnings()).containsExactly(
                "content/README.md: not used: content is read only from content/issues/<year>/<number>/ and content/series/<series>/<year>/<number>/;"
                        + " move it into an issue folder if it belongs to one, else out of content/.",
                "content/drafts/: not used (1 file): content is read only from content/issues/<year>/<number>/ and content/series/<series>/<year>/<number>/;"
                        + " move what belongs to an issue there, and the rest out of content/.",
                "content/issues/2023/17/10-changsha.md~: not used: it looks like an editor's backup; the build reads only files ending in .md."
                        + " Delete it, or move it out of content/.",
                "content/issues/2023/17/20-shaoyang.MD: not used: the build reads only files ending in .md (lower case); rename it to ….md if it is content,"
                        + " else move it out of content/.",
                "content/issues/2023/17/21-hengyang.markdown: not used: the build reads only files ending in .md (lower case); rename it to ….md if it is"
                        + " content, else move it out of content/.",
                "content/issues/2023/17/notes.txt: not used: the build reads only files ending in .md (lower case); rename it to ….md if it is content,"
                        + " else move it out of content/.",
                "content/issues/2023/17/old/: not used (2 files): content is read only from content/issues/<year>/<number>/ and"
                        + " content/series/<series>/<year>/<number>/; move what belongs to an issue there, and the rest out of content/.",
                "content/issues/2023/readme.md: not used: content is read only from content/issues/<year>/<number>/ and"
                        + " content/series/<series>/<year>/<number>/; move it into an issue folder if it belongs to one, else out of content/.");
    }

    @Test
    void hiddenFilesAndFoldersStayIgnoredWithoutAWarning() throws Exception {
        write("issues/2023/.backup/index.md", "a hidden copy");
        write("issues/2023/17/.10-changsha.md.swp", "editor swap file");
        write(".DS_Store", "x");
        assertThat(loader.load()).hasSize(1);
        assertThat(loader.warnings()).isEmpty();
    }

    @Test
    void aSymbolicLinkIsRefusedRatherThanFollowedOrSkipped() throws Exception {
        Files.createSymbolicLink(file("issues/2023/18"), file("issues/2023/17"));
        assertThatThrownBy(loader::load).isInstanceOf(ContentException.class)
                .hasMessageStartingWith("content/issues/2023/18: is a symbolic link (to ")
                .hasMessageContaining("does not follow links");
    }

    @Test
    void aSymbolicLinkToAFileOutsideTheContentFolderIsRefused() throws Exception {
        Path outside = tmp.resolve("secret.md");
        Files.writeString(outside, "secret");
        Files.createSymbolicLink(file("issues/2023/17/20-secret.md"), outside);
        assertThatThrownBy(loader::load).isInstanceOf(ContentException.class)
                .hasMessageStartingWith("content/issues/2023/17/20-secret.md: is a symbolic link (to " + outside);
    }

    // — encoding —

    @Test
    void aFileSavedAsGbkIsRefusedNamingTheLineOfTheFirstBadByte() throws Exception {
        Path changsha = file("issues/2023/17/10-changsha.md");
        String text = Files.readString(changsha);
        Files.write(changsha, text.getBytes(Charset.forName("GBK")));
        // line 1 (title=长沙 · 第17期) is the first with a character outside ASCII
        assertThatThrownBy(loader::load).isInstanceOf(ContentException.class)
                .hasMessageStartingWith("content/issues/2023/17/10-changsha.md:1: the file is not UTF-8")
                .hasMessageContaining("save it with the encoding UTF-8");
        // with an ASCII header, the first bad byte is in the body, on line 11
        Files.write(changsha, text.replace("title=长沙 · 第17期", "title=Changsha").replace("section=【省内市州战术推进】", "section=")
                .replace("subject.1=长沙", "subject.1=Changsha").getBytes(Charset.forName("GBK")));
        assertThatThrownBy(loader::load).hasMessageStartingWith("content/issues/2023/17/10-changsha.md:11: the file is not UTF-8");
    }

    @Test
    void aUtf8FileWithByteOrderMarkAndWindowsLineEndsLoadsAsTheSame() throws Exception {
        List<String> before = loadedEntry("changsha").paragraphs();
        Path changsha = file("issues/2023/17/10-changsha.md");
        Files.writeString(changsha, "\uFEFF" + Files.readString(changsha).replace("\n", "\r\n"), StandardCharsets.UTF_8);
        assertThat(loadedEntry("changsha").paragraphs()).isEqualTo(before);
    }

    // — bodies are plain text —

    @Test
    void htmlAndMarkdownTypedByAnEditorAreReadAsTheLiteralText() throws Exception {
        write("issues/2023/17/20-shouxie.md", entry(20, "shouxie", """
                a<b>c <script>alert(1)</script> <!-- x --> &amp; **bold** _x_ [link](http://example.org)

                # 标题

                - 不是列表
                1. 也不是
                > 也不是引用
                """));
        assertThat(loadedEntry("shouxie").paragraphs()).containsExactly(
                "a<b>c <script>alert(1)</script> <!-- x --> &amp; **bold** _x_ [link](http://example.org)",
                "# 标题",
                "- 不是列表1. 也不是> 也不是引用");
    }

    @Test
    void paragraphsAreSeparatedByBlankLinesAndAWrappedLineIsJoinedLikeAPageBreak() throws Exception {
        write("issues/2023/17/20-shouxie.md", entry(20, "shouxie", """
                第一段写到一半，
                　　换行后接着写。The plan
                has 3.0 versions.

                第二段。
                   \t
                第三段。
                """));
        assertThat(loadedEntry("shouxie").paragraphs()).containsExactly("第一段写到一半，换行后接着写。The plan has 3.0 versions.", "第二段。", "第三段。");
    }

    @Test
    void onlyTheBackslashEscapesTheImporterWritesAreUndone() throws Exception {
        write("issues/2023/17/20-shouxie.md", entry(20, "shouxie", """
                \\- 以减号开头 \\<b\\> \\*\\* \\# \\& \\\\ C:\\文件\\新建 a\\-b a\\.b

                2023\\. 年份开头

                12\\) 以数字开头 \\n 不是换行
                """));
        assertThat(loadedEntry("shouxie").paragraphs()).containsExactly(
                "- 以减号开头 <b> ** # & \\ C:\\文件\\新建 a\\-b a\\.b",
                "2023. 年份开头",
                "12) 以数字开头 \\n 不是换行");
    }

    @Test
    void anIssueBodyIsReadAsPlainParagraphsToo() throws Exception {
        edit("issues/2023/17/index.md", "编者按：省委书记", "编者按：<em>省委</em>书记");
        Bulletin bulletin = loader.load().get(0);
        assertThat(bulletin.issue().editorsNote()).hasSize(1);
        assertThat(bulletin.issue().editorsNote().get(0)).startsWith("编者按：<em>省委</em>书记沈晓明");
    }

    @Test
    void aNamedPipeInTheContentIsRefusedByNameInsteadOfHangingTheBuild() throws Exception {
        Path fifo = file("issues/2023/17/20-pipe.md");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> assertThatThrownBy(loader::load)
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("content/issues/2023/17/20-pipe.md")
                .hasMessageContaining("is not a plain file"));
    }

    @Test
    void anIssueLeftInTheMiddleOfItsReplacementStopsTheBuildInsteadOfVanishing() throws Exception {
        // a crash between the two renames of an import: the issue's files lie in .17.replaced and issues/2023/17 is gone
        Files.move(file("issues/2023/17"), file("issues/2023/.17.replaced"));
        assertThatThrownBy(loader::load).isInstanceOf(ContentException.class)
                .hasMessageContaining("content/issues/2023/.17.replaced")
                .hasMessageContaining("an import of issue 17 was interrupted");
        // once the issue is back, the leftover of a finished import is only named
        org.bulletinarchive.testsupport.Trees.copy(file("issues/2023/.17.replaced"), file("issues/2023/17"));
        assertThat(loader.load()).hasSize(1);
        assertThat(loader.warnings()).anySatisfy(w -> assertThat(w).startsWith("content/issues/2023/.17.replaced/: left by an interrupted import"));
    }

    @Test
    void aFileNameThatIsNotUtf8IsRefusedNamingItsFolderInsteadOfAJBakeStackTrace() throws Exception {
        // 长沙 in GBK, as a file copied from a Chinese Windows system keeps it
        Path folder = file("issues/2023/17");
        Process touch = new ProcessBuilder("sh", "-c", "printf 'x' > \"$(printf '20-\\263\\244\\311\\263.md')\"").directory(folder.toFile()).start();
        assertThat(touch.waitFor()).isZero();
        assertThatThrownBy(loader::load).isInstanceOf(ContentException.class)
                .hasMessageStartingWith("content/issues/2023/17/: holds a file whose name");
    }
}
