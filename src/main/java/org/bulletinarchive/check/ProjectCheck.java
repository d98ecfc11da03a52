package org.bulletinarchive.check;

import java.nio.file.Path;
import java.util.List;
import org.bulletinarchive.errors.ArchiveException;
import org.bulletinarchive.errors.Problems;
import org.bulletinarchive.load.ContentLoader;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.render.OriginalFiles;
import org.bulletinarchive.render.SiteSettings;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * The checks every build makes before it writes anything — settings, templates (present and parsing), assets, every
 * content file, the original files the issues name — run on their own, writing nothing, and collecting every problem
 * instead of stopping at the first. {@code bulletin-archive check} prints what this finds.
 */
public final class ProjectCheck {

    /** What was found: the problems (none when the project builds), the warnings of the content, and what was read. */
    public record Result(List<ArchiveException> problems, List<String> warnings, int issues, int entries) {
        public boolean clean() {
            return problems.isEmpty();
        }
    }

    private ProjectCheck() {
    }

    public static Result of(Path project) {
        Path root = project.toAbsolutePath().normalize();
        Problems problems = new Problems();
        SiteSettings.checkIsText(root.resolve("jbake.properties"));
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(root.toFile(), null, false);
        problems.attempt(() -> SiteSettings.from(config, root.resolve("jbake.properties")));
        ContentLoader loader = new ContentLoader(config, Gazetteer.standard());
        List<Bulletin> bulletins = problems.attempt(loader::load);
        // the originals of the issues that could be read are checked even when other files have mistakes
        OriginalFiles.check(loader.sources(), root, problems);
        return new Result(problems.list(), loader.warnings(), bulletins == null ? 0 : bulletins.size(),
                bulletins == null ? 0 : bulletins.stream().mapToInt(b -> b.entries().size()).sum());
    }
}
