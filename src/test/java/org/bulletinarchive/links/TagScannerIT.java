package org.bulletinarchive.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.bulletinarchive.Samples;
import org.bulletinarchive.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link check's quick reading of a page finds exactly the links and ids a full parse finds. */
class TagScannerIT {

    @TempDir
    Path tmp;

    private static List<String> comparable(PageLinks links) {
        return List.of(links.references().stream().map(r -> r[0] + "|" + r[1]).toList().toString(),
                new TreeSet<>(links.ids()).toString(), links.inlineStyles().toString());
    }

    private static void assertSameReading(Path site, Path page, String html) {
        assertThat(comparable(new LinkReader(site).read(page, html))).as(page.toString())
                .isEqualTo(comparable(JsoupLinkReader.read(site, page, html)));
    }

    @Test
    void readsTrickyMarkupAsAFullParseDoes() {
        Path site = tmp.resolve("site");
        String html = """
                <!DOCTYPE html><html lang="zh-CN"><head><title>a <a href="no.html"> in a title</title>
                <link rel="stylesheet" href="assets/a.css"><link rel='canonical' href='https://x.example/a.html'>
                <script>var s = '<a href="not-a-link.html">';</script><style>a[href] { color: red }</style></head>
                <body><!-- <a href="commented.html"> --><a href="b.html?q=1&amp;r=2#top" id=top>b</a>
                <a name="old"></a><A HREF="UPPER.html">x</A><img src="i.png" alt=""><div style="background:url(x.png)" id="d"></div>
                <form action="search.html"><input name="q"></form><svg><use href="#icon"/></svg><p id="">empty id</p>
                <a href="c.html" data-x="a > b">c</a></body></html>
                """;
        assertSameReading(site, site.resolve("index.html"), html);
    }

    @Test
    void readsEveryPageOfTheSampleAsAFullParseDoes() throws Exception {
        Path project = tmp.resolve("project");
        for (String part : List.of("content", "templates", "assets", "raw")) {
            org.bulletinarchive.testsupport.Trees.copy(Samples.PROJECT.resolve(part), project.resolve(part));
        }
        Files.copy(Samples.PROJECT.resolve("jbake.properties"), project.resolve("jbake.properties"));
        Path site = new SiteBuilder(project, line -> { }).build(project.resolve("out/site")).site();
        try (Stream<Path> walk = Files.walk(site)) {
            List<Path> pages = walk.filter(p -> p.toString().endsWith(".html")).toList();
            assertThat(pages).hasSizeGreaterThan(40);
            for (Path page : pages) {
                assertSameReading(site, page, Files.readString(page));
            }
        }
    }
}
