package org.bulletinarchive.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README and every page of docs/ are what a newcomer reads first: every link and image in them leads to a file of
 * the project that exists, and a link to a heading (`website.md#settings`) finds that heading, with the anchors GitHub
 * and most Markdown viewers make. Addresses on other hosts are not followed (the tests run offline).
 */
class DocumentationLinksTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();

    static List<Path> documentation() throws IOException {
        List<Path> files = new ArrayList<>(List.of(PROJECT.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(PROJECT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    @Test
    void everyLinkAndImageInTheReadmeAndDocsLeadsToAFileAndHeadingThatExist() throws IOException {
        List<Path> files = documentation();
        assertThat(files).hasSizeGreaterThan(8);
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : files) {
            List<String> targets = targets(file);
            checked += targets.size();
            broken.addAll(brokenLinks(file, targets));
        }
        assertThat(checked).as("links checked").isGreaterThan(30);
        assertThat(broken).isEmpty();
    }

    @Test
    void theReadmeLinksEveryPageOfTheDocs() throws IOException {
        Set<String> linked = new LinkedHashSet<>();
        for (String target : targets(PROJECT.resolve("README.md"))) {
            linked.add(target.replaceAll("#.*", ""));
        }
        for (Path doc : documentation()) {
            if (doc.getParent().equals(PROJECT.resolve("docs"))) {
                assertThat(linked).as("the README's links").contains("docs/" + doc.getFileName());
            }
        }
    }

    @Test
    void theReadmeFitsOnTwoScreens() throws IOException {
        assertThat(Files.readAllLines(PROJECT.resolve("README.md"), StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(150);
    }

    @Test
    void aMissingFileAMissingHeadingAndAMissingImageAreEachReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("other.md"), "# Other page\n\n## The `.gz` files\n\ntext\n\n## Settings\n\n## Settings\n");
        Path page = dir.resolve("page.md");
        Files.writeString(page, """
                # Page

                [fine](other.md), [a heading](other.md#the-gz-files), [the second](other.md#settings-1), [here](#page),
                [web](https://example.org/x), [mail](mailto:a@b.c).

                [gone](missing.md), [no such heading](other.md#nothing), [no such anchor here](#nowhere)

                <p><img src="pictures/none.png" alt=""></p>

                `[not a link](nowhere.md)`
                """);
        assertThat(brokenLinks(page, targets(page))).containsExactly(
                "page.md: missing.md: no such file",
                "page.md: other.md#nothing: no heading with that anchor",
                "page.md: #nowhere: no heading with that anchor",
                "page.md: pictures/none.png: no such file");
    }

    @Test
    void headingsGetTheAnchorsGitHubGivesThem() {
        assertThat(anchors("# The editor's day\n## `.gz` files\n## On Tomcat or TongWeb\n## 地区与单位 pages\n## Tests\n## Tests\n"))
                .containsExactly("the-editors-day", "gz-files", "on-tomcat-or-tongweb", "地区与单位-pages", "tests", "tests-1");
    }

    // ---- the checker

    private static final Parser PARSER = Parser.builder().build();

    /** Every link and image address in a Markdown file, in order: Markdown's own and those of HTML in it. */
    static List<String> targets(Path file) {
        Node document = PARSER.parse(read(file));
        List<String> targets = new ArrayList<>();
        new NodeVisitor(
                new VisitHandler<>(Link.class, link -> targets.add(link.getUrl().toString())),
                new VisitHandler<>(Image.class, image -> targets.add(image.getUrl().toString())),
                new VisitHandler<>(HtmlBlock.class, html -> htmlTargets(html.getChars().toString(), targets)),
                new VisitHandler<>(HtmlInline.class, html -> htmlTargets(html.getChars().toString(), targets)))
                .visit(document);
        return targets;
    }

    private static void htmlTargets(String html, List<String> targets) {
        for (Element e : Jsoup.parseBodyFragment(html).select("[href], [src]")) {
            targets.add(e.hasAttr("href") ? e.attr("href") : e.attr("src"));
        }
    }

    static List<String> brokenLinks(Path file, List<String> targets) {
        List<String> broken = new ArrayList<>();
        String name = (file.startsWith(PROJECT) ? PROJECT.relativize(file) : file.getFileName()).toString();
        for (String target : targets) {
            if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                continue; // another host, or mailto:
            }
            String path = target.replaceAll("[?#].*", "");
            String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
            Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
            if (!Files.exists(resolved)) {
                broken.add(name + ": " + target + ": no such file");
            } else if (anchor != null && resolved.toString().endsWith(".md") && !anchors(read(resolved)).contains(anchor)) {
                broken.add(name + ": " + target + ": no heading with that anchor");
            }
        }
        return broken;
    }

    /** The anchors of a Markdown text's headings, as GitHub makes them. */
    static List<String> anchors(String markdown) {
        List<String> anchors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        new NodeVisitor(new VisitHandler<>(Heading.class, heading -> {
            String text = new TextCollectingVisitor().collectAndGetText(heading);
            String slug = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum) - 1;
            anchors.add(n == 0 ? slug : slug + "-" + n);
        })).visit(PARSER.parse(markdown));
        return anchors;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
