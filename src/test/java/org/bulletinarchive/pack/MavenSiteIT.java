package org.bulletinarchive.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bulletinarchive.Samples;
import org.bulletinarchive.site.SiteBuildIT;
import org.bulletinarchive.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `mvn site-deploy` publishes the archive as the project's site: run here as a user would, with the Maven of
 * this run, in the project folder, to a file: URL given on the command line.
 */
class MavenSiteIT {

    private static final Path BUILT_SITE = Samples.PROJECT.resolve("target/site-archive");

    @Test
    void siteDeployPublishesTheArchiveAndNoMavenReportsToTheUrlGivenOnTheCommandLine(@TempDir Path tmp) throws Exception {
        assertThat(BUILT_SITE.resolve("index.html")).as("the site is built by `mvn package` before this test").isRegularFile();
        Path deployed = tmp.resolve("srv/www/bulletins");
        Path log = Samples.PROJECT.resolve("target/maven-site-it.log");
        List<String> command = List.of(mavenCommand(), "-B", "--no-transfer-progress",
                "-Dmaven.repo.local=" + System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository"),
                // the site lifecycle runs no tests; this keeps it so, whatever is bound to it later
                "-DskipTests",
                "-Dsite.deploy.url=" + deployed.toUri(), "site-deploy");
        Process maven = new ProcessBuilder(command).directory(Samples.PROJECT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(maven.waitFor(5, TimeUnit.MINUTES)).as("mvn site-deploy finished within 5 minutes").isTrue();
        assertThat(maven.exitValue()).as("exit code of %s, output in %s:%n%s", command, log, Files.readString(log)).isZero();

        for (String page : List.of("index.html", "issues/2023/17/index.html", "issues/2023/17/10-changsha.html", "search.html", "404.html")) {
            assertThat(deployed.resolve(page)).as(page).isRegularFile();
        }
        assertThat(deployed.resolve("search")).isDirectoryContaining(p -> Files.isDirectory(p));
        for (String report : List.of("project-info.html", "dependencies.html", "summary.html", "css/maven-base.css", "images")) {
            assertThat(deployed.resolve(report)).as("Maven's " + report).doesNotExist();
        }
        // file for file and byte for byte the archive the build bakes into a folder named site, as `mvn site` does into
        // target/site (the folder's name is the offline copy's: download/site.zip, whose top folder is site/)
        Path expected = tmp.resolve("expected/site");
        new SiteBuilder(Samples.PROJECT, line -> { }).build(expected);
        assertThat(deployed.resolve("download/site.zip")).isRegularFile();
        Map<String, String> published = SiteBuildIT.fingerprint(deployed);
        assertThat(published).isEqualTo(SiteBuildIT.fingerprint(expected));
    }

    /** The mvn of the Maven running this build (failsafe passes maven.home), else the one on the PATH. */
    private static String mavenCommand() {
        String home = System.getProperty("maven.home", "");
        Path mvn = Path.of(home, "bin", "mvn");
        return !home.isEmpty() && Files.isExecutable(mvn) ? mvn.toString() : "mvn";
    }
}
