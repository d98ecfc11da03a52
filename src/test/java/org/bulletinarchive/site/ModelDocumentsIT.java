package org.bulletinarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bulletinarchive.Samples;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.search.SearchDocument;
import org.bulletinarchive.search.SearchDocumentReader;
import org.bulletinarchive.view.ModelDocuments;
import org.bulletinarchive.view.SiteModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index is built from the model; what it indexes is exactly what the rendered pages show. */
class ModelDocumentsIT {

    @TempDir
    Path tmp;

    private static void assertSameDocuments(FixtureProject project) throws Exception {
        project.build();
        List<Bulletin> bulletins = Samples.load(project.root.resolve("content"));
        List<SearchDocument> fromModel = ModelDocuments.of(SiteModel.of(bulletins, Gazetteer.standard(), Map.of()));
        List<SearchDocument> fromPages = SearchDocumentReader.read(project.site());
        assertThat(fromModel).hasSameSizeAs(fromPages);
        for (int i = 0; i < fromPages.size(); i++) {
            assertThat(fromModel.get(i)).as(fromPages.get(i).url()).isEqualTo(fromPages.get(i));
        }
    }

    @Test
    void theSampleIndexedFromItsModelEqualsWhatItsPagesShow() throws Exception {
        assertSameDocuments(FixtureProject.withCommittedContent(tmp.resolve("sample")));
    }

    @Test
    void twoSeriesWithHeadlinesCountiesAndDepartmentsIndexedFromTheModelEqualWhatThePagesShow() throws Exception {
        assertSameDocuments(SeveralSeriesSiteIT.twoSeries(tmp.resolve("two")));
    }
}
