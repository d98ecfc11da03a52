package org.bulletinarchive.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bulletinarchive.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code build}: bakes the content files into the static site, its offline zip and its war. */
@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Builds the website, its zip for offline reading and its war for Tomcat.", "",
                "Bakes content/ with templates/ and assets/ into the site folder: destination.folder in jbake.properties, "
                        + "target/site-archive unless set. Packs the site into <site>.zip to read offline, and into "
                        + "<site>.war for Tomcat or TongWeb. The last site, zip and war are replaced together, and only "
                        + "when the whole build has passed, link check included.",
                "",
                "A rebuild renders only the pages whose content changed; --clean builds every page again. "
                        + "The site folder is replaced whole, so it must be one a build made, or empty; "
                        + "never the project or one of its folders such as content/."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar target/bulletin-archive.jar build",
                "  java -jar target/bulletin-archive.jar build --clean --quiet",
                "  java -jar target/bulletin-archive.jar build --base-url https://oa.example/jb/"})
public final class BuildCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "the folder to write the site to, replaced whole. Default: destination.folder.")
    Path out;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "the project folder, with jbake.properties, content/, templates/ and assets/. Default: the current folder.")
    Path source;

    @Option(names = "--clean", description = "build every page again, not only those whose content changed since the last build.")
    boolean clean;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "the address the site is published at, such as https://intranet.example/bulletins/. "
                    + "Overrides site.host; when empty, site.host applies. Used for canonical addresses, the sitemap, "
                    + "feed links and QR codes; links between pages stay relative.")
    String baseUrl;

    @Option(names = "--quiet", description = "print only the summary line, warnings and errors, not each stage.")
    boolean quiet;

    @Option(names = "--gzip", description = "also write X.gz beside every HTML, CSS, JS, XML, SVG and JSON file, for nginx's gzip_static; site.gzip=true in jbake.properties does the same.")
    boolean gzip;

    @Override
    public Integer call() throws Exception {
        try (Progress progress = Progress.start(quiet)) {
            Progress.BuildStages stages = new Progress.BuildStages(progress);
            SiteBuilder builder = new SiteBuilder(source, stages);
            stages.pages(builder::pagesRendered);
            SiteBuilder.Result result = builder.baseUrl(baseUrl).gzip(gzip).build(out, clean);
            progress.done(summary(result, progress.elapsed()));
        }
        return 0;
    }

    /** The one line a build ends with: what was built, where, how long it took. */
    static String summary(SiteBuilder.Result result, String elapsed) {
        return "built " + Words.count(result.pages(), "page") + (result.incremental() ? ", " + result.rendered() + " of them rendered again" : "")
                + " (" + Words.count(result.issues(), "issue") + ", " + Words.count(result.entries(), "entry") + ", "
                + Words.count(result.subjects(), "subject") + ") into " + shown(result.site()) + ", its .zip and .war in " + elapsed;
    }

    /** A path as the editor typed it: relative to the current folder when it lies below it. */
    static String shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString() : path.toString();
    }
}
