package org.bulletinarchive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bulletinarchive.load.ContentLoader;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.Gazetteer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/** Paths of the project's own sample data, for tests (the tests run in the project folder). */
public final class Samples {

    public static final Path PROJECT = Path.of("").toAbsolutePath();
    public static final Path RAW_17 = PROJECT.resolve("raw/2023-17.txt");
    public static final Path CONTENT = PROJECT.resolve("content");

    /** The 19 places of 第17期, in printed order. */
    public static final List<String> PLACES_17 = List.of("北京", "上海", "广东", "粤港澳大湾区", "广州", "深圳", "佛山", "东莞", "海南",
            "长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "张家界", "益阳", "郴州");

    private Samples() {
    }

    public static String raw17() throws Exception {
        return Files.readString(RAW_17);
    }

    /** Loads a content folder the way the build does (JBake's parser, then the typed model). */
    public static List<Bulletin> load(Path content) throws Exception {
        Path project = Files.createTempDirectory("site");
        Files.copy(PROJECT.resolve("jbake.properties"), project.resolve("jbake.properties"));
        JBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(project.toFile(), project.resolve("out").toFile(), false);
        ((org.jbake.app.configuration.DefaultJBakeConfiguration) config).setContentFolder(content.toFile());
        return new ContentLoader(config, Gazetteer.standard()).load();
    }
}
