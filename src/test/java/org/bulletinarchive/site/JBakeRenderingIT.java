package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bulletinarchive.render.PageRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages are rendered with a Freemarker configuration made as JBake's Freemarker engine makes its own, without the
 * engine's slow lazy model: a site built through JBake's engine is the same, byte for byte.
 */
class JBakeRenderingIT {

    @TempDir
    Path tmp;

    private static Map<String, byte[]> built(FixtureProject project, boolean viaJBake) throws Exception {
        String before = System.getProperty(PageRenderer.VIA_JBAKE);
        System.setProperty(PageRenderer.VIA_JBAKE, Boolean.toString(viaJBake));
        try {
            new SiteBuilder(project.root, line -> { }).build(project.site(), true);
        } finally {
            if (before == null) {
                System.clearProperty(PageRenderer.VIA_JBAKE);
            } else {
                System.setProperty(PageRenderer.VIA_JBAKE, before);
            }
        }
        Map<String, byte[]> tree = IncrementalBuildIT.tree(project.site());
        // the zip and war hold the same pages: comparing the site's files compares them
        assertThat(tree.keySet()).anyMatch(name -> name.endsWith(".html"));
        return tree;
    }

    private static void assertSameSite(FixtureProject project) throws Exception {
        Map<String, byte[]> ours = built(project, false);
        Map<String, byte[]> jbake = built(project, true);
        assertThat(ours.keySet()).containsExactlyElementsOf(jbake.keySet());
        jbake.forEach((name, bytes) -> assertThat(ours.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void theSampleIsTheSameRenderedThroughJBakesEngine() throws Exception {
        assertSameSite(FixtureProject.withCommittedContent(tmp.resolve("sample")));
    }

    @Test
    void anArchiveOfManyIssuesAndYearsIsTheSameRenderedThroughJBakesEngine() throws Exception {
        FixtureProject project = FixtureProject.empty(tmp.resolve("many"));
        SyntheticContent.write(project, 30, 6, 3);
        assertSameSite(project);
        assertThat(Files.exists(project.site().resolve("index.html"))).isTrue();
    }
}
