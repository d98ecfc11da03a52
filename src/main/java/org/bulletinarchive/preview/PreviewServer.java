package org.bulletinarchive.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bulletinarchive.errors.ArchiveException;

/**
 * Serves a built site to this computer only (127.0.0.1), for the editor to look at before publishing. Every HTML page
 * it sends carries a small script, added to the response and never to the files, that reloads the page when the site
 * has been built again ({@value #EVENTS}, an EventSource stream of build numbers). While the last build failed, every
 * page carries its problems on top, over the last good site, which stays served.
 */
public final class PreviewServer implements AutoCloseable {

    /** The preview's own address for build numbers; it is never part of a site. */
    public static final String EVENTS = "/__preview/events";
    /** Marks what the preview adds to a page, so tests can tell the built files never carry it. */
    public static final String MARK = "bulletin-archive-preview";

    /** What the preview shows: the build it is at, and that build's problems (none when it passed). */
    private record State(long build, List<ArchiveException> problems, boolean building) {
    }

    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json"));

    private final HttpServer http;
    private final ExecutorService threads;
    private final Path site;
    private volatile State state = new State(0, List.of(), true);
    private volatile boolean open = true;

    private PreviewServer(HttpServer http, ExecutorService threads, Path site) {
        this.http = http;
        this.threads = threads;
        this.site = site;
    }

    /**
     * Serves {@code site} on 127.0.0.1:{@code port} (0: any free port). A port in use is refused with what to do.
     */
    public static PreviewServer start(Path site, int port) {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        HttpServer http;
        try {
            http = HttpServer.create(address, 0);
        } catch (BindException e) {
            throw new ArchiveException("", 0, "port " + port + " of 127.0.0.1 is in use, perhaps by another preview; stop it (Ctrl-C in its window) "
                    + "or choose another port, e.g. --port " + (port + 1) + ".");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // an open page holds one thread for its stream of build numbers
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "preview-http");
            t.setDaemon(true);
            return t;
        });
        PreviewServer server = new PreviewServer(http, threads, site.toAbsolutePath().normalize());
        http.createContext("/", server::handle);
        http.setExecutor(threads);
        http.start();
        return server;
    }

    /** The address to open, e.g. http://127.0.0.1:8820/ */
    public URI address() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
    }

    /** A build has started: pages opened now say so when there is no site yet. */
    public void building() {
        state = new State(state.build(), state.problems(), true);
    }

    /** A build has ended, with its problems (none when it passed): open pages reload. */
    public void built(List<ArchiveException> problems) {
        synchronized (this) {
            state = new State(state.build() + 1, List.copyOf(problems), false);
            notifyAll();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals(EVENTS)) {
                events(exchange);
                return;
            }
            Path file = file(path);
            if (file != null && Files.isDirectory(file)) {
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, 302, "text/plain; charset=utf-8", new byte[0]);
            } else if (file != null && Files.isRegularFile(file)) {
                page(exchange, 200, file);
            } else if (!Files.isRegularFile(site.resolve("index.html"))) {
                // no good site yet: what the build is doing, or what stopped it
                send(exchange, 200, TYPES.get("html"), PreviewPages.alone(state.building(), state.problems(), state.build()).getBytes(StandardCharsets.UTF_8));
            } else if (Files.isRegularFile(site.resolve("404.html"))) {
                page(exchange, 404, site.resolve("404.html"));
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
            }
        } finally {
            exchange.close();
        }
    }

    /** The file a request path names inside the site, or null: never a hidden file, never outside the site. */
    private Path file(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html";
        }
        for (String part : relative.split("/")) {
            if (part.startsWith(".") || part.contains("\\")) {
                return null;
            }
        }
        Path file = site.resolve(relative).normalize();
        return file.startsWith(site) ? file : null;
    }

    private void page(HttpExchange exchange, int status, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (extension.equals("html")) {
            State now = state;
            bytes = PreviewPages.inject(new String(bytes, StandardCharsets.UTF_8), now.problems(), now.build()).getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, status, TYPES.getOrDefault(extension, "application/octet-stream"), bytes);
    }

    private void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        // the editor changes files all the time: the browser must ask again every time
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    /** The build number now and after each build, as server-sent events; a comment now and then finds a closed page. */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        long sent = -1;
        try {
            while (open) {
                long build;
                synchronized (this) {
                    if (state.build() == sent && open) {
                        wait(15_000);
                    }
                    build = state.build();
                }
                String message = build != sent ? "retry: 1000\ndata: " + build + "\n\n" : ": still here\n\n";
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
                sent = build;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the page was closed or reloaded
        }
    }

    /** Stops serving: open event streams end, the port is closed. */
    @Override
    public void close() {
        open = false;
        synchronized (this) {
            notifyAll();
        }
        http.stop(0);
        threads.shutdownNow();
    }
}
