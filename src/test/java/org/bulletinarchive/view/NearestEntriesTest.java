package org.bulletinarchive.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bulletinarchive.model.Entry;
import org.bulletinarchive.model.Place;
import org.bulletinarchive.model.Series;
import org.junit.jupiter.api.Test;

class NearestEntriesTest {

    private static Entry entry(int issue) {
        return new Entry(new Series("s", "工作专报", "issues"), issue, LocalDate.of(2023, 1, issue), 1, null,
                new Place("changsha", "长沙", List.of(), Place.PREFECTURE, "hunan"), "", List.of("长沙的经验。"));
    }

    /** Ten entries on one subject, one per issue, newest first (as SiteModel keeps them). */
    private static List<Entry> tenIssues() {
        List<Entry> all = new ArrayList<>();
        for (int n = 10; n >= 1; n--) {
            all.add(entry(n));
        }
        return all;
    }

    private static List<Integer> issues(List<Entry> entries) {
        return entries.stream().map(Entry::issueNumber).toList();
    }

    @Test
    void anEntryListsTheTwoNextIssuesAndThenTheOnesBeforeItNewestFirstAndTheOldestListsTheNextFive() {
        List<Entry> all = tenIssues();
        assertThat(issues(SiteModel.nearest(all, 5))).containsExactly(7, 6, 4, 3, 2);
        assertThat(issues(SiteModel.nearest(all, 0))).containsExactly(9, 8, 7, 6, 5);
        assertThat(issues(SiteModel.nearest(all, 9))).containsExactly(6, 5, 4, 3, 2);
    }

    @Test
    void aNewIssueChangesTheListOnlyOnTheTwoEntriesBeforeIt() {
        List<Entry> before = tenIssues();
        List<Entry> after = new ArrayList<>(before);
        after.add(0, entry(11));
        for (int i = 0; i < before.size(); i++) {
            boolean same = issues(SiteModel.nearest(before, i)).equals(issues(SiteModel.nearest(after, i + 1)));
            assertThat(same).as("issue %d", before.get(i).issueNumber()).isEqualTo(i >= 2);
        }
    }
}
