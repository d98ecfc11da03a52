package org.bulletinarchive.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.bulletinarchive.model.Gazetteer;
import org.bulletinarchive.model.Place;
import org.bulletinarchive.search.SampleBulletinSite;

/**
 * Writes the content files of a deterministic synthetic archive (seed 17) into a fixture project: issues of the
 * first series spread evenly over the years up to 2024, each with a fixed number of entries in three sections.
 * The first entry of every issue is on 长沙, so one subject has an entry in every issue (the largest subject page
 * possible at one entry per issue); a third of the rest are on the 14 prefectures of 湖南, the others on any place
 * or department of the gazetteer (about 3,600, so most of them occur). Texts are drawn from the sentences of
 * raw/2023-17.txt, 3 to 10 per entry, as long as the sample's entries.
 *
 * <p>{@code main} builds one (arguments {@code issues entriesPerIssue years}, default 800 12 20) and prints the largest pages:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-cp.txt) org.bulletinarchive.site.SyntheticContent
 * </pre>
 */
final class SyntheticContent {

    static final String SERIES = "永州市打好优化发展环境持久仗 工作专报";
    static final String[] SECTIONS = {"【一线城市战略学习】", "【粤港澳大湾区先进做法】", "【省内市州战术推进】"};
    static final int LAST_YEAR = 2024;

    private SyntheticContent() {
    }

    /** Writes {@code issues} issues of {@code perIssue} entries, over {@code years} years ending in 2024, into the project's content. */
    static void write(FixtureProject project, int issues, int perIssue, int years) throws IOException {
        List<String> sentences = sentences();
        List<Place> everywhere = new ArrayList<>(Gazetteer.standard().places());
        everywhere.sort(Comparator.comparing(Place::slug));
        List<Place> hunan = everywhere.stream().filter(p -> Place.PREFECTURE.equals(p.kind()) && "hunan".equals(p.group())).toList();
        Place changsha = Gazetteer.standard().bySlug("changsha").orElseThrow();
        Random random = new Random(17);
        int perYear = (issues + years - 1) / years;
        int number = 0;
        int year = LAST_YEAR - years + 1;
        for (int i = 0; i < issues; i++) {
            int y = LAST_YEAR - years + 1 + i / perYear;
            if (y != year) {
                year = y;
                number = 0;
            }
            number++;
            // spread the year's issues over its days, in order
            LocalDate date = LocalDate.of(y, 1, 1).plusDays((long) (number - 1) * 360 / perYear);
            Path folder = project.content("issues/" + y + "/" + number);
            Files.createDirectories(folder);
            StringBuilder index = new StringBuilder();
            index.append("title=").append(SERIES).append(" 第").append(number).append("期\n")
                    .append("type=issue\nstatus=published\ndate=").append(date).append('\n')
                    .append("series=").append(SERIES).append("\nseriesSlug=yongzhou-zhuanbao\n")
                    .append("issue=").append(number).append("\nissueText=第 ").append(number).append(" 期\n")
                    .append("issuer=市打好优化发展环境持久仗工作专班\n")
                    .append("dateText=").append(date.getYear()).append(" 年 ").append(date.getMonthValue()).append(" 月 ")
                    .append(date.getDayOfMonth()).append(" 日\n");
            for (int s = 0; s < SECTIONS.length; s++) {
                index.append("section.").append(s + 1).append('=').append(SECTIONS[s]).append('\n');
            }
            index.append("entries=").append(perIssue).append("\n~~~~~~\n\n编者按：").append(text(sentences, random, 2)).append('\n');
            Files.writeString(folder.resolve("index.md"), index);
            List<String> used = new ArrayList<>();
            for (int order = 1; order <= perIssue; order++) {
                Place place = order == 1 ? changsha : random.nextInt(3) == 0 ? hunan.get(random.nextInt(hunan.size()))
                        : everywhere.get(random.nextInt(everywhere.size()));
                if (used.contains(place.slug())) {
                    place = everywhere.get(random.nextInt(everywhere.size()));
                }
                used.add(place.slug());
                String entry = "title=" + place.name() + " · 第" + number + "期\ntype=entry\nstatus=published\ndate=" + date + "\n"
                        + "issue=" + number + "\norder=" + order + "\nsection=" + SECTIONS[(order - 1) * SECTIONS.length / perIssue] + "\n"
                        + "city=" + place.name() + "\ncitySlug=" + place.slug() + "\ncityGroup=" + place.group() + "\n"
                        + "cityKind=" + place.kind() + "\n" + (place.parent().isBlank() ? "" : "cityParent=" + place.parent() + "\n")
                        + (place.code().isBlank() ? "" : "cityCode=" + place.code() + "\n")
                        + "~~~~~~\n\n" + place.name() + text(sentences, random, 3 + random.nextInt(8)) + "\n";
                Files.writeString(folder.resolve("%02d-%s.md".formatted(order, place.slug())), entry);
            }
        }
    }

    private static String text(List<String> sentences, Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < count; s++) {
            text.append(sentences.get(random.nextInt(sentences.size())));
        }
        return text.toString();
    }

    private static List<String> sentences() {
        List<String> out = new ArrayList<>();
        for (String p : SampleBulletinSite.paragraphs()) {
            if (p.startsWith("【")) {
                continue;
            }
            for (String s : p.split("(?<=[。；！？])")) {
                if (s.strip().length() >= 6) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    /** The HTML pages of a built site by size, largest first (path relative to the site → bytes). */
    static List<Map.Entry<String, Long>> pagesBySize(Path site) throws IOException {
        List<Map.Entry<String, Long>> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                out.add(Map.entry(site.relativize(p).toString().replace('\\', '/'), Files.size(p)));
            }
        }
        out.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        return out;
    }

    /** Builds a synthetic archive (default 800 issues × 12 entries over 20 years) and prints the ten largest pages. */
    public static void main(String[] args) throws Exception {
        int issues = args.length > 0 ? Integer.parseInt(args[0]) : 800;
        int perIssue = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        int years = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path dir = Files.createTempDirectory("synthetic-archive");
        FixtureProject project = FixtureProject.empty(dir);
        write(project, issues, perIssue, years);
        long start = System.nanoTime();
        SiteBuilder.Result result = new SiteBuilder(project.root, System.out::println).build(project.site());
        System.out.printf("%d issues, %d entries, %d subjects, %d pages in %d ms; largest pages:%n", result.issues(), result.entries(),
                result.subjects(), result.pages(), (System.nanoTime() - start) / 1_000_000);
        pagesBySize(project.site()).stream().limit(15).forEach(e -> System.out.printf("  %8.1f KB  %s%n", e.getValue() / 1024.0, e.getKey()));
        System.out.println("site: " + project.site());
    }
}
