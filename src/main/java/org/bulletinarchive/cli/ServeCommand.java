package org.bulletinarchive.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.bulletinarchive.errors.ArchiveException;
import org.bulletinarchive.files.FolderLock;
import org.bulletinarchive.preview.Preview;
import org.bulletinarchive.publish.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the site in the browser while the editor works on it, built again at every save. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Shows the website in your browser while you work on it.", "",
                "Builds the site into a preview folder, target/preview unless --out is given, and serves it to this "
                        + "computer only. When you save a file in content/, templates/, assets/ or raw/, or jbake.properties, "
                        + "the site is built again and the open pages reload. A mistake is shown in the browser over the "
                        + "last good site, and here. The site you publish is made by build, not by serve. "
                        + "Press Ctrl-C to stop."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar target/bulletin-archive.jar serve",
                "  java -jar target/bulletin-archive.jar serve --port 8821"})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8820", description = "the port to serve on, at 127.0.0.1. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "the project folder, with jbake.properties and content/. Default: the current folder.")
    Path source;

    @Option(names = "--out", paramLabel = "DIR", description = "the folder to build the preview into, replaced whole. Default: target/preview.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new ArchiveException("", 0, "--port " + port + " is not a port; use a number from 1024 to 65535, e.g. --port 8820.");
        }
        Path site = out != null ? out : Preview.defaultSite(source);
        Preview preview = new Preview(source, site, System.out::println);
        URI address = preview.serve(port);
        preview.watch();
        try (Progress progress = Progress.start(false)) {
            Progress.BuildStages stages = new Progress.BuildStages(progress);
            Preview.Outcome first = preview.build(stages, stages::pages);
            if (first.passed()) {
                progress.done(BuildCommand.summary(first.result(), progress.elapsed()).replaceFirst(", its .zip and .war", ""));
            } else {
                progress.close();
                // a folder the preview may not write to, or that another preview is writing: there is nothing to serve
                for (ArchiveException problem : first.problems()) {
                    if (problem instanceof OutputFolder.OutputFolderException || problem instanceof FolderLock.LockedException) {
                        preview.close();
                        throw problem;
                    }
                }
                preview.problems(first.problems());
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            System.out.println();
            System.out.println("stopped the preview.");
        }, "preview-stop"));
        System.out.println("Open " + address + " in your browser. Ctrl-C here stops the preview.");
        // the shutdown hook stops the preview; until then this thread has nothing more to do
        new CountDownLatch(1).await();
        return 0;
    }
}
