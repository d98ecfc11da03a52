package org.bulletinarchive.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.bulletinarchive.search.SampleBulletinSite;
import org.bulletinarchive.search.PagesSearchIndex;
import org.bulletinarchive.search.SearchIndexReport;
import org.bulletinarchive.search.SiteFixture;
import org.bulletinarchive.testsupport.Browser;
import org.bulletinarchive.testsupport.Nginx;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Benchmarks the search on a deterministic synthetic archive: 10,000 entries (seed 17) whose texts are drawn from
 * the sentences of raw/2023-17.txt and whose subjects come from src/main/resources/gazetteer.tsv. Prints the index
 * build time and size, then, in headless Chromium over nginx, the bytes the first query loads and the query time
 * once loaded. Run it with bench/search-bench.sh [entries].
 */
public final class SearchBenchmark {

    static final String[] QUERIES = {"营商环境", "无证明城市", "一件事一次办", "容缺办", "株洲", "6.0", "市"};
    static final String[][] FALLBACK_SUBJECTS = {{"changsha", "长沙"}, {"zhuzhou", "株洲"}, {"xiangtan", "湘潭"},
            {"hengyang", "衡阳"}, {"shaoyang", "邵阳"}, {"yueyang", "岳阳"}, {"changde", "常德"}, {"zhangjiajie", "张家界"},
            {"yiyang", "益阳"}, {"chenzhou", "郴州"}, {"yongzhou", "永州"}, {"huaihua", "怀化"}, {"loudi", "娄底"},
            {"beijing", "北京"}, {"shanghai", "上海"}, {"guangzhou", "广州"}, {"shenzhen", "深圳"}};

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        // a new directory per run: deleting the last run's 23,000 files first would slow this run's writes
        // (ext4 with discard) and blur the build time; old runs are deleted at the end
        Path site = Path.of("target/search-bench/site-" + System.currentTimeMillis());
        generate(site, entries);
        // flush the generator's 10,000 page writes (and the previous run's deletes) first, so that the build time
        // below is the indexer's own and not the file system catching up
        new ProcessBuilder("sync").inheritIO().start().waitFor();

        SearchIndexReport report = PagesSearchIndex.write(site);
        double ratio = (double) report.totalBytes() / report.textBytes();

        try (Nginx nginx = Nginx.serve(site, "/archive/"); Browser browser = Browser.start()) {
            List<String[]> rows = new ArrayList<>();
            for (String query : QUERIES) {
                rows.add(measure(browser, nginx, site, query));
            }
            System.out.printf("%nSearch benchmark: %,d synthetic entries (seed 17, raw/2023-17.txt sentences, %s)%n",
                    report.docs(), subjectsSource());
            System.out.printf("| %-38s | %18s |%n", "measure", "value");
            System.out.printf("|%s|%s|%n", "-".repeat(40), "-".repeat(20));
            System.out.printf("| %-38s | %15d ms |%n", "index build (read pages + write index)", report.buildMillis());
            report.stageMillis().forEach((stage, ms) -> System.out.printf("| %-38s | %15d ms |%n", "  " + stage, ms));
            System.out.printf("| %-38s | %15.1f MB |%n", "indexed text (titles + texts, UTF-8)", report.textBytes() / 1e6);
            System.out.printf("| %-38s | %15.1f MB |%n", "index files, all together", report.totalBytes() / 1e6);
            System.out.printf("| %-38s | %16.2fx |%n", "index size / text size", ratio);
            System.out.printf("| %-38s | %18d |%n", "index files", report.files());
            System.out.printf("| %-38s | %18d |%n", "terms", report.terms());
            System.out.printf("%n| %-12s | %7s | %12s | %14s | %11s | %s%n", "query", "results", "files loaded",
                    "KB (all files)", "query ms", "of which: client / index entry / term packs / facets / doc groups / text table (KB)");
            for (String[] r : rows) {
                System.out.printf("| %-12s | %7s | %12s | %14s | %11s | %s%n", (Object[]) r);
            }
            try (Stream<Path> old = Files.list(site.getParent())) {
                for (Path dir : old.filter(d -> !d.equals(site)).toList()) {
                    deleteTree(dir);
                }
            }
            System.out.println("\nKB = 1024 bytes, uncompressed, every file the browser loaded for the first query"
                    + " (search.html included); query ms = median of 15 warm runs of BulletinSearch.search().");
        }
    }

    private static String[] measure(Browser browser, Nginx nginx, Path site, String query) throws IOException {
        var driver = browser.driver();
        driver.get("about:blank");
        driver.manage().deleteAllCookies();
        driver.get(nginx.url("search.html?q=" + java.net.URLEncoder.encode(query, "UTF-8")));
        new WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(d -> {
            String s = d.findElement(By.id("search-status")).getText();
            return !s.isEmpty() && !s.startsWith("正在搜索");
        });
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) driver.executeScript(
                "return [location.href].concat(performance.getEntriesByType('resource').map(function (e) { return e.name; }));");
        long[] kinds = new long[6];
        long total = 0;
        for (String url : urls) {
            String path = URI.create(url).getPath().substring("/archive/".length());
            long size = Files.size(site.resolve(path.isEmpty() ? "index.html" : path));
            total += size;
            int kind = path.startsWith("assets/") ? 0 : path.matches("search/index\\.[0-9a-f]+\\.js") ? 1
                    : path.contains("/p/") ? 2 : path.endsWith("/f.js") ? 3 : path.contains("/d/") ? 4 : path.endsWith("/w.js") ? 5 : -1;
            if (kind >= 0) {
                kinds[kind] += size;
            }
        }
        @SuppressWarnings("unchecked")
        List<Number> times = (List<Number>) driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1], q = arguments[0], times = [];
                function next(i) {
                  if (i === 16) { done(times); return; }
                  var t0 = performance.now();
                  BulletinSearch.search(q).then(function () { if (i > 0) times.push(performance.now() - t0); next(i + 1); });
                }
                next(0);
                """, query);
        double[] sorted = times.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int results = driver.findElements(By.cssSelector("#search-results li.search-result")).size();
        String status = driver.findElement(By.id("search-status")).getText();
        String breakdown = Arrays.stream(kinds).mapToObj(k -> "%.1f".formatted(k / 1024.0)).reduce((a, b) -> a + " / " + b).orElse("");
        return new String[] {query, results + "", urls.size() + "", "%.1f".formatted(total / 1024.0),
                "%.2f".formatted(sorted[sorted.length / 2]), breakdown + "   (" + status + ")"};
    }

    /** Writes the synthetic archive: entry pages, search.html and the client script. */
    static void generate(Path site, int entries) {
        List<String> sentences = new ArrayList<>();
        for (String p : SampleBulletinSite.paragraphs()) {
            if (p.startsWith("【")) {
                continue;
            }
            for (String s : p.split("(?<=[。；！？])")) {
                if (s.strip().length() >= 6) {
                    sentences.add(s.strip());
                }
            }
        }
        List<String[]> subjects = subjects();
        Random random = new Random(17);
        int perIssue = 19;
        for (int i = 0; i < entries; i++) {
            int issueIndex = i / perIssue;
            int year = 2023 - issueIndex / 24;
            int issue = 24 - issueIndex % 24;
            String date = "%d-%02d-%02d".formatted(year, 1 + (issue - 1) / 2, (issue % 2) * 14 + 1);
            String[] subject = subjects.get(random.nextInt(subjects.size()));
            int count = 3 + random.nextInt(8);
            StringBuilder text = new StringBuilder(subject[1]);
            for (int s = 0; s < count; s++) {
                text.append(sentences.get(random.nextInt(sentences.size())));
                if (s % 3 == 2 && s + 1 < count) {
                    text.append('\n');
                }
            }
            String title = subject[1] + "：" + text.substring(subject[1].length(), Math.min(text.length(), subject[1].length() + 18))
                    .replaceAll("[，。；、\\n].*", "");
            String url = "issues/%d/%02d/%02d-%s.html".formatted(year, issue, i % perIssue + 1, subject[0]);
            SiteFixture.writeFile(site.resolve(url), SiteFixture.entryPage(title, subject[1], subject[0], issue, year, date,
                    "省内市州战术推进", text.toString()));
        }
        SiteFixture.writeFile(site.resolve("search.html"), SiteFixture.SEARCH_PAGE);
        SiteFixture.copyClient(site);
    }

    static List<String[]> subjects() {
        Path gazetteer = Path.of("src/main/resources/gazetteer.tsv");
        if (!Files.exists(gazetteer)) {
            return List.of(FALLBACK_SUBJECTS);
        }
        try (Stream<String> lines = Files.lines(gazetteer)) {
            List<String[]> out = lines.filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t")).filter(c -> c.length >= 2).map(c -> new String[] {c[0], c[1]}).toList();
            return out.isEmpty() ? List.of(FALLBACK_SUBJECTS) : out;
        } catch (IOException e) {
            return List.of(FALLBACK_SUBJECTS);
        }
    }

    private static String subjectsSource() {
        return Files.exists(Path.of("src/main/resources/gazetteer.tsv")) ? subjects().size() + " subjects from gazetteer.tsv"
                : "fallback list of " + FALLBACK_SUBJECTS.length + " subjects";
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private SearchBenchmark() {
    }

}
