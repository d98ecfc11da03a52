package org.bulletinarchive.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.model.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One series per masthead title, however the title's lines were laid out. */
class SeriesCatalogTest {

    @TempDir
    Path tmp;

    @Test
    void findsTheSeriesOfATitleWhateverSpacesItsLayoutLeftInIt() {
        SeriesCatalog catalog = SeriesCatalog.empty();
        Series first = catalog.resolve("永州市打好优化发展环境持久仗 工作简报", "yongzhou-jianbao");
        catalog.register(first);
        for (String sameTitle : new String[] {"永州市打好优化发展环境持久仗工作简报", "永州市打好优化发展环境持久仗　工作简报", " 永州市打好优化发展环境持久仗  工作简报"}) {
            assertThat(catalog.resolve(sameTitle, "yongzhou-jianbao")).as(sameTitle).isSameAs(first);
        }
        assertThat(first.name()).isEqualTo("永州市打好优化发展环境持久仗 工作简报");
        Series other = catalog.resolve("永州市打好优化发展环境持久仗 工作专报", "yongzhou-jianbao");
        assertThat(other.slug()).isEqualTo("yongzhou-jianbao-2");
    }

    @Test
    void findsTheSeriesOfAnArchiveUnderTheNameItWasFirstImportedWith() throws Exception {
        Path index = tmp.resolve("content/issues/2024/3307/index.md");
        Files.createDirectories(index.getParent());
        Files.writeString(index, "title=常德市打造内陆地区改革开放高地 工作简报 第3307期\ntype=issue\nseries=常德市打造内陆地区改革开放高地 工作简报\n"
                + "seriesSlug=changde-jianbao\n~~~~~~\n");
        SeriesCatalog catalog = new SeriesCatalog(tmp.resolve("content"));
        Series series = catalog.resolve("常德市打造内陆地区改革开放高地工作简报", "changde-jianbao");
        assertThat(series).isEqualTo(new Series("changde-jianbao", "常德市打造内陆地区改革开放高地 工作简报", Series.PRIMARY_ROOT));
    }

    @Test
    void givesTheSameSlugToTitlesThatDifferOnlyInLayoutSpaces() {
        SeriesNamer namer = new SeriesNamer(Gazetteer.standard());
        assertThat(namer.slugFor("常德市打造内陆地区改革开放高地　工作简报", "")).isEqualTo(namer.slugFor("常德市打造内陆地区改革开放高地工作简报", ""))
                .isEqualTo("changde-jianbao");
    }
}
