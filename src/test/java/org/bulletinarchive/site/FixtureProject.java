package org.bulletinarchive.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.bulletinarchive.Samples;
import org.bulletinarchive.importer.Importer;
import org.bulletinarchive.model.Gazetteer;

/** A throwaway copy of the project (jbake.properties, templates, assets) with its own content folder. */
final class FixtureProject {

    final Path root;

    private FixtureProject(Path root) {
        this.root = root;
    }

    /** The project's templates and assets with the committed content. */
    static FixtureProject withCommittedContent(Path dir) throws IOException {
        FixtureProject p = empty(dir);
        org.bulletinarchive.testsupport.Trees.copy(Samples.CONTENT, dir.resolve("content"));
        // the originals the content names (source.N=raw/…)
        org.bulletinarchive.testsupport.Trees.copy(Samples.PROJECT.resolve("raw"), dir.resolve("raw"));
        return p;
    }

    /** The project's templates and assets with no content yet. */
    static FixtureProject empty(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.copy(Samples.PROJECT.resolve("jbake.properties"), dir.resolve("jbake.properties"), StandardCopyOption.REPLACE_EXISTING);
        org.bulletinarchive.testsupport.Trees.copy(Samples.PROJECT.resolve("templates"), dir.resolve("templates"));
        org.bulletinarchive.testsupport.Trees.copy(Samples.PROJECT.resolve("assets"), dir.resolve("assets"));
        Files.createDirectories(dir.resolve("content"));
        return new FixtureProject(dir);
    }

    /** Imports a raw bulletin text (the sample, edited) into this project's content. */
    FixtureProject importRaw(String name, String raw) throws Exception {
        Path file = root.resolve(name);
        Files.writeString(file, raw);
        new Importer(Gazetteer.standard()).importFile(file, root.resolve("content"), false);
        return this;
    }

    Path content(String relative) {
        return root.resolve("content").resolve(relative);
    }

    SiteBuilder.Result build() throws IOException {
        return new SiteBuilder(root, line -> { }).build(site());
    }

    Path site() {
        return root.resolve("out/site");
    }
}
