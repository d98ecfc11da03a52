package org.bulletinarchive.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bulletinarchive.Samples;
import org.bulletinarchive.testsupport.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} as the editor starts it, from the packaged jar, and stopped as they stop it: Ctrl-C (SIGINT). */
class ServeCommandIT {

    @TempDir
    Path tmp;

    @Test
    void serveBuildsPrintsTheAddressToOpenServesItAndStopsCleanlyOnCtrlC() throws Exception {
        Path project = Trees.copyOfProject(tmp.resolve("project"));
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Samples.PROJECT.resolve("target/bulletin-archive.jar").toString(), "serve", "--port", Integer.toString(port))
                .directory(project.toFile()).redirectErrorStream(true).start();
        StringBuffer output = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    output.append(line).append('\n');
                }
            } catch (java.io.IOException e) {
                // the process ended
            }
        });
        reader.start();
        try {
            String open = "Open http://127.0.0.1:" + port + "/ in your browser.";
            for (int i = 0; i < 600 && !output.toString().contains(open); i++) {
                Thread.sleep(100);
            }
            assertThat(output.toString()).contains("pages (1 issue, 19 entries, 19 subjects) into target/preview in ", open);
            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("永州市优化发展环境工作专报档案", PreviewServer.EVENTS);
            assertThat(project.resolve("target/preview/index.html")).content(StandardCharsets.UTF_8).doesNotContain(PreviewServer.EVENTS);

            // Ctrl-C in the terminal sends SIGINT to the program
            new ProcessBuilder("kill", "-INT", Long.toString(serve.pid())).start().waitFor();
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("stopped after Ctrl-C").isTrue();
            reader.join(5000);
            assertThat(output.toString()).endsWith("stopped the preview.\n").doesNotContain("Exception", "\tat ");
            assertThat(canConnect(port)).as("the port is closed").isFalse();
        } finally {
            serve.destroyForcibly();
        }
    }

    private static boolean canConnect(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
