package org.bulletinarchive.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.bulletinarchive.files.Folders;
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
 * → publish. Everything is written to a staging folder first; the previous site is replaced only
 * when every stage has passed, so a failed build leaves the last good site untouched.
 */
public final class SiteBuilder {

    /** What a build produced. */
    public record Result(Path site, Path zip, int issues, int entries, int cities, int pages, SearchIndexReport search) {
    }

    private final Path project;
    private final Consumer<String> log;

    public SiteBuilder(Path project, Consumer<String> log) {
        this.project = project.toAbsolutePath().normalize();
        this.log = log;
    }

    /** Builds into {@code out} (or jbake.properties' destination.folder when null) and zips it beside. */
    public Result build(Path out) throws IOException {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(project.toFile(), null, false);
        // every setting is checked before any work is done
        SiteSettings settings = SiteSettings.from(config, project.resolve("jbake.properties"));
        Path site = (out != null ? out : config.getDestinationFolder().toPath()).toAbsolutePath().normalize();
        Path staging = site.resolveSibling("." + site.getFileName() + ".staging");
        Folders.deleteRecursively(staging);
        Files.createDirectories(staging);
        config.setDestinationFolder(staging.toFile());
        try {
            Gazetteer gazetteer = Gazetteer.standard();
            ContentLoader loader = new ContentLoader(config, gazetteer);
            List<Bulletin> bulletins = timed("load", loader::load, b -> b.size() + " issues");
            Map<Issue, List<Views.Original>> originals = timed("originals", () -> OriginalFiles.publish(loader.sources(), project, staging),
                    o -> o.values().stream().mapToInt(List::size).sum() + " PDF files");
            SiteModel model = timed("model", () -> SiteModel.of(bulletins, gazetteer, originals),
                    m -> m.entries().size() + " entries, " + m.cities().size() + " cities");
            Map<String, String> assets = timed("assets", () -> AssetPipeline.publish(config.getAssetFolder().toPath(), staging), a -> a.size() + " files");
            List<String> pages = timed("pages", () -> new SiteBaker(new PageRenderer(config, staging), settings, assets).bake(model),
                    p -> p.size() + " pages");
            SearchIndexReport search = timed("search", () -> SearchIndex.write(staging), r -> r.docs() + " documents, " + r.files() + " files, " + r.totalBytes() / 1024 + " KB");
            List<LinkChecker.Problem> problems = timed("links", () -> new LinkChecker(staging).check(), p -> p.size() + " problems");
            if (!problems.isEmpty()) {
                throw new BrokenLinksException(problems);
            }
            Files.createDirectories(site.getParent());
            Folders.replace(staging, site);
            Path zip = site.resolveSibling(site.getFileName() + ".zip");
            int zipped = timed("zip", () -> zip(site, zip), n -> n + " files into " + project.relativize(zip));
            return new Result(site, zip, bulletins.size(), model.entries().size(), model.cities().size(), pages.size(), search);
        } finally {
            Folders.deleteRecursively(staging);
        }
    }

    private static int zip(Path site, Path zip) {
        try {
            return SiteZip.write(site, zip, site.getFileName().toString());
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
