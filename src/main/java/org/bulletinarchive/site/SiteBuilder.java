package org.bulletinarchive.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.bulletinarchive.check.BrokenLinksException;
import org.bulletinarchive.check.LinkChecker;
import org.bulletinarchive.files.FolderLock;
import org.bulletinarchive.files.Folders;
import org.bulletinarchive.files.Parallel;
import org.bulletinarchive.links.PageLinks;
import org.bulletinarchive.load.ContentLoader;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.model.Issue;
import org.bulletinarchive.output.BuildState;
import org.bulletinarchive.output.CompressedFiles;
import org.bulletinarchive.output.Environment;
import org.bulletinarchive.output.Fingerprint;
import org.bulletinarchive.output.PreviousBuild;
import org.bulletinarchive.output.Reuse;
import org.bulletinarchive.output.SiteOutput;
import org.bulletinarchive.pack.GzipFiles;
import org.bulletinarchive.pack.OfflineCopy;
import org.bulletinarchive.pack.SiteWar;
import org.bulletinarchive.pack.SiteZip;
import org.bulletinarchive.publish.OutputFolder;
import org.bulletinarchive.publish.SiteSwap;
import org.bulletinarchive.publish.SiteUpdate;
import org.bulletinarchive.render.AssetPipeline;
import org.bulletinarchive.render.OriginalFiles;
import org.bulletinarchive.render.PageRenderer;
import org.bulletinarchive.render.SiteBaker;
import org.bulletinarchive.render.SiteSettings;
import org.bulletinarchive.search.SearchDocument;
import org.bulletinarchive.search.SearchIndex;
import org.bulletinarchive.search.SearchIndexReport;
import org.bulletinarchive.view.ModelDocuments;
import org.bulletinarchive.view.SimilarItems;
import org.bulletinarchive.view.SiteModel;
import org.bulletinarchive.view.Views;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * The build, stage by stage: load content → original files → items alike (similar) → model → assets → search index
 * → pages → link check → zip (also placed in the site, as its offline copy) → .gz files (site.gzip, build --gzip) → war → publish. The
 * output folder is checked first (never the project's sources, never a folder the build did not make) and locked
 * against a second build. Everything is written to a staging folder, a staged
 * zip and a staged war; the previous site, zip and war are replaced together only when every stage has passed, so a
 * failed build leaves the last good ones untouched, and an interrupted one is finished or cleaned up
 * by the next (SiteSwap).
 */
public final class SiteBuilder {

    /** What a build produced; {@code rendered}: pages rendered (all of them unless {@code incremental}). */
    public record Result(Path site, Path zip, Path war, int issues, int entries, int subjects, int pages,
                         int rendered, boolean incremental) {
    }

    private final Path project;
    private final Consumer<String> log;
    private final Duration lockWait;
    private String baseUrl;
    private volatile IntSupplier pagesRendered = () -> 0;
    private boolean gzip;

    public SiteBuilder(Path project, Consumer<String> log) {
        this(project, log, FolderLock.DEFAULT_WAIT);
    }

    /** {@code lockWait}: how long to wait for another build writing the same folder before refusing. */
    public SiteBuilder(Path project, Consumer<String> log, Duration lockWait) {
        this.project = project.toAbsolutePath().normalize();
        this.log = log;
        this.lockWait = lockWait;
    }

    /** The site's absolute base URL from the command line (--base-url): overrides site.host unless null or empty. */
    public SiteBuilder baseUrl(String url) {
        this.baseUrl = url;
        return this;
    }

    /** How many pages the running build has rendered so far, for a progress line. */
    public int pagesRendered() {
        return pagesRendered.getAsInt();
    }

    /** With {@code force}, a .gz is written beside every text file of the site even when site.gzip is not set (build --gzip). */
    public SiteBuilder gzip(boolean force) {
        this.gzip = force;
        return this;
    }

    /** Builds into {@code out} (or jbake.properties' destination.folder when null) and zips it beside. */
    public Result build(Path out) throws IOException {
        return build(out, false);
    }

    /**
     * Builds into {@code out} (or destination.folder when null) and zips it beside: incrementally when the site there
     * was built by the same program, templates and settings (only what changed is rendered, written and compressed),
     * else, or with {@code clean}, in full. Both give the same bytes.
     */
    public Result build(Path out, boolean clean) throws IOException {
        SiteSettings.checkIsText(project.resolve("jbake.properties"));
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(project.toFile(), null, false);
        // every setting, and the output folder, is checked before any work is done
        SiteSettings settings = SiteSettings.from(config, project.resolve("jbake.properties"), baseUrl);
        OutputFolder output = out != null ? OutputFolder.ofOption(out)
                : OutputFolder.ofSetting(config.getDestinationFolder().toPath(), project.resolve("jbake.properties"),
                        config.get("destination.folder") == null ? "output" : config.get("destination.folder").toString());
        output.check(project, sources(config));
        Path site = output.site();
        try (FolderLock lock = FolderLock.forSite(site, output.shown(), lockWait)) {
            SiteSwap swap = new SiteSwap(site);
            SiteUpdate update = new SiteUpdate(swap);
            long environment = Environment.of(project, config);
            Reuse reuse = lastBuild(clean, site, swap, update, environment);
            Path staging = swap.staging();
            Files.createDirectories(staging);
            OutputFolder.mark(staging);
            config.setDestinationFolder(staging.toFile());
            SiteOutput writer = new SiteOutput(staging, reuse);
            try (CompressedFiles compressed = CompressedFiles.at(site.resolveSibling("." + site.getFileName() + ".compressed"))) {
                writer.compressInto(compressed);
                return bake(new Build(config, settings, swap, update, writer, compressed, environment));
            } finally {
                // nothing is left behind by a failed build; after a published one there is nothing to remove
                swap.discard();
                Files.deleteIfExists(update.stagedState());
            }
        }
    }

    /**
     * What this build may take from the last one: an interrupted publishing finished or cleaned up first, then the state
     * beside the site checked ({@link PreviousBuild}) and the published files against it ({@link Reuse#of}); nothing with
     * {@code clean}, for another program, templates or settings, or when anything was damaged (then said in one line, and
     * the damaged state removed, so the next build never trips on it).
     */
    private Reuse lastBuild(boolean clean, Path site, SiteSwap swap, SiteUpdate update, long environment) throws IOException {
        // an interrupted update is finished first: it needs the staged files that SiteSwap would remove
        String damaged = null;
        try {
            update.recover().forEach(line -> log.accept(labelled("clean:", line)));
        } catch (SiteUpdate.DamagedJournal e) {
            // the site may be half updated: nothing of it is reused
            update.discardJournal();
            damaged = shown(e.journal()) + " is damaged (" + e.getMessage() + ")";
        }
        swap.recover().forEach(line -> log.accept(labelled("clean:", line)));
        PreviousBuild.Checked previous = clean || damaged != null || !Files.isDirectory(site) || !Files.isRegularFile(swap.zip())
                ? PreviousBuild.Checked.none()
                : PreviousBuild.check(update.state(), swap.zip(), OfflineCopy.path(SiteZip.topFolder(site.getFileName().toString())), environment);
        if (previous.problem() != null) {
            damaged = shown(previous.damaged()) + " " + previous.problem();
        }
        if (damaged != null) {
            // one line, and never again: the files that failed their check are removed with the state
            Folders.deleteRecursively(update.state());
            log.accept(labelled("note:", damaged + "; nothing of the last build is reused: the whole site, zip and war are made again."));
        }
        return Reuse.of(previous.state(), swap.folder(), swap.zip());
    }

    /**
     * One build: what every stage reads (settings, where it writes, what the last build left) and the stages' results as
     * they are made. A full build is the same with nothing to reuse: {@code output} knows no published site.
     */
    private final class Build {
        final DefaultJBakeConfiguration config;
        final SiteSettings settings;
        final SiteSwap swap;
        final SiteUpdate update;
        final SiteOutput output;
        /** Every file written, compressed as it was written, for the zip. */
        final CompressedFiles compressed;
        final long environment;
        final Path staging;
        final Path site;
        final String top;
        final OfflineCopy offline;
        final Gazetteer gazetteer = Gazetteer.standard();

        Build(DefaultJBakeConfiguration config, SiteSettings settings, SiteSwap swap, SiteUpdate update, SiteOutput output, CompressedFiles compressed,
                long environment) {
            this.config = config;
            this.settings = settings;
            this.swap = swap;
            this.update = update;
            this.output = output;
            this.compressed = compressed;
            this.environment = environment;
            this.staging = swap.staging();
            this.site = swap.site();
            this.top = SiteZip.topFolder(site.getFileName().toString());
            this.offline = new OfflineCopy(top, output.reuse().zipBytes());
        }
    }

    /** The pipeline, stage by stage: each takes what the stages before it made. */
    private Result bake(Build b) throws IOException {
        Loaded content = load(b);
        Map<Issue, List<Views.Original>> originals = originals(b, content);
        SimilarItems similar = similar(content);
        SiteModel model = model(b, content, originals, similar);
        Map<String, String> assets = assets(b);
        SearchFiles search = search(b, model);
        Rendered pages = pages(b, model, assets, search);
        Map<String, PageLinks> links = links(b, pages);
        Map<String, byte[]> sized = zip(b, pages);
        gzip(b, pages, sized);
        war(b, pages, sized);
        publish(b, links, search);
        return new Result(b.swap.site(), b.swap.zip(), b.swap.war(), content.bulletins().size(), model.entries().size(), model.subjects().size(),
                pages.names().size(), b.output.incremental() ? pages.renderer().rendered() : pages.names().size(), b.output.incremental());
    }

    /** The content, read, with the loader that read it (its original files and its warnings). */
    private record Loaded(List<Bulletin> bulletins, ContentLoader loader) {
    }

    /** load: the content folder, under its lock, so that an import writing an issue is never read half-way. */
    private Loaded load(Build b) {
        ContentLoader loader = new ContentLoader(b.config, b.gazetteer);
        Path content = b.config.getContentFolder().toPath().toAbsolutePath().normalize();
        List<Bulletin> bulletins = timed("load", () -> {
            try (FolderLock lock = FolderLock.acquire(content.resolveSibling("." + content.getFileName() + ".lock"), "build", shown(content),
                    lockWait)) {
                return loader.load();
            }
        }, l -> l.size() + " issues");
        // files under content/ the build does not use are named, never skipped in silence
        loader.warnings().forEach(w -> log.accept("warning: " + w));
        return new Loaded(bulletins, loader);
    }

    /** originals: the PDFs the issues name, beside their issue pages. */
    private Map<Issue, List<Views.Original>> originals(Build b, Loaded content) {
        return timed("originals", () -> OriginalFiles.publish(content.loader().sources(), project, b.output),
                o -> o.values().stream().mapToInt(List::size).sum() + " PDF files");
    }

    /** similar: each item's 在其他地方. */
    private SimilarItems similar(Loaded content) {
        return timed("similar", () -> SimilarItems.of(content.bulletins()),
                s -> s.itemsWithList() + " of " + s.items() + " items with items alike elsewhere, " + s.compared() + " pairs compared");
    }

    /** model: every page's records. */
    private SiteModel model(Build b, Loaded content, Map<Issue, List<Views.Original>> originals, SimilarItems similar) {
        return timed("model", () -> SiteModel.of(content.bulletins(), b.gazetteer, originals, similar),
                m -> m.entries().size() + " entries, " + m.subjects().size() + " subjects");
    }

    /** assets: the stylesheet, scripts and icons under hashed names. */
    private Map<String, String> assets(Build b) {
        return timed("assets", () -> AssetPipeline.publish(b.config.getAssetFolder().toPath(), b.output), a -> a.size() + " files");
    }

    /** search: the index of the model's documents, kept as published when they are the same. */
    private SearchFiles search(Build b, SiteModel model) {
        List<SearchDocument> documents = ModelDocuments.of(model);
        long fingerprint = new Fingerprint().of(documents);
        return timed("search", () -> search(b.output, documents, fingerprint), SearchFiles::summary);
    }

    /**
     * The pages as rendered: their names, the renderer (how many it rendered), the links read on each as it was rendered
     * (by path), the baker (to render the home page again), and every file of the new site with those this build wrote
     * into {@code staging}.
     */
    private record Rendered(List<String> names, PageRenderer renderer, Map<String, PageLinks> links, SiteBaker baker, TreeSet<String> files,
                            Set<String> written, Path staging, Path site) {
        /** Where a file of the new site is now: in staging when this build wrote it, else in the published site. */
        Path where(String name) {
            return written.contains(name) ? staging.resolve(name) : site.resolve(name);
        }
    }

    /** pages: every page, on all cores, and the links of each, read as it is rendered. */
    private Rendered pages(Build b, SiteModel model, Map<String, String> assets, SearchFiles search) {
        PageRenderer renderer = new PageRenderer(b.config, b.output);
        pagesRendered = renderer::rendered;
        SiteBaker baker = new SiteBaker(renderer, b.settings, assets).offlineCopy(b.offline.view());
        List<String> names = timed("pages", () -> {
            try {
                return baker.bake(model, search.entry());
            } finally {
                renderer.finish();
            }
        }, p -> p.size() + " pages" + (b.output.incremental() ? ", " + renderer.rendered() + " rendered" : ""));
        // the marker, written into staging before anything else, is taken in like any file
        b.output.adopt(OutputFolder.MARKER);
        return new Rendered(names, renderer, renderer.links(), baker, b.output.files(), b.output.written(), b.staging, b.site);
    }

    /**
     * links: every link of every page resolves (the offline copy is placed in the site once the zip is made), checked over
     * what the pages stage read on each page it rendered and what the last build read on the pages it kept; else the build
     * stops. Returns every page's links, for the next build.
     */
    private Map<String, PageLinks> links(Build b, Rendered pages) {
        TreeSet<String> linked = new TreeSet<>(pages.files());
        linked.add(b.offline.path());
        LinkChecker checker = new LinkChecker(b.staging);
        List<LinkChecker.Problem> problems = timed("links", () -> checker.check(linked, pages.links(), name -> {
            BuildState.Links kept = b.output.reuse().links(name);
            return kept == null ? null : PageLinks.kept(b.staging.resolve(name), name, kept);
        }, pages::where), p -> p.size() + " problems");
        if (!problems.isEmpty()) {
            throw new BrokenLinksException(problems);
        }
        return checker.pages();
    }

    /**
     * zip: the offline copy, from the files as they were compressed when written (and, when incremental, the published zip's entries for the files kept), so that site and
     * zip are put in place together; then placed in the site. The zip holds the home page as the pages stage rendered it,
     * without the zip's size; the published home page is rendered again here with it. Returns the files the site has with
     * other bytes than the zip: that home page.
     */
    private Map<String, byte[]> zip(Build b, Rendered pages) {
        // what is written from now on is not in the zip: the zip itself, the home page with its size, the .gz files
        b.output.compressInto(null);
        timed("zip", () -> unchecked(() -> SiteZip.write(pages.files(), pages::where, pages.written(), b.compressed,
                b.output.reuse().zip(), b.swap.stagedZip(), b.top)), n -> n + " files into " + shown(b.swap.zip()));
        b.offline.publish(b.swap.stagedZip(), b.output);
        byte[] home = b.offline.home(pages.baker(), b.swap.stagedZip());
        // when it stays as published, the war and the .gz take it from the site
        return Map.of(OfflineCopy.HOME, home != null ? home : unchecked(() -> Files.readAllBytes(pages.where(OfflineCopy.HOME))));
    }

    /** gzip (site.gzip, build --gzip): the .gz beside each text file, from the zip's compressed files (the home page from its own). */
    private void gzip(Build b, Rendered pages, Map<String, byte[]> sized) {
        if (gzip || b.settings.gzip()) {
            timed("gzip", () -> unchecked(() -> GzipFiles.write(b.swap.stagedZip(), b.top, pages.files(), sized, b.output)), n -> n + " .gz files");
        }
    }

    /**
     * war: the web application, from the zip's compressed files: with the offline copy when war.offline_copy is set (the
     * home page as the site shows it), else without it (the home page saying where to get one).
     */
    private void war(Build b, Rendered pages, Map<String, byte[]> sized) {
        boolean copy = b.settings.warOfflineCopy();
        Map<String, byte[]> home = copy ? sized : Map.of(OfflineCopy.HOME, pages.baker().homeWithoutCopy());
        timed("war", () -> unchecked(() -> SiteWar.fromZip(b.swap.stagedZip(), b.top, home, copy, b.swap.stagedWar())),
                n -> n + " files into " + shown(b.swap.war()) + (copy ? ", the offline copy with them" : ""));
    }

    /** publish: the state for the next build written, then site, zip and war put in place together. */
    private void publish(Build b, Map<String, PageLinks> links, SearchFiles search) throws IOException {
        List<String> removed = b.output.removed();
        Map<String, BuildState.Links> pageLinks = new HashMap<>();
        links.forEach((name, l) -> pageLinks.put(name, l.toKeep()));
        BuildState state = b.output.state(b.environment, search.fingerprint(), pageLinks);
        handMade(b.site, b.output.files(), b.output).ifPresent(log);
        timed("publish", () -> publish(b.swap, b.update, b.output, state, removed),
                s -> shown(b.swap.site()) + ", " + b.swap.zip().getFileName() + " and " + b.swap.war().getFileName() + s);
    }

    /** The search index of the new site: its entry script (search/index.&lt;hash&gt;.js), and what was done, for the log. */
    private record SearchFiles(String entry, String summary, long fingerprint) {
    }

    /** Writes the search index of {@code documents}, or keeps the published one when it was made of the same documents. */
    private static SearchFiles search(SiteOutput output, List<SearchDocument> documents, long fingerprint) {
        Map<String, BuildState.FileState> kept = output.reuse().searchIndex(fingerprint, SearchIndex.FOLDER, path -> !path.endsWith(".gz"));
        if (kept != null) {
            output.keep(kept);
            String entry = kept.keySet().stream().filter(p -> p.matches("search/index\\.[0-9a-f]+\\.js")).findFirst().orElseThrow();
            return new SearchFiles(entry, entry + " (" + documents.size() + " documents as before: " + kept.size() + " files kept)", fingerprint);
        }
        SearchIndex.Built built = SearchIndex.build(documents);
        Parallel.map(List.copyOf(built.files().entrySet()), f -> {
            output.write(f.getKey(), f.getValue(), 0);
            return f.getKey();
        });
        SearchIndexReport r = built.report();
        return new SearchFiles(built.entry(), built.entry() + " (" + r.docs() + " documents, " + r.files() + " files, " + r.totalBytes() / 1024 + " KB "
                + r.stageMillis() + ")", fingerprint);
    }

    /**
     * A note naming the files an administrator put into the published site (.htaccess, robots.txt), which publishing the
     * new site removes: every such file an incremental build knows of, and the files at the site's top a full build does
     * not make. Files for the site's top belong in assets/root/, which every build copies there.
     */
    private Optional<String> handMade(Path site, TreeSet<String> files, SiteOutput output) {
        TreeSet<String> gone = new TreeSet<>(output.strays());
        if (!output.incremental() && Files.isDirectory(site)) {
            try (var top = Files.list(site)) {
                top.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                        .filter(name -> !files.contains(name) && !name.equals(OutputFolder.MARKER)).forEach(gone::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (gone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(labelled("note:", "removed from " + shown(site) + ", as no build makes them: " + String.join(", ", gone)
                + "; put files for the site's top in assets/root/, which every build copies there."));
    }

    /** The folders a build must never write to: the project's sources, as configured and by convention. */
    private List<Path> sources(DefaultJBakeConfiguration config) {
        return List.of(config.getContentFolder().toPath(), config.getTemplateFolder().toPath(), config.getAssetFolder().toPath(),
                project.resolve("content"), project.resolve("templates"), project.resolve("assets"), project.resolve("raw"), project.resolve("src"));
    }

    private String shown(Path path) {
        return path.startsWith(project) ? project.relativize(path).toString() : path.toString();
    }

    /**
     * Puts the new site in place: an incremental build moves its changed files into the published site (SiteUpdate), a full
     * one replaces the site and zip whole (SiteSwap). The state for the next build is removed before a full build publishes
     * and written after, so it never describes another site than the one beside it.
     */
    private static String publish(SiteSwap swap, SiteUpdate update, SiteOutput output, BuildState state, List<String> removed) {
        return unchecked(() -> {
            state.write(update.stagedState());
            if (output.incremental()) {
                update.publish(output.written(), removed);
                return " (" + output.written().size() + " files changed, " + removed.size() + " removed)";
            }
            Files.deleteIfExists(update.state());
            swap.publish();
            update.putStateInPlace();
            return "";
        });
    }

    /** Work on files whose IOException stops the build like any other failure of a stage. */
    private interface FileWork<T> {
        T run() throws IOException;
    }

    private static <T> T unchecked(FileWork<T> work) {
        try {
            return work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line of the build's log: its label (a stage, clean:, note:) in a column of its own, then the text. */
    private static String labelled(String label, String text) {
        return String.format("%-7s %s", label, text);
    }

    private <T> T timed(String stage, Supplier<T> work, Function<T, String> summary) {
        long start = System.nanoTime();
        T result = work.get();
        log.accept(labelled(stage + ":", summary.apply(result) + " in " + (System.nanoTime() - start) / 1_000_000 + " ms"));
        return result;
    }
}
