package org.bulletinarchive.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real nginx (Debian's nginx package; .ci/run installs it) serving a directory under a sub-path, e.g.
 * http://127.0.0.1:PORT/archive/, on a free port of 127.0.0.1 only, with its own temporary config, logs and pid
 * file. The site is served by the project's own sample configuration, {@link #CONFIG}, included in the server as the
 * README tells users to, with its sub-path and its folder replaced: so a missing address gets the site's 404.html with
 * status 404, .gz files are sent to clients that accept gzip, and hashed assets are cached for good. /favicon.ico at
 * the server root answers 204. It runs in the foreground ("daemon off") as a child process and is stopped by {@link #close()}.
 *
 * <pre>
 * try (Nginx nginx = Nginx.serve(Path.of("target/site-archive"), "/archive/")) {
 *     driver.get(nginx.url("search.html"));
 * }
 * </pre>
 */
public final class Nginx implements AutoCloseable {

    public static final String BINARY = System.getProperty("nginx.binary", "/usr/sbin/nginx");
    /** The sample configuration users include in their server: a location for /bulletins/ aliased to a site folder. */
    public static final Path CONFIG = Path.of("deploy/nginx/bulletin-archive.conf").toAbsolutePath();
    private static final String CONFIG_SUB_PATH = "/bulletins";

    private final Process process;
    private final Path prefix;
    private final int port;
    private final String subPath;

    private Nginx(Process process, Path prefix, int port, String subPath) {
        this.process = process;
        this.prefix = prefix;
        this.port = port;
        this.subPath = subPath;
    }

    /** Whether nginx is installed, for tests that should be skipped otherwise. */
    public static boolean available() {
        return Files.isExecutable(Path.of(BINARY));
    }

    /** Serves root under subPath (which starts and ends with '/'); returns once the port accepts connections. */
    public static Nginx serve(Path root, String subPath) {
        if (!subPath.startsWith("/") || !subPath.endsWith("/")) {
            throw new IllegalArgumentException("sub-path must start and end with '/': " + subPath);
        }
        try {
            Path prefix = Files.createTempDirectory("nginx");
            Files.createDirectories(prefix.resolve("logs"));
            int port = ServerProcesses.freeLoopbackPort();
            String conf = """
                    daemon off;
                    master_process off;
                    worker_processes 1;
                    pid %1$s/nginx.pid;
                    error_log %1$s/logs/error.log warn;
                    events { worker_connections 64; }
                    http {
                        include /etc/nginx/mime.types;
                        default_type application/octet-stream;
                        access_log %1$s/logs/access.log;
                        client_body_temp_path %1$s/body;
                        proxy_temp_path %1$s/proxy;
                        fastcgi_temp_path %1$s/fastcgi;
                        uwsgi_temp_path %1$s/uwsgi;
                        scgi_temp_path %1$s/scgi;
                        server {
                            listen 127.0.0.1:%2$d;
                            server_name localhost;
                            # the site lives under the sub-path; the server root's favicon is not the site's to
                            # provide, but browsers ask for it and log the 404 as a console error
                            location = /favicon.ico { return 204; }
                            include %1$s/bulletin-archive.conf;
                        }
                    }
                    """.formatted(prefix, port);
            Files.writeString(prefix.resolve("bulletin-archive.conf"), location(subPath, root));
            Path confFile = prefix.resolve("nginx.conf");
            Files.writeString(confFile, conf);
            Process process = new ProcessBuilder(BINARY, "-c", confFile.toString(), "-p", prefix.toString())
                    .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
            Nginx nginx = new Nginx(process, prefix, port, subPath);
            nginx.awaitPort();
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The committed {@link #CONFIG} with {@code subPath} for /bulletins/ (and /bulletins) and the site folder {@code root} in its alias line. */
    static String location(String subPath, Path root) throws IOException {
        String config = Files.readString(CONFIG);
        java.util.regex.Pattern alias = java.util.regex.Pattern.compile("(?m)^(\\s*alias\\s+)[^;]+;");
        if (!alias.matcher(config).find() || !config.contains("location " + CONFIG_SUB_PATH + "/ {")
                || !config.contains("error_page 404 " + CONFIG_SUB_PATH + "/404.html;")) {
            throw new IllegalStateException(CONFIG + " no longer has the alias line, the location " + CONFIG_SUB_PATH
                    + "/ and the error_page that the tests replace; change Nginx.location with it");
        }
        String folder = root.toAbsolutePath().normalize() + "/";
        // /bulletins/ and /bulletins: the sub-path with and without its final slash
        return alias.matcher(config.replace(CONFIG_SUB_PATH, subPath.substring(0, subPath.length() - 1)))
                .replaceFirst("$1\"" + java.util.regex.Matcher.quoteReplacement(folder.replace("\"", "\\\"")) + "\";");
    }

    /** The URL of a path inside the served directory, e.g. url("search.html?q=x"). */
    public String url(String path) {
        return "http://127.0.0.1:" + port + subPath + path;
    }

    public int port() {
        return port;
    }

    /** nginx's access log so far, for tests that check which files were requested. */
    public String accessLog() {
        try {
            return Files.readString(prefix.resolve("logs/access.log"));
        } catch (IOException e) {
            return "";
        }
    }

    private void awaitPort() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("nginx exited with " + process.exitValue() + ": "
                        + Files.readString(prefix.resolve("logs/stdout.log")));
            }
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
        close();
        throw new IOException("nginx did not listen on port " + port + " within 10 s");
    }

    /** Stops nginx and deletes its temporary prefix. */
    @Override
    public void close() {
        ServerProcesses.stop(process, Duration.ofSeconds(5), prefix);
    }
}
