package org.bulletinarchive.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bulletinarchive.bake.AssetPipeline;
import org.bulletinarchive.bake.ContentLoader;
import org.bulletinarchive.bake.OriginalFiles;
import org.bulletinarchive.bake.PageRenderer;
import org.bulletinarchive.bake.SiteBaker;
import org.bulletinarchive.bake.SiteModel;
import org.bulletinarchive.bake.SiteSettings;
import org.bulletinarchive.bake.Views;
import org.bulletinarchive.check.BrokenLinksException;
import org.bulletinarchive.check.LinkChecker;
import org.bulletinarchive.files.FolderLock;
import org.bulletinarchive.files.OutputFolder;
import org.bulletinarchive.files.SiteSwap;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.model.Issue;
import org.bulletinarchive.publish.SiteZip;
import org.bulletinarchive.search.SearchIndex;
import org.bulletinarchive.search.SearchIndexReport;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * The build, stage by stage: load content → original files → model → assets → pages → search index → link check
 * → zip → publish. The output folder is checked first (never the project's sources, never a folder the
 * build did not make) and locked against a second build. Everything is written to a staging folder and
 * a staged zip; the previous site and zip are replaced together only when every stage has passed, so a
 * failed build leaves the last good pair untouched, and an interrupted one is finished or cleaned up
 * by the next (SiteSwap).
 */
public final class SiteBuilder {

    /** What a build produced. */
    public record Result(Path site, Path zip, int issues, int entries, int cities, int pages, SearchIndexReport search) {
    }

    private final Path project;
    private final Consumer<String> log;
    private final Duration lockWait;
    private String baseUrl;

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

    /** Builds into {@code out} (or jbake.properties' destination.folder when null) and zips it beside. */
    public Result build(Path out) throws IOException {
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
            swap.recover().forEach(line -> log.accept(String.format("%-7s %s", "clean:", line)));
            Path staging = swap.staging();
            Files.createDirectories(staging);
            OutputFolder.mark(staging);
            config.setDestinationFolder(staging.toFile());
            try {
                return bake(config, settings, swap);
            } finally {
                // nothing is left behind by a failed build; after a published one there is nothing to remove
                swap.discard();
            }
        }
    }

    private Result bake(DefaultJBakeConfiguration config, SiteSettings settings, SiteSwap swap) throws IOException {
        Path staging = swap.staging();
        Gazetteer gazetteer = Gazetteer.standard();
        ContentLoader loader = new ContentLoader(config, gazetteer);
        List<Bulletin> bulletins = timed("load", loader::load, b -> b.size() + " issues");
        // files under content/ the build does not use are named, never skipped in silence
        loader.warnings().forEach(w -> log.accept("warning: " + w));
        Map<Issue, List<Views.Original>> originals = timed("originals", () -> OriginalFiles.publish(loader.sources(), project, staging),
                o -> o.values().stream().mapToInt(List::size).sum() + " PDF files");
        SiteModel model = timed("model", () -> SiteModel.of(bulletins, gazetteer, originals),
                m -> m.entries().size() + " entries, " + m.cities().size() + " cities");
        Map<String, String> assets = timed("assets", () -> AssetPipeline.publish(config.getAssetFolder().toPath(), staging), a -> a.size() + " files");
        LinkChecker links = new LinkChecker(staging);
        List<String> pages = timed("pages", () -> {
            PageRenderer renderer = new PageRenderer(config, staging);
            // the link check reads each page as it is rendered, on the rendering threads
            renderer.onPage(links::accept);
            try {
                return new SiteBaker(renderer, settings, assets).bake(model);
            } finally {
                renderer.finish();
            }
        },
                p -> p.size() + " pages");
        SearchIndexReport search = timed("search", () -> SearchIndex.write(staging, org.bulletinarchive.search.ModelDocuments.of(model)), r -> r.docs() + " documents, " + r.files() + " files, " + r.totalBytes() / 1024 + " KB");
        List<LinkChecker.Problem> problems = timed("links", links::check, p -> p.size() + " problems");
        if (!problems.isEmpty()) {
            throw new BrokenLinksException(problems);
        }
        // the zip is made from the staged site, so that the site and the zip are renamed into place together
        timed("zip", () -> zip(staging, swap.stagedZip(), swap.site().getFileName().toString()), n -> n + " files into " + shown(swap.zip()));
        timed("publish", () -> publish(swap), s -> shown(swap.site()) + " and " + swap.zip().getFileName());
        return new Result(swap.site(), swap.zip(), bulletins.size(), model.entries().size(), model.cities().size(), pages.size(), search);
    }

    /** The folders a build must never write to: the project's sources, as configured and by convention. */
    private List<Path> sources(DefaultJBakeConfiguration config) {
        return List.of(config.getContentFolder().toPath(), config.getTemplateFolder().toPath(), config.getAssetFolder().toPath(),
                project.resolve("content"), project.resolve("templates"), project.resolve("assets"), project.resolve("raw"), project.resolve("src"));
    }

    private String shown(Path path) {
        return path.startsWith(project) ? project.relativize(path).toString() : path.toString();
    }

    private static String publish(SiteSwap swap) {
        try {
            swap.publish();
            return "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int zip(Path site, Path zip, String top) {
        try {
            return SiteZip.write(site, zip, top);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private <T> T timed(String stage, Supplier<T> work, java.util.function.Function<T, String> summary) {
        long start = System.nanoTime();
        T result = work.get();
        log.accept(String.format("%-7s %s in %d ms", stage + ":", summary.apply(result), (System.nanoTime() - start) / 1_000_000));
        return result;
    }
}
