package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletinarchive.load.ContentException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A body edited by hand reaches the pages as written: plain paragraphs, never markup. */
class PlainTextBodySiteIT {

    @TempDir
    Path tmp;

    @Test
    void htmlAndMarkdownTypedIntoAnEntryAppearLiterallyOnItsPagesWithNoInjectedElement() throws Exception {
        FixtureProject p = FixtureProject.withCommittedContent(tmp.resolve("p"));
        Path changsha = p.content("issues/2023/17/10-changsha.md");
        String text = Files.readString(changsha);
        String header = text.substring(0, text.indexOf("~~~~~~\n") + "~~~~~~\n".length());
        Files.writeString(changsha, header + """

                长沙 a<b>c <script>alert(1)</script> <!-- x --> &amp; **bold**

                # 标题
                <img src=x onerror=alert(1)>
                """);
        p.build();
        for (String page : new String[] {"issues/2023/17/10-changsha.html", "issues/2023/17/index.html"}) {
            Document doc = Jsoup.parse(p.site().resolve(page).toFile(), "UTF-8");
            assertThat(doc.select("main script, main b, main img, .entry-text h1, .issue-entry h1")).as(page).isEmpty();
            assertThat(doc.html()).as(page).doesNotContain("<!-- x -->");
            String paragraphs = page.endsWith("index.html") ? "#entry-10-changsha p" : ".entry-text p";
            assertThat(doc.select(paragraphs).eachText()).as(page)
                    .containsSubsequence("长沙 a<b>c <script>alert(1)</script> <!-- x --> &amp; **bold**", "# 标题<img src=x onerror=alert(1)>");
        }
    }

    @Test
    void aSubjectSlugThatClimbsOutOfTheSiteStopsTheBuildBeforeAnythingIsWritten() throws Exception {
        FixtureProject p = FixtureProject.withCommittedContent(tmp.resolve("p"));
        Path changsha = p.content("issues/2023/17/10-changsha.md");
        Files.writeString(changsha, Files.readString(changsha).replace("|changsha|", "|../../../../escaped|"));
        assertThatThrownBy(p::build).isInstanceOf(ContentException.class)
                .hasMessageContaining("content/issues/2023/17/10-changsha.md:8: subject.1 slug=../../../../escaped is not a slug");
        assertThat(p.site()).doesNotExist();
        assertThat(p.root.resolve("escaped.html")).doesNotExist();
    }
}
