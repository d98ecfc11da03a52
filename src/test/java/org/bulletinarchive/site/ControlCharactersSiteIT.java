package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Control characters typed into a content file (a backspace in a title, NUL and BEL in a text) reach no page or feed. */
class ControlCharactersSiteIT {

    @Test
    void controlCharactersAreLeftOutOfPagesAndFeedsWithAWarningNamingTheLine(@TempDir Path tmp) throws Exception {
        FixtureProject p = FixtureProject.withCommittedContent(tmp.resolve("p"));
        Path changsha = p.content("issues/2023/17/10-changsha.md");
        String text = Files.readString(changsha);
        Files.writeString(changsha, text.replace("title=长沙 · 第17期", "title=长沙\u0008 · 第17期")
                .replace("长沙市政府工作报告提出", "长沙市政府\u0000工作报告\u0007提出"));
        Path index = p.content("issues/2023/17/index.md");
        Files.writeString(index, Files.readString(index).replace("issuer=市打好", "issuer=市\u0008打好"));
        List<String> log = new ArrayList<>();
        new SiteBuilder(p.root, log::add).build(p.site());
        assertThat(log).anySatisfy(l -> assertThat(l).startsWith("warning: content/issues/2023/17/10-changsha.md:1: a control character (U+0008)"))
                .anySatisfy(l -> assertThat(l).startsWith("warning: content/issues/2023/17/10-changsha.md:11: a control character (U+0000)"))
                .anySatisfy(l -> assertThat(l).startsWith("warning: content/issues/2023/17/index.md:9: a control character (U+0008)"));
        // every feed parses as XML 1.0, which allows no control character
        for (String feed : List.of("feed.xml")) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(p.site().resolve(feed).toFile());
        }
        String page = Files.readString(p.site().resolve("issues/2023/17/10-changsha.html"));
        assertThat(page).contains("长沙市政府工作报告提出").doesNotContain("\u0000", "\u0007", "\u0008");
        assertThat(Files.readString(p.site().resolve("issues/2023/17/index.html"))).doesNotContain("\u0008");
    }
}
