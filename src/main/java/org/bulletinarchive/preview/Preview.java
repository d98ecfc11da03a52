package org.bulletinarchive.preview;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.bulletinarchive.errors.ArchiveException;
import org.bulletinarchive.errors.Failures;
import org.bulletinarchive.render.SiteSettings;
import org.bulletinarchive.site.SiteBuilder;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * The editor's preview: the site built into its own folder, served to this computer ({@link PreviewServer}), and built
 * again (incrementally, as {@code build} does) whenever a file of the project changes ({@link ProjectWatcher}). A
 * failed build is told in the terminal and on every page, and the last good site stays served.
 */
public final class Preview implements AutoCloseable {

    /** How a build went: its result when it passed, else its problems. */
    public record Outcome(SiteBuilder.Result result, List<ArchiveException> problems, long millis) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    /** Changes closer together than this are built once. */
    static final Duration QUIET = Duration.ofMillis(250);

    private final Path project;
    private final Path site;
    private final Consumer<String> say;
    private final ReentrantLock building = new ReentrantLock();
    private PreviewServer server;
    private ProjectWatcher watcher;

    /** {@code site}: the folder to build into and serve; {@code say}: where the preview's lines go (the terminal). */
    public Preview(Path project, Path site, Consumer<String> say) {
        this.project = project.toAbsolutePath().normalize();
        this.site = site.toAbsolutePath().normalize();
        this.say = say;
    }

    /** The preview's own site folder in a project: target/preview, beside the site that {@code build} publishes. */
    public static Path defaultSite(Path project) {
        return project.resolve("target").resolve("preview");
    }

    /** Starts serving the site folder on 127.0.0.1:{@code port} (0: any free port); returns the address to open. */
    public URI serve(int port) {
        server = PreviewServer.start(site, port);
        return server.address();
    }

    /** Starts watching content/, templates/, assets/, raw/ and jbake.properties; each change builds the site again. */
    public void watch() throws IOException {
        SiteSettings.checkIsText(project.resolve("jbake.properties"));
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(project.toFile(), null, false);
        watcher = new ProjectWatcher(List.of(config.getContentFolder().toPath(), config.getTemplateFolder().toPath(),
                config.getAssetFolder().toPath(), project.resolve("raw")), List.of(project.resolve("jbake.properties")), QUIET);
        watcher.start(this::changed);
    }

    /**
     * Builds the site (only what changed, as {@code build} does) and tells the open pages; {@code stages} gets the
     * build's stage lines, {@code pages} how to count the pages rendered so far.
     */
    public Outcome build(Consumer<String> stages, Consumer<IntSupplier> pages) {
        building.lock();
        try {
            server.building();
            long start = System.nanoTime();
            try {
                SiteBuilder builder = new SiteBuilder(project, stages);
                pages.accept(builder::pagesRendered);
                SiteBuilder.Result result = builder.build(site, false);
                server.built(List.of());
                return new Outcome(result, List.of(), (System.nanoTime() - start) / 1_000_000);
            } catch (IOException | RuntimeException e) {
                // a mistake in the project, or a bug: either way the preview goes on, showing it
                List<ArchiveException> problems = Failures.explain(e);
                server.built(problems);
                return new Outcome(null, problems, (System.nanoTime() - start) / 1_000_000);
            }
        } finally {
            building.unlock();
        }
    }

    private void changed(List<Path> paths) {
        List<String> names = paths.stream().map(p -> p.startsWith(project) ? project.relativize(p).toString() : p.toString()).toList();
        say.accept("changed: " + String.join(", ", names.subList(0, Math.min(3, names.size())))
                + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : ""));
        Outcome outcome = build(line -> {
            if (line.startsWith("warning: ")) {
                say.accept(line);
            }
        }, rendered -> { });
        if (outcome.passed()) {
            SiteBuilder.Result r = outcome.result();
            say.accept("rebuilt in " + outcome.millis() + " ms: " + (r.incremental() ? r.rendered() + " of " + r.pages() : "all " + r.pages())
                    + " pages rendered; the open pages reload.");
        } else {
            problems(outcome.problems());
        }
    }

    /** Tells the terminal what stopped a build, and that the browser shows it too. */
    public void problems(List<ArchiveException> problems) {
        problems.forEach(p -> say.accept("error: " + p.getMessage()));
        say.accept("The site was not built; the browser shows " + (problems.size() == 1 ? "the problem" : "the problems")
                + " over the last good site. Correct and save: the preview builds again by itself.");
    }

    /** Stops watching and serving; a build under way is let finish first, so that it leaves no half-written folder. */
    @Override
    public void close() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // closing: nothing more to watch
        }
        try {
            if (building.tryLock(60, TimeUnit.SECONDS)) {
                building.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (server != null) {
            server.close();
        }
    }
}
