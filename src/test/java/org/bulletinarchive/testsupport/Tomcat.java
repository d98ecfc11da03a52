package org.bulletinarchive.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Tomcat (Debian's tomcat10 package; .ci/run installs it) with a CATALINA_BASE of its own in a temporary
 * folder: Debian's default conf (the global web.xml with the DefaultServlet, context.xml, catalina.properties), a
 * server.xml with one HTTP connector on a free port of 127.0.0.1 and no shutdown port, and the war deployed as
 * {@code webapps/<context>.war}, as an administrator would drop it there; /favicon.ico at the server root is an
 * empty file. Tomcat runs as a child process and is
 * stopped by {@link #close()}.
 *
 * <pre>
 * try (Tomcat tomcat = Tomcat.deploy(Path.of("target/site-archive.war"), "bulletins")) {
 *     driver.get(tomcat.url("search.html"));
 * }
 * </pre>
 */
public final class Tomcat implements AutoCloseable {

    /** Debian's CATALINA_HOME; override with -Dtomcat.home=... */
    public static final Path HOME = Path.of(System.getProperty("tomcat.home", "/usr/share/tomcat10"));

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path base;
    private final int port;
    private final String context;

    private Tomcat(Process process, Path base, int port, String context) {
        this.process = process;
        this.base = base;
        this.port = port;
        this.context = context;
    }

    /** Whether Tomcat is installed. */
    public static boolean available() {
        return Files.isRegularFile(HOME.resolve("bin/bootstrap.jar")) && Files.isRegularFile(HOME.resolve("etc/web.xml"));
    }

    /** Deploys {@code war} under the context path /{@code context}/; returns once the application answers. */
    public static Tomcat deploy(Path war, String context) {
        if (!available()) {
            throw new IllegalStateException("Tomcat is not installed in " + HOME + " (apt-get install tomcat10; .ci/run does)");
        }
        try {
            Path base = Files.createTempDirectory("tomcat-base");
            for (String dir : List.of("conf", "logs", "temp", "work", "webapps")) {
                Files.createDirectories(base.resolve(dir));
            }
            for (String file : List.of("web.xml", "context.xml", "catalina.properties", "logging.properties")) {
                Files.copy(HOME.resolve("etc").resolve(file), base.resolve("conf").resolve(file));
            }
            int port = ServerProcesses.freeLoopbackPort();
            Files.writeString(base.resolve("conf/server.xml"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Server port="-1" shutdown="SHUTDOWN">
                      <Service name="Catalina">
                        <Connector address="127.0.0.1" port="%d" protocol="HTTP/1.1" connectionTimeout="20000"/>
                        <Engine name="Catalina" defaultHost="localhost">
                          <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false" deployOnStartup="true"/>
                        </Engine>
                      </Service>
                    </Server>
                    """.formatted(port));
            Files.copy(war, base.resolve("webapps").resolve(context + ".war"));
            // the server root is not the archive's to provide, but browsers ask it for /favicon.ico and log the 404
            // as a console error: an empty one, as Nginx answers 204
            Files.createDirectories(base.resolve("webapps/ROOT"));
            Files.createFile(base.resolve("webapps/ROOT/favicon.ico"));
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dcatalina.home=" + HOME, "-Dcatalina.base=" + base, "-Djava.io.tmpdir=" + base.resolve("temp"),
                    "-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager",
                    "-Djava.util.logging.config.file=" + base.resolve("conf/logging.properties")));
            // what catalina.sh passes on Java 17, so that Tomcat's leak prevention does not log warnings
            for (String open : List.of("java.base/java.lang", "java.base/java.lang.reflect", "java.base/java.io", "java.base/java.util",
                    "java.base/java.util.concurrent", "java.rmi/sun.rmi.transport")) {
                command.add("--add-opens=" + open + "=ALL-UNNAMED");
            }
            command.addAll(List.of("-classpath", HOME.resolve("bin/bootstrap.jar") + ":" + HOME.resolve("bin/tomcat-juli.jar"),
                    "org.apache.catalina.startup.Bootstrap", "start"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(base.resolve("logs/stdout.log").toFile()).start();
            Tomcat tomcat = new Tomcat(process, base, port, context);
            tomcat.awaitApplication();
            return tomcat;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of a path inside the application, e.g. url("search.html?q=x"); url("") is its root. */
    public String url(String path) {
        return "http://127.0.0.1:" + port + "/" + context + "/" + path;
    }

    /** What Tomcat wrote to its console so far (start-up, deployment, errors). */
    public String log() {
        try {
            return Files.readString(base.resolve("logs/stdout.log"));
        } catch (IOException e) {
            return "";
        }
    }

    private void awaitApplication() throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Tomcat exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url(""))).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the connector is not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        close();
        throw new IOException("Tomcat did not answer at " + url("") + " within " + START_TIMEOUT.toSeconds() + " s:\n" + log());
    }

    /** Stops Tomcat (SIGTERM runs its shutdown hook, which undeploys and closes the connector) and deletes its CATALINA_BASE. */
    @Override
    public void close() {
        ServerProcesses.stop(process, Duration.ofSeconds(20), base);
    }
}
