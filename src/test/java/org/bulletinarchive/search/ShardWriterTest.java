package org.bulletinarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class ShardWriterTest {

    private static final String[][] SUBJECTS = {{"changsha", "长沙"}, {"zhuzhou", "株洲"}, {"xiangtan", "湘潭"},
            {"hengyang", "衡阳"}, {"shaoyang", "邵阳"}, {"yueyang", "岳阳"}, {"changde", "常德"}, {"yiyang", "益阳"}};

    /** {@code entries} entries of 3 to 10 sentences of the sample bulletin, 19 to an issue, as the search benchmark makes them. */
    static List<SearchDocument> archive(int entries) {
        List<String> sentences = new ArrayList<>();
        for (String p : SampleBulletinSite.paragraphs()) {
            for (String s : p.split("(?<=[。；！？])")) {
                if (s.strip().length() >= 6) {
                    sentences.add(s.strip());
                }
            }
        }
        Random random = new Random(17);
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            int issueIndex = i / 19;
            int year = 2023 - issueIndex / 24;
            int issue = 24 - issueIndex % 24;
            String[] subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            StringBuilder text = new StringBuilder(subject[1]);
            for (int s = 3 + random.nextInt(8); s > 0; s--) {
                text.append(sentences.get(random.nextInt(sentences.size())));
            }
            docs.add(new SearchDocument("issues/%d/%02d/%02d-%s.html".formatted(year, issue, i % 19 + 1, subject[0]),
                    subject[1] + "：" + text.substring(subject[1].length(), subject[1].length() + 12), subject[1], subject[0],
                    "zhuanbao", "工作专报", issue, year, "%d-%02d-01".formatted(year, 1 + (issue - 1) / 2), "省内", text.toString()));
        }
        return docs;
    }

    @Test
    void keepsTenThousandEntriesInAtMostTwelveHundredFilesOfAtMostFortyKilobytes() {
        TreeMap<String, byte[]> files = ShardWriter.files(IndexBuilder.build(archive(10_000)));
        assertThat(files).hasSizeLessThanOrEqualTo(1200);
        Map.Entry<String, byte[]> largest = Collections.max(files.entrySet(), Map.Entry.comparingByValue((a, b) -> a.length - b.length));
        assertThat(largest.getValue().length).as(largest.getKey()).isLessThanOrEqualTo(40 * 1024);
        long groups = files.keySet().stream().filter(f -> f.startsWith("d/")).count();
        long biggestGroup = files.entrySet().stream().filter(f -> f.getKey().startsWith("d/")).mapToLong(f -> f.getValue().length).max().orElseThrow();
        // a shown result costs its whole group: a group stays near 10 KB
        assertThat(biggestGroup).isLessThanOrEqualTo(12 * 1024);
        assertThat(groups).isGreaterThan(400);
    }

    @Test
    void keepsTheGroupCountBoundedAsTheArchiveGrowsTenfold() {
        List<SearchDocument> tenThousand = archive(10_000);
        List<SearchDocument> hundredThousand = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            hundredThousand.addAll(tenThousand);
        }
        int small = ShardWriter.groups(tenThousand, ShardWriter.Layout.DEFAULT).size();
        int large = ShardWriter.groups(hundredThousand, ShardWriter.Layout.DEFAULT).size();
        assertThat(large).isLessThanOrEqualTo(ShardWriter.Layout.DEFAULT.maxGroups()).isLessThan(2 * small);
    }

    @Test
    void startsEveryGroupWhereTheDocsBeforeItSaySoThatANewIssueOnlyAppends() {
        List<SearchDocument> docs = archive(2_000);
        List<int[]> before = ShardWriter.groups(docs.subList(0, 1_981), ShardWriter.Layout.DEFAULT);
        List<int[]> after = ShardWriter.groups(docs, ShardWriter.Layout.DEFAULT);
        for (int g = 0; g < before.size() - 1; g++) {
            assertThat(after.get(g)).isEqualTo(before.get(g));
        }
        assertThat(after.get(before.size() - 1)[0]).isEqualTo(before.get(before.size() - 1)[0]);
        assertThat(after.get(after.size() - 1)[1]).isEqualTo(2_000);
    }
}
