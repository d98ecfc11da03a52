package org.bulletinarchive.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs the built site into a zip for offline reading (unzip, open index.html). Entries are
 * sorted and carry a fixed time, so the same site always gives the same bytes.
 */
public final class SiteZip {

    private static final FileTime FIXED_TIME = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));

    private SiteZip() {
    }

    /**
     * Writes {@code zip} with every file of {@code site} under the folder name {@code top}. The file is
     * written in place: callers write to a name of their own and rename it when whole (SiteSwap does).
     */
    public static int write(Path site, Path zip, String top) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        // buffered: the zip stream writes each entry's header and data in small pieces
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(zip), 1 << 16); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Path file : files) {
                ZipEntry entry = new ZipEntry(top + "/" + site.relativize(file).toString().replace('\\', '/'));
                entry.setLastModifiedTime(FIXED_TIME);
                entry.setCreationTime(FIXED_TIME);
                entry.setLastAccessTime(FIXED_TIME);
                z.putNextEntry(entry);
                Files.copy(file, z);
                z.closeEntry();
            }
        }
        return files.size();
    }
}
