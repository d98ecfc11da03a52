package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletinarchive.files.Parallel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build uses every core, and its output is the same bytes as a build on one. */
class ParallelBuildIT {

    @TempDir
    Path tmp;

    @AfterEach
    void restoreThreads() {
        System.clearProperty(Parallel.THREADS_PROPERTY);
    }

    private SiteBuilder.Result buildWith(int threads, String name) throws Exception {
        System.setProperty(Parallel.THREADS_PROPERTY, Integer.toString(threads));
        FixtureProject project = SeveralSeriesSiteIT.twoSeries(tmp.resolve(name));
        return project.build();
    }

    @Test
    void aBuildOnFourThreadsIsByteIdenticalToABuildOnOne() throws Exception {
        SiteBuilder.Result one = buildWith(1, "one");
        SiteBuilder.Result four = buildWith(4, "four");
        assertThat(one.pages()).isGreaterThan(40);
        assertThat(SiteBuildIT.fingerprint(four.site())).isEqualTo(SiteBuildIT.fingerprint(one.site()));
        assertThat(Files.readAllBytes(four.zip())).isEqualTo(Files.readAllBytes(one.zip()));
        assertThat(Files.readAllBytes(four.war())).isEqualTo(Files.readAllBytes(one.war()));
    }
}
