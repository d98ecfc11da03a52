package org.bulletinarchive.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {

    @TempDir
    Path site;

    private List<String> problems(String html) throws Exception {
        Files.createDirectories(site.resolve("issues/2023/17"));
        Files.writeString(site.resolve("index.html"), "<h1 id=\"top\">首页</h1>");
        Files.writeString(site.resolve("a b.html"), "<p>空格</p>");
        Files.writeString(site.resolve("issues/2023/17/index.html"), html);
        return new LinkChecker(site).check().stream().map(p -> p.link() + " → " + p.reason()).toList();
    }

    @Test
    void relativeLinksToFilesAndAnchorsThatExistPass() throws Exception {
        assertThat(problems("<a href=\"../../../index.html#top\">首页</a><a href=\"./../../../a%20b.html\">a</a><a href=\"#here\" id=\"here\">x</a>"))
                .isEmpty();
    }

    @Test
    void everyKindOfBrokenLinkIsNamedWithWhatIsWrong() throws Exception {
        assertThat(problems("""
                <a href="../../../../index.html">out</a>
                <a href="../../../missing.html">missing</a>
                <a href="../../../issues/2023">folder</a>
                <a href="../../../issues/">slash</a>
                <a href="../../../index.html#nowhere">anchor</a>
                <a href="/index.html">absolute</a>
                <link rel="stylesheet" href="https://cdn.example/x.css">
                """)).containsExactlyInAnyOrder(
                "../../../../index.html → points outside the site",
                "../../../missing.html → no such file in the site",
                "../../../issues/2023 → points at a folder; link to its index.html",
                "../../../issues/ → points at a folder; link to its index.html (folders do not open from file://)",
                "../../../index.html#nowhere → no element with id 'nowhere' on index.html",
                "/index.html → absolute path; links must be relative so the site works under any sub-path and from file://",
                "https://cdn.example/x.css → loads a resource from another host or scheme; pages must work offline");
    }
}
