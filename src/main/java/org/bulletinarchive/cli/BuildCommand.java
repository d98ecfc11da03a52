package org.bulletinarchive.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bulletinarchive.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code build}: bakes the content files into the static site, its offline zip and its war. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Bakes content/ with the templates/ and assets/ into a static site (default: destination.folder",
                "of jbake.properties, target/site-archive), packs it into <site>.zip for offline reading and into <site>.war for",
                "Tomcat or TongWeb. The previous site, zip and war are only replaced, together, when the whole build, link check included, succeeds.",
                "A rebuild renders and writes only the pages whose content changed (the result is the same as a full build);",
                "--clean builds everything.",
                "The output folder is replaced whole, so it must be one the build made (it holds .bulletin-archive-site) or empty,",
                "never the project or its content/, templates/, assets/, raw/ or src/; one build at a time writes it."})
public final class BuildCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "folder to write the site to, replaced whole (default: destination.folder)")
    Path out;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".", description = "project folder with jbake.properties, content/, templates/, assets/ (default: current folder)")
    Path source;

    @Option(names = "--clean", description = "build every page again instead of only those whose content changed since the last build")
    boolean clean;

    @Option(names = "--base-url", paramLabel = "URL", description = {"absolute address the site is published at, e.g. https://intranet.example/bulletins/",
            "(overrides site.host; empty: site.host applies). Used for canonical and og: URLs, the sitemap, feed links and QR codes;",
            "every link between pages stays relative."})
    String baseUrl;

    @Option(names = "--gzip", description = {"also write X.gz beside every HTML, CSS, JS, XML, SVG and JSON file, for nginx's gzip_static",
            "(as site.gzip=true in jbake.properties does)"})
    boolean gzip;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        // stage lines go to standard output, warnings to standard error with the errors
        SiteBuilder.Result result = new SiteBuilder(source, line -> (line.startsWith("warning: ") ? System.err : System.out).println(line))
                .baseUrl(baseUrl).gzip(gzip).build(out, clean);
        System.out.printf("built %d pages%s (%d issues, %d entries, %d cities) into %s, %s and %s in %d ms%n",
                result.pages(), result.incremental() ? ", " + result.rendered() + " of them rendered again" : "",
                result.issues(), result.entries(), result.cities(), result.site(), result.zip(), result.war(),
                (System.nanoTime() - start) / 1_000_000);
        return 0;
    }
}
