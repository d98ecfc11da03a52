package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bulletinarchive.testsupport.HtmlChecker.Message;
import org.bulletinarchive.testsupport.HtmlChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page the build writes is valid HTML by the Nu HTML Checker: the committed sample, and the archive of
 * two series (with a county, a department, one subject twice and an original PDF) of {@link SeveralSeriesSiteIT},
 * and the sample with site.host set (canonical and og: tags, QR codes).
 * Errors fail with page:line:column; warnings are printed.
 */
class HtmlValidityIT {

    @Test
    void everyPageOfTheCommittedSampleIsValidHtml(@TempDir Path tmp) throws Exception {
        FixtureProject project = FixtureProject.withCommittedContent(tmp.resolve("p"));
        project.build();
        assertValid(project.site());
    }

    @Test
    void everyPageOfAnArchiveOfTwoSeriesIsValidHtml(@TempDir Path tmp) throws Exception {
        FixtureProject project = SeveralSeriesSiteIT.twoSeries(tmp.resolve("p"));
        project.build();
        assertValid(project.site());
    }

    @Test
    void everyPageOfAnArchiveOfTaggedUntaggedAndMovedItemsIsValidHtml(@TempDir Path tmp) throws Exception {
        FixtureProject project = FixtureProject.withCommittedContent(tmp.resolve("p"));
        org.bulletinarchive.search.SiteFixture.files(project.root, ItemsAndTagsSiteIT.TAGGED);
        project.build();
        assertValid(project.site());
    }

    @Test
    void everyPageWithCanonicalAndOpenGraphTagsIsValidHtml(@TempDir Path tmp) throws Exception {
        FixtureProject project = FixtureProject.withCommittedContent(tmp.resolve("p"));
        Path props = project.root.resolve("jbake.properties");
        Files.writeString(props, Files.readString(props).replace("site.host=\n", "site.host=https://archive.example.org/zb/\n"));
        project.build();
        assertThat(Files.readString(project.site().resolve("index.html"))).contains("og:url");
        assertValid(project.site());
    }

    @Test
    void theCheckerReportsParserSchemaAndAssertionErrorsWithPageLineAndColumn(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("issues"));
        Files.writeString(tmp.resolve("issues/bad.html"), """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>坏页</title></head>
                <body><p>段落<div>块</div></p>
                <p id="a" colour="red">一</p><p id="a">二</p></body></html>
                """);
        List<String> errors = HtmlChecker.check(tmp).stream().filter(Message::error).map(Message::toString).toList();
        assertThat(errors).allMatch(e -> e.startsWith("issues/bad.html:"))
                .anyMatch(e -> e.startsWith("issues/bad.html:3:") && e.contains("“p”"))
                .anyMatch(e -> e.startsWith("issues/bad.html:4:") && e.contains("“colour”"))
                .anyMatch(e -> e.startsWith("issues/bad.html:4:") && e.contains("Duplicate ID “a”"));
    }

    private static void assertValid(Path site) throws Exception {
        List<Message> messages = HtmlChecker.check(site);
        long pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).count();
        }
        List<Message> warnings = messages.stream().filter(m -> !m.error()).toList();
        if (!warnings.isEmpty()) {
            System.out.println("Nu HTML Checker, " + warnings.size() + " warnings in " + pages + " pages:\n"
                    + warnings.stream().map(Message::toString).collect(Collectors.joining("\n")));
        }
        List<String> errors = messages.stream().filter(Message::error).map(Message::toString).toList();
        assertThat(errors).as("Nu HTML Checker errors in %d pages of %s", pages, site).isEmpty();
    }
}
