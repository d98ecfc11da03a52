package org.bulletinarchive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bulletinarchive.importer.Importer;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.view.SiteModel;
import org.bulletinarchive.view.Views.EntryRef;
import org.bulletinarchive.view.Views.EntryView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How many item pages a new issue changes through their 在其他地方 lists: the 1,000-entry archive of bench/run.sh,
 * read with and without its newest bulletin, the lists of the items both hold compared. The figure is in docs/performance.md.
 */
class SimilarListsAfterNewIssueTest {

    static final int ENTRIES = 1000;
    /** A new issue of ten items (as here) may change the lists of this many older items: a few per item it adds. */
    static final int CHANGED_PAGES_BOUND = 60;

    @TempDir
    Path dir;

    @Test
    void aNewIssueChangesTheListsOfFewItemPages() throws Exception {
        Path resources = Path.of("src/main/resources");
        List<SyntheticArchive.Bulletin> plan = SyntheticArchive.plan(ENTRIES, SyntheticArchive.sentences(Path.of("raw/2023-17.txt")),
                SyntheticArchive.places(resources), SyntheticArchive.names(resources));
        SyntheticArchive.writeRaw(plan, dir);
        Importer importer = new Importer(Gazetteer.standard());
        List<Bulletin> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path raw : files.sorted(Comparator.comparing(SimilarListsAfterNewIssueTest::issueKey)).toList()) {
                all.add(importer.read(raw));
            }
        }
        Map<String, List<String>> before = lists(SiteModel.of(all.subList(0, all.size() - 1), Gazetteer.standard()));
        Map<String, List<String>> after = lists(SiteModel.of(all, Gazetteer.standard()));
        long changed = before.keySet().stream().filter(url -> !before.get(url).equals(after.get(url))).count();
        String newFolder = all.get(all.size() - 1).entries().get(0).folder() + "/";
        long gotANewItem = before.keySet().stream().filter(url -> !before.get(url).equals(after.get(url)))
                .filter(url -> after.get(url).stream().anyMatch(u -> u.startsWith(newFolder))).count();
        long withList = after.values().stream().filter(l -> !l.isEmpty()).count();
        int added = all.get(all.size() - 1).entries().size();
        System.out.printf("在其他地方: %d of %d item pages have a list; adding the newest issue (%d items) changes the list of %d older"
                + " item pages, %d of them by listing a new item%n", withList, after.size(), added, changed, gotANewItem);
        assertThat(withList).as("items with a list").isGreaterThan(after.size() / 2);
        assertThat(changed).as("older item pages whose list changes").isLessThanOrEqualTo(CHANGED_PAGES_BOUND);
    }

    /** Raw bulletins are named <year>-<number>.txt: oldest first. */
    private static long issueKey(Path raw) {
        String[] parts = raw.getFileName().toString().replace(".txt", "").split("-");
        return Long.parseLong(parts[0]) * 1000 + Long.parseLong(parts[1]);
    }

    private static Map<String, List<String>> lists(SiteModel model) {
        Map<String, List<String>> lists = new HashMap<>();
        for (EntryView e : model.entries()) {
            lists.put(e.url(), e.elsewhere().stream().map(EntryRef::url).toList());
        }
        return lists;
    }
}
