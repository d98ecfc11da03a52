package org.bulletinarchive.files;

import java.nio.file.Path;
import java.time.Duration;

/** A second JVM for LockIT: takes a folder's build lock, says so, and holds it until killed or its input closes. */
public final class LockHolder {

    public static void main(String[] args) throws Exception {
        FolderLock lock = FolderLock.forSite(Path.of(args[0]), args[0], Duration.ofSeconds(5));
        System.out.println("locked");
        System.out.flush();
        while (System.in.read() >= 0) {
            // held until the test kills this process
        }
        lock.close();
    }
}
