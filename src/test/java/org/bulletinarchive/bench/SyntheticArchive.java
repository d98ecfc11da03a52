package org.bulletinarchive.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic synthetic archive for bench/run.sh, written either as raw bulletins (the input of {@code import})
 * or as an equal Hugo site (the same issues, entries and texts as Markdown with front matter). The texts are drawn
 * (seed 17) from the sentences of raw/2023-17.txt; the subjects are Hunan's prefectures (gazetteer.tsv) and
 * county-level divisions (divisions.tsv). Same arguments, same bytes.
 *
 * <pre>
 *   java -cp target/test-classes org.bulletinarchive.bench.SyntheticArchive raw  10000 target/bench/10000/bulletins
 *   java -cp target/test-classes org.bulletinarchive.bench.SyntheticArchive hugo 10000 target/bench/10000/hugo
 * </pre>
 * Run from the project folder (it reads raw/2023-17.txt and src/main/resources/*.tsv). Prints "N entries in M issues".
 */
public final class SyntheticArchive {

    static final long SEED = 17;
    static final int LAST_YEAR = 2025;
    static final String SERIES = "永州市打好优化发展环境持久仗 工作简报";
    static final String ISSUER = "市打好优化发展环境持久仗工作专班";
    static final String[] SECTION_HEADINGS = {"【一线城市战略学习】", "【粤港澳大湾区先进做法】", "【省内市州战术推进】", "【县市区经验交流】",
            "【园区服务一线】", "【政务服务改革】", "【问题整改通报】", "【法治护企】"};
    static final String DISTRIBUTION = "报：省发改委（省优化办），市委、市人大、市政府、市政协领导同志，市政府副秘书长";
    static final String COPIES = "发：市直相关单位、各县市区打好优化发展环境持久仗工作专班";
    static final String PHONE = "联系电话：0746-8358692";
    /** Words after which a place name reads as a zone of it (东安县 + 开发区… is 东安县开发区): SubjectFinder's. */
    static final List<String> ZONE_WORDS = List.of("高新", "经济", "经开", "综合保税", "综保", "工业园", "产业园", "自贸", "开发区", "管理区",
            "示范区", "度假区", "新区", "园区");
    /** Characters after which a place name would read as a longer one (长沙 + 县… = 长沙县). */
    static final String NO_FIRST_CHARS = "县区市州省旗盟";

    record Place(String name, String slug) {
    }

    record Entry(Place place, String text) {
    }

    record Section(String heading, List<Entry> entries) {
    }

    record Bulletin(int year, int number, LocalDate date, String lead, List<Section> sections) {
        int entryCount() {
            return sections.stream().mapToInt(s -> s.entries().size()).sum();
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !(args[0].equals("raw") || args[0].equals("hugo"))) {
            System.err.println("usage: SyntheticArchive raw|hugo ENTRIES OUTPUT-FOLDER");
            System.exit(2);
        }
        int entries = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Path resources = Path.of("src/main/resources");
        List<Bulletin> archive = plan(entries, sentences(Path.of("raw/2023-17.txt")), places(resources), names(resources));
        if (args[0].equals("raw")) {
            writeRaw(archive, out);
        } else {
            writeHugo(archive, out);
        }
        System.out.println(entries + " entries in " + archive.size() + " issues");
    }

    /** The sentences of the sample's lead and entries; paragraphs broken by a page end (加 / 快建设) joined first. */
    static List<String> sentences(Path sample) throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8).replace("\r", "");
        List<String> paragraphs = new ArrayList<>();
        boolean body = false;
        for (String block : text.split("\n\\s*\n")) {
            String p = block.strip().replace("\n", "");
            if (p.startsWith("编者按：")) {
                body = true;
                p = p.substring("编者按：".length());
            }
            if (!body || p.isEmpty() || p.startsWith("【")) {
                continue;
            }
            if (p.startsWith("报：")) {
                break;
            }
            int last = paragraphs.size() - 1;
            if (last >= 0 && "。！？；”）》".indexOf(paragraphs.get(last).charAt(paragraphs.get(last).length() - 1)) < 0) {
                paragraphs.set(last, paragraphs.get(last) + p);
            } else {
                paragraphs.add(p);
            }
        }
        List<String> sentences = new ArrayList<>();
        for (String p : paragraphs) {
            for (String s : p.split("(?<=[。；！？])")) {
                s = s.strip();
                if (s.length() >= 8 && NO_FIRST_CHARS.indexOf(s.charAt(0)) < 0) {
                    sentences.add(s);
                }
            }
        }
        return sentences;
    }

    /** Hunan's prefectures, then its county-level divisions whose full name no other division or place has. */
    static List<Place> places(Path resources) throws IOException {
        List<Place> places = new ArrayList<>();
        Set<String> gazetteerNames = new HashSet<>();
        for (String line : Files.readAllLines(resources.resolve("gazetteer.tsv"), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (line.startsWith("#") || c.length < 5) {
                continue;
            }
            gazetteerNames.add(c[1]);
            gazetteerNames.addAll(List.of(c[2].split("\\|")));
            if (c[3].equals("prefecture") && c[4].equals("hunan")) {
                places.add(new Place(c[1], c[0]));
            }
        }
        List<String[]> divisions = new ArrayList<>();
        Map<String, Integer> nameCount = new HashMap<>();
        for (String line : Files.readAllLines(resources.resolve("divisions.tsv"), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (line.startsWith("#") || c.length < 7) {
                continue;
            }
            divisions.add(c);
            nameCount.merge(c[1], 1, Integer::sum);
        }
        for (String[] c : divisions) {
            if (c[3].equals("county") && c[5].equals("hunan") && nameCount.get(c[1]) == 1 && !gazetteerNames.contains(c[1])) {
                places.add(new Place(c[1], c[4]));
            }
        }
        return places;
    }

    /** Every name and alias of gazetteer.tsv and divisions.tsv: the places a sample sentence may begin with. */
    static Set<String> names(Path resources) throws IOException {
        Set<String> names = new HashSet<>();
        for (String file : List.of("gazetteer.tsv", "divisions.tsv")) {
            for (String line : Files.readAllLines(resources.resolve(file), StandardCharsets.UTF_8)) {
                String[] c = line.split("\t", -1);
                if (!line.startsWith("#") && c.length >= 3) {
                    names.add(c[1]);
                    for (String alias : c[2].split("\\|")) {
                        if (!alias.isEmpty()) {
                            names.add(alias);
                        }
                    }
                }
            }
        }
        return names;
    }

    /**
     * Issues of 10–14 entries (about 12), 20–50 issues a year, in 2–3 sections; years counted back so that the
     * archive ends in {@link #LAST_YEAR}. Four in ten entries are about one of the 14 prefectures, the rest about a
     * county, as in a city's bulletin.
     */
    static List<Bulletin> plan(int entries, List<String> sentences, List<Place> places, Set<String> names) {
        Random random = new Random(SEED);
        List<Place> prefectures = places.subList(0, 14);
        List<Place> counties = places.subList(14, places.size());
        List<Bulletin> archive = new ArrayList<>();
        int left = entries;
        int yearIndex = 0;
        while (left > 0) {
            int issuesThisYear = 20 + random.nextInt(31);
            for (int number = 1; number <= issuesThisYear && left > 0; number++) {
                int count = Math.min(left, 10 + random.nextInt(5));
                left -= count;
                // the date is set below, once the number of years is known
                archive.add(new Bulletin(yearIndex, number, LocalDate.ofYearDay(2001, 1 + (number - 1) * 365 / issuesThisYear),
                        lead(random, sentences), sections(random, count, sentences, prefectures, counties, names)));
            }
            yearIndex++;
        }
        int firstYear = LAST_YEAR - (yearIndex - 1);
        List<Bulletin> dated = new ArrayList<>();
        for (Bulletin b : archive) {
            int year = firstYear + b.year();
            dated.add(new Bulletin(year, b.number(), LocalDate.ofYearDay(year, b.date().getDayOfYear()), b.lead(), b.sections()));
        }
        return dated;
    }

    private static String lead(Random random, List<String> sentences) {
        return paragraph(random, 2 + random.nextInt(2), sentences);
    }

    /** {@code count} different sentences, the last ending in 。 (not ；). */
    private static String paragraph(Random random, int count, List<String> sentences) {
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            int i = random.nextInt(sentences.size());
            if (!chosen.contains(i)) {
                chosen.add(i);
            }
        }
        StringBuilder text = new StringBuilder();
        chosen.forEach(i -> text.append(sentences.get(i)));
        if (text.charAt(text.length() - 1) == '；') {
            text.setCharAt(text.length() - 1, '。');
        }
        return text.toString();
    }

    /**
     * The sentence without the place it began with in the sample (株洲出台… → 出台…, 黄浦区，堵住… → 堵住…), so that
     * the entry's own place is its only subject; kept whole when what is left would begin with 县, 区, 市 ….
     */
    static String withoutSubject(String sentence, Set<String> names) {
        for (int end = Math.min(sentence.length(), 12); end >= 2; end--) {
            if (names.contains(sentence.substring(0, end))) {
                String rest = sentence.substring(end).replaceFirst("^，", "");
                boolean readsAsZone = ZONE_WORDS.stream().anyMatch(rest::startsWith);
                return rest.length() >= 4 && NO_FIRST_CHARS.indexOf(rest.charAt(0)) < 0 && !readsAsZone ? rest : sentence;
            }
        }
        return sentence;
    }

    private static List<Section> sections(Random random, int count, List<String> sentences, List<Place> prefectures, List<Place> counties,
            Set<String> names) {
        int sectionCount = Math.min(count, 2 + random.nextInt(2));
        List<String> headings = new ArrayList<>(List.of(SECTION_HEADINGS));
        Set<Place> used = new HashSet<>();
        List<Section> sections = new ArrayList<>();
        int left = count;
        for (int s = 0; s < sectionCount; s++) {
            int size = s == sectionCount - 1 ? left : Math.max(1, left / (sectionCount - s) + random.nextInt(3) - 1);
            left -= size;
            String heading = headings.remove(random.nextInt(headings.size()));
            List<Entry> entries = new ArrayList<>();
            for (int e = 0; e < size; e++) {
                Place place;
                do {
                    List<Place> pool = random.nextInt(10) < 4 ? prefectures : counties;
                    place = pool.get(random.nextInt(pool.size()));
                } while (!used.add(place));
                entries.add(new Entry(place, place.name() + withoutSubject(paragraph(random, 4 + random.nextInt(6), sentences), names)));
            }
            sections.add(new Section(heading, entries));
        }
        return sections;
    }

    /** One UTF-8 text per issue, in the sample's layout: a paragraph per blank-line block. */
    static void writeRaw(List<Bulletin> archive, Path out) throws IOException {
        Files.createDirectories(out);
        for (Bulletin b : archive) {
            List<String> paragraphs = new ArrayList<>(List.of(SERIES, "第 " + b.number() + " 期", ISSUER,
                    b.date().getYear() + " 年 " + b.date().getMonthValue() + " 月 " + b.date().getDayOfMonth() + " 日", "编者按：" + b.lead()));
            for (Section s : b.sections()) {
                paragraphs.add(s.heading());
                s.entries().forEach(e -> paragraphs.add(e.text()));
            }
            paragraphs.addAll(List.of(DISTRIBUTION, COPIES, PHONE));
            Files.writeString(out.resolve("%d-%02d.txt".formatted(b.year(), b.number())), "\n\n" + String.join("\n\n", paragraphs) + "\n",
                    StandardCharsets.UTF_8);
        }
    }

    /**
     * The same archive as a theme-less Hugo site: issues/YEAR/NN/_index.md (the issue, its lead as body) with one
     * page per entry, a "cities" taxonomy (one term page per place, titled by a cities/SLUG/_index.md), and
     * layouts for home, lists and single pages that show what ours show (issue with all its entries, entry with its
     * neighbours and five entries on the same place, place with all its entries and excerpts). No search index.
     */
    static void writeHugo(List<Bulletin> archive, Path out) throws IOException {
        write(out.resolve("hugo.toml"), """
                baseURL = "http://localhost/"
                languageCode = "zh-cn"
                title = "永州市优化发展环境工作简报档案"
                hasCJKLanguage = true
                relativeURLs = true
                summaryLength = 60
                [taxonomies]
                  city = "cities"
                [outputs]
                  home = ["HTML", "RSS"]
                  section = ["HTML"]
                  taxonomy = ["HTML"]
                  term = ["HTML"]
                """);
        write(out.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} - {{ .Site.Title }}</title></head>
                <body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a> · <a href="{{ "/issues/" | relURL }}">全部期次</a> · <a href="{{ "/cities/" | relURL }}">地区与单位</a></header>
                <main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        write(out.resolve("layouts/index.html"), """
                {{ define "main" }}<h1>{{ .Site.Title }}</h1>
                {{ $issues := where .Site.Pages "Params.kind" "issue" }}
                {{ with index $issues.ByDate.Reverse 0 }}<section><h2>最新一期：<a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
                <ol>{{ range .Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol></section>{{ end }}
                <section><h2>近期各期</h2><ol>{{ range first 8 $issues.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ol></section>
                <section><h2>地区与单位</h2><ul>{{ range .Site.Taxonomies.cities.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul></section>
                {{ end }}
                """);
        write(out.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>
                {{ if eq .Params.kind "issue" }}
                  <p>{{ .Params.issuer }} {{ .Date.Format "2006-01-02" }}</p>
                  <section><strong>编者按：</strong>{{ .Content }}</section>
                  <nav><ol>{{ range .Pages.ByWeight }}<li><a href="#e{{ .Weight }}">{{ .Title }}</a></li>{{ end }}</ol></nav>
                  {{ range .Pages.GroupByParam "section" }}<section><h2>{{ .Key }}</h2>
                    {{ range .Pages.ByWeight }}<div id="e{{ .Weight }}"><h3>{{ range .GetTerms "cities" }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</h3>{{ .Content }}<p><a href="{{ .RelPermalink }}">单独查看</a></p></div>{{ end }}
                  </section>{{ end }}
                  <footer>{{ range .Params.backmatter }}<p>{{ . }}</p>{{ end }}</footer>
                  <nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">上一期：{{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a href="{{ .RelPermalink }}">下一期：{{ .Title }}</a>{{ end }}</nav>
                {{ else if eq .Kind "taxonomy" }}
                  <ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>
                {{ else if eq .Kind "term" }}
                  <p>共 {{ len .Pages }} 条，由新到旧。</p>
                  {{ range .Pages.GroupByDate "2006" }}<section><h2>{{ .Key }} 年</h2><ol>
                    {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a> {{ .Date.Format "2006-01-02" }}<p>{{ .Summary }}</p></li>{{ end }}
                  </ol></section>{{ end }}
                {{ else }}
                  <ol>{{ range .Sections.ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ if .Sections }}<ol>{{ range .Sections.ByDate }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "01-02" }}</li>{{ end }}</ol>{{ end }}</li>{{ end }}</ol>
                {{ end }}
                {{ end }}
                """);
        write(out.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<nav><a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a> › {{ .Params.section }}</nav>
                {{ $slug := index .Params.cities 0 }}{{ $self := . }}
                <article><h1>{{ range .GetTerms "cities" }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</h1>
                <p>{{ .Parent.Title }} · {{ .Date.Format "2006-01-02" }}</p>{{ .Content }}</article>
                <nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">上一条：{{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a href="{{ .RelPermalink }}">下一条：{{ .Title }}</a>{{ end }}</nav>
                <section><h2>在其他各期</h2><ol>{{ range first 6 (index .Site.Taxonomies.cities $slug).Pages }}{{ if ne .RelPermalink $self.RelPermalink }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Parent.Title }}</li>{{ end }}{{ end }}</ol></section>
                {{ end }}
                """);
        write(out.resolve("content/_index.md"), "---\ntitle: \"首页\"\n---\n");
        write(out.resolve("content/issues/_index.md"), "---\ntitle: \"全部期次\"\n---\n");
        write(out.resolve("content/cities/_index.md"), "---\ntitle: \"地区与单位\"\n---\n");
        Set<Integer> years = new HashSet<>();
        Map<String, Place> places = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Bulletin b : archive) {
            Path issue = out.resolve("content/issues/%d/%02d".formatted(b.year(), b.number()));
            if (years.add(b.year())) {
                write(issue.getParent().resolve("_index.md"), "---\ntitle: \"%d 年\"\ndate: %d-01-01\n---\n".formatted(b.year(), b.year()));
            }
            write(issue.resolve("_index.md"), "---\ntitle: \"第%d期\"\ndate: %s\nkind: issue\nissuer: \"%s\"\nbackmatter: [\"%s\", \"%s\", \"%s\"]\n---\n%s\n"
                    .formatted(b.number(), b.date(), ISSUER, DISTRIBUTION, COPIES, PHONE, b.lead()));
            int weight = 0;
            for (Section s : b.sections()) {
                for (Entry e : s.entries()) {
                    weight++;
                    if (places.putIfAbsent(e.place().slug(), e.place()) == null) {
                        order.add(e.place().slug());
                    }
                    write(issue.resolve("%02d-%s.md".formatted(weight, e.place().slug())),
                            "---\ntitle: \"%s\"\ndate: %s\nweight: %d\nsection: \"%s\"\ncities: [\"%s\"]\n---\n%s\n"
                                    .formatted(e.place().name(), b.date(), weight, s.heading(), e.place().slug(), e.text()));
                }
            }
        }
        for (String slug : order) {
            write(out.resolve("content/cities/" + slug + "/_index.md"), "---\ntitle: \"%s\"\n---\n".formatted(places.get(slug).name()));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private SyntheticArchive() {
    }
}
