package org.bulletinarchive.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bulletinarchive.errors.ArchiveException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerIT {

    @TempDir
    Path tmp;

    private Path site;
    private PreviewServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void serveASmallSite() throws Exception {
        site = tmp.resolve("site");
        Files.createDirectories(site.resolve("issues/2023/17"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><head><title>首页</title></head><body><h1>首页</h1></body></html>\n");
        Files.writeString(site.resolve("issues/2023/17/10-changsha.html"), "<!DOCTYPE html><html><body><h1>长沙</h1></body></html>\n");
        Files.writeString(site.resolve("404.html"), "<!DOCTYPE html><html><body><h1>页面不存在</h1></body></html>\n");
        Files.writeString(site.resolve("site.css"), "body { color: #222 }\n");
        Files.writeString(site.resolve(".site-archive.state"), "private\n");
        Files.writeString(tmp.resolve("secret.txt"), "outside the site\n");
        server = PreviewServer.start(site, 0);
        server.built(List.of());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.address().resolve(path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void servesOnlyToThisComputer() {
        assertThat(server.address().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void htmlResponsesCarryTheReloadScriptWhileTheFilesDoNot() throws Exception {
        HttpResponse<String> page = get("issues/2023/17/10-changsha.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body()).contains("<h1>长沙</h1>", PreviewServer.EVENTS, "data-" + PreviewServer.MARK)
                .endsWith("</script>\n</body></html>\n");
        assertThat(Files.readString(site.resolve("issues/2023/17/10-changsha.html"))).doesNotContain(PreviewServer.EVENTS);
        assertThat(get("").body()).contains("<h1>首页</h1>", PreviewServer.EVENTS);
        HttpResponse<String> css = get("site.css");
        assertThat(css.body()).isEqualTo("body { color: #222 }\n");
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    }

    @Test
    void aMissingPageIsTheSitesNotFoundPageWithStatus404() throws Exception {
        HttpResponse<String> missing = get("issues/2023/99/index.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("页面不存在", PreviewServer.EVENTS);
    }

    @Test
    void hiddenFilesAndFilesOutsideTheSiteAreNotServed() throws Exception {
        assertThat(get(".site-archive.state").statusCode()).isEqualTo(404);
        assertThat(get("issues/../../secret.txt").body()).doesNotContain("outside the site");
        assertThat(get("%2e%2e/secret.txt").body()).doesNotContain("outside the site");
    }

    @Test
    void aFolderIsSentToItsOwnAddressWithASlashSoRelativeLinksWork() throws Exception {
        HttpResponse<String> folder = get("issues/2023/17");
        assertThat(folder.statusCode()).isEqualTo(302);
        assertThat(folder.headers().firstValue("Location")).hasValue("/issues/2023/17/");
    }

    @Test
    void afterAFailedBuildEveryPageShowsItsProblemsOverTheLastGoodPage() throws Exception {
        server.built(List.of(new ArchiveException("content/issues/2023/17/10-changsha.md", 6, "order=0 is not an entry's place in its issue: write a whole number <1–999>.")));
        String page = get("issues/2023/17/10-changsha.html").body();
        assertThat(page).contains("<h1>长沙</h1>", "The site could not be built: 1 problem", "content/issues/2023/17/10-changsha.md:6",
                "write a whole number &lt;1–999&gt;.", "Below is the last good version of the page.");
        server.built(List.of());
        assertThat(get("issues/2023/17/10-changsha.html").body()).contains("<h1>长沙</h1>").doesNotContain("could not be built");
    }

    @Test
    void beforeThereIsAnySiteThePreviewSaysItIsBuildingOrWhatStoppedIt() throws Exception {
        try (PreviewServer empty = PreviewServer.start(tmp.resolve("nothing-yet"), 0)) {
            empty.building();
            String building = http.send(HttpRequest.newBuilder(empty.address()).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(building).contains("Building the site", PreviewServer.EVENTS);
            empty.built(List.of(new ArchiveException("jbake.properties", 14, "feed.issues=-1 is not a whole number from 1 to 1000.")));
            String failed = http.send(HttpRequest.newBuilder(empty.address().resolve("issues/index.html")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(failed).contains("The site could not be built", "jbake.properties:14", "feed.issues=-1").doesNotContain("last good version");
        }
    }

    @Test
    void theEventStreamTellsTheBuildNumberAtOnceAndAgainAfterTheNextBuild() throws Exception {
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(server.address().resolve(PreviewServer.EVENTS.substring(1))).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        try (BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            assertThat(nextData(events)).isEqualTo("data: 1");
            server.built(List.of());
            assertThat(nextData(events)).isEqualTo("data: 2");
        }
    }

    private static String nextData(BufferedReader events) throws Exception {
        for (String line; (line = events.readLine()) != null; ) {
            if (line.startsWith("data: ")) {
                return line;
            }
        }
        return null;
    }

    @Test
    void aPortInUseIsRefusedWithWhatToDo() {
        int port = server.address().getPort();
        assertThatThrownBy(() -> PreviewServer.start(site, port)).isInstanceOf(ArchiveException.class)
                .hasMessage("port " + port + " of 127.0.0.1 is in use, perhaps by another preview; stop it (Ctrl-C in its window) or choose another port, e.g. --port "
                        + (port + 1) + ".");
    }

    @Test
    void otherMethodsThanGetAndHeadAreRefused() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(server.address()).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        URI head = server.address().resolve("site.css");
        assertThat(http.send(HttpRequest.newBuilder(head).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }
}
