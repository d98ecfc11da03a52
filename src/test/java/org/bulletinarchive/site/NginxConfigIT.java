package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.bulletinarchive.testsupport.Nginx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample nginx configuration, deploy/nginx/bulletin-archive.conf, in a real nginx (the test server includes that
 * very file, see {@link Nginx}) serving the committed content built with .gz files, read over http as browsers do.
 */
class NginxConfigIT {

    private static final String SUB_PATH = "/bulletins/";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path tmp;

    private static Path site;
    private static Nginx nginx;

    @BeforeAll
    static void buildWithGzFilesAndServe() throws Exception {
        FixtureProject project = FixtureProject.withCommittedContent(tmp.resolve("project"));
        site = new SiteBuilder(project.root, line -> { }).gzip(true).build(project.site()).site();
        nginx = Nginx.serve(site, SUB_PATH);
    }

    @AfterAll
    static void stop() {
        if (nginx != null) {
            nginx.close();
        }
    }

    private static HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
        return request(nginx.url(path), gzip);
    }

    private static HttpResponse<byte[]> request(String url, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static String sha(byte[] bytes) {
        return org.bulletinarchive.render.AssetPipeline.sha256(bytes);
    }

    private static String sha(Path file) throws Exception {
        return sha(Files.readAllBytes(file));
    }

    /** The one file under {@code folder} whose name matches {@code regex}, relative to the site. */
    private static String file(String folder, String regex) throws Exception {
        try (Stream<Path> files = Files.list(site.resolve(folder))) {
            return folder + "/" + files.map(p -> p.getFileName().toString()).filter(n -> n.matches(regex)).findFirst().orElseThrow();
        }
    }

    @Test
    void aBrowserThatAcceptsGzipGetsTheGzBesideTheFileAndOneThatDoesNotGetsTheFile() throws Exception {
        for (String path : List.of("index.html", "issues/2023/17/10-changsha.html", file("assets/css", "site\\.[0-9a-f]{10}\\.css"),
                file("assets/js", "search\\.[0-9a-f]{10}\\.js"), "search/p/0.js", "feed.xml")) {
            HttpResponse<byte[]> gzipped = get(path, true);
            assertThat(gzipped.statusCode()).as(path).isEqualTo(200);
            assertThat(header(gzipped, "Content-Encoding")).as("%s with Accept-Encoding: gzip", path).isEqualTo("gzip");
            assertThat(sha(gzipped.body())).as("%s: the .gz as the build wrote it", path).isEqualTo(sha(site.resolve(path + ".gz")));
            assertThat(header(gzipped, "Vary")).as(path).isEqualTo("Accept-Encoding");

            HttpResponse<byte[]> plain = get(path, false);
            assertThat(header(plain, "Content-Encoding")).as("%s without Accept-Encoding", path).isEmpty();
            assertThat(sha(plain.body())).as(path).isEqualTo(sha(site.resolve(path)));
        }
    }

    @Test
    void aTextFileWithoutAGzIsCompressedOnTheFlyAndTheZipIsNot() throws Exception {
        Files.delete(site.resolve("search.html.gz"));
        HttpResponse<byte[]> page = get("search.html", true);
        assertThat(header(page, "Content-Encoding")).isEqualTo("gzip");
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body()))) {
            assertThat(sha(in.readAllBytes())).isEqualTo(sha(site.resolve("search.html")));
        }
        HttpResponse<byte[]> zip = get("download/site.zip", true);
        assertThat(header(zip, "Content-Type")).isEqualTo("application/zip");
        assertThat(header(zip, "Content-Encoding")).isEmpty();
        assertThat(sha(zip.body())).isEqualTo(sha(site.resolve("download/site.zip")));
    }

    @Test
    void everyTextFileIsServedAsUtf8() throws Exception {
        assertThat(header(get("index.html", true), "Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(header(get(file("assets/css", "site\\.[0-9a-f]{10}\\.css"), true), "Content-Type")).isEqualTo("text/css; charset=utf-8");
        assertThat(header(get("search/p/0.js", false), "Content-Type")).isEqualTo("application/javascript; charset=utf-8");
        assertThat(header(get("feed.xml", true), "Content-Type")).isEqualTo("text/xml; charset=utf-8");
    }

    @Test
    void hashedAssetsAreKeptForAYearWhilePagesFeedsAndTheSearchIndexAreAskedForAgain() throws Exception {
        for (String asset : List.of(file("assets/css", "site\\.[0-9a-f]{10}\\.css"), file("assets/js", "wechat\\.[0-9a-f]{10}\\.js"),
                file("assets/img", "favicon-32\\.[0-9a-f]{10}\\.png"))) {
            for (boolean gzip : new boolean[] {true, false}) {
                assertThat(header(get(asset, gzip), "Cache-Control")).as(asset).isEqualTo("public, max-age=31536000, immutable");
            }
        }
        for (String path : List.of("index.html", "issues/2023/17/index.html", "feed.xml", "search/p/0.js", file("search", "index\\.[0-9a-f]+\\.js"),
                "favicon.ico", "download/site.zip")) {
            assertThat(header(get(path, true), "Cache-Control")).as(path).isEqualTo("no-cache");
        }
        HttpResponse<byte[]> folder = get("", true);
        assertThat(header(folder, "Cache-Control")).as("the archive's own address").isEqualTo("no-cache");
        assertThat(sha(folder.body())).as("the archive's own address opens index.html").isEqualTo(sha(site.resolve("index.html.gz")));
    }

    @Test
    void theArchivesAddressWithoutItsFinalSlashLeadsToTheArchive() throws Exception {
        HttpResponse<byte[]> bare = request(nginx.url("").replaceFirst("/$", ""), false);
        assertThat(bare.statusCode()).isEqualTo(301);
        assertThat(header(bare, "Location")).endsWith(":" + nginx.port() + SUB_PATH);
    }

    @Test
    void aMissingPageGetsStatus404AndTheArchivesNotFoundPage() throws Exception {
        for (String path : List.of("issues/2023/99/index.html", "nothing.html", "assets/css/site.0000000000.css")) {
            HttpResponse<byte[]> missing = get(path, false);
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(sha(missing.body())).as(path).isEqualTo(sha(site.resolve("404.html")));
            assertThat(header(missing, "Cache-Control")).as("%s: a missing file is not kept", path).isNotEqualTo("public, max-age=31536000, immutable");
        }
    }
}
