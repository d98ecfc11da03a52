package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bulletinarchive.errors.ArchiveException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zip and war beside the site are the build's alone: a user's own archive of the same name is never written over. */
class OutputBesideSiteIT {

    @Test
    void aUsersOwnZipBesideTheOutputFolderIsNeverWrittenOver(@TempDir Path tmp) throws Exception {
        FixtureProject p = FixtureProject.withCommittedContent(tmp.resolve("p"));
        Path out = tmp.resolve("backup");
        Path zip = tmp.resolve("backup.zip");
        // the user's own backup, a zip of a folder that happens to be named as the output folder
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("backup/notes.txt"));
            z.write("my notes".getBytes());
            z.closeEntry();
        }
        byte[] before = Files.readAllBytes(zip);
        assertThatThrownBy(() -> new SiteBuilder(p.root, line -> { }).build(out)).isInstanceOf(ArchiveException.class)
                .hasMessageContaining("backup.zip exists and is not a zip the build made of this site");
        assertThat(Files.readAllBytes(zip)).isEqualTo(before);
        assertThat(out).doesNotExist();

        // a zip the build made is replaced by the next build
        Files.delete(zip);
        new SiteBuilder(p.root, line -> { }).build(out);
        new SiteBuilder(p.root, line -> { }).build(out, true);
        assertThat(zip).isRegularFile();
    }
}
