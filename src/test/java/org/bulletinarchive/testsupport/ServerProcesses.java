package org.bulletinarchive.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bulletinarchive.files.Folders;

/** What the real servers of the tests (Nginx, Tomcat) share: a free port of 127.0.0.1, and stopping one with its temporary folder. */
final class ServerProcesses {

    private ServerProcesses() {
    }

    /** A port of 127.0.0.1 that was free a moment ago. */
    static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Asks the server to stop (SIGTERM), kills it after {@code grace}, then deletes {@code folder}. */
    static void stop(Process process, Duration grace, Path folder) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Folders.deleteRecursively(folder);
        } catch (IOException ignored) {
            // a leftover temp folder is harmless
        }
    }
}
