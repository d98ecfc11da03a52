package org.bulletinarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Runs the JavaScript tests of the search client (src/test/js/, node's own test runner) as part of `mvn verify`. */
class JavaScriptTestsIT {

    @Test
    void passesTheNodeTestsOfTheSearchClient() throws IOException, InterruptedException {
        Process node = new ProcessBuilder("node", "--test", "src/test/js/").redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(2, TimeUnit.MINUTES)).isTrue();
        System.out.println(output);
        assertThat(node.exitValue()).as("node --test src/test/js/ failed:%n%s", output).isZero();
        assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
    }
}
