package org.bulletinarchive.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteZipTest {

    @TempDir
    Path dir;

    @Test
    void theTopFolderIsThePlainAsciiNameOfTheSiteFolderElseSiteArchive() {
        assertThat(SiteZip.topFolder("site-archive")).isEqualTo("site-archive");
        assertThat(SiteZip.topFolder("bulletins_2024.v2")).isEqualTo("bulletins_2024.v2");
        assertThat(SiteZip.topFolder("专报档案")).isEqualTo("site-archive");
        assertThat(SiteZip.topFolder("my site")).isEqualTo("site-archive");
        assertThat(SiteZip.topFolder(".hidden")).isEqualTo("site-archive");
    }
}
