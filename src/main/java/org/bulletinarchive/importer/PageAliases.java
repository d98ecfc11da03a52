package org.bulletinarchive.importer;

import static org.bulletinarchive.model.ContentFormat.ALIAS_PREFIX;
import static org.bulletinarchive.model.ContentFormat.HEADER_END;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.Entry;

/**
 * Keeps the addresses of an issue's items when it is imported again (--force) and its items come out otherwise: every
 * page name the issue had (05-general, and the aliases it already kept) that no new item takes becomes an alias of the
 * new item whose text is most like the old one's, so that a link to the old page (in a WeChat article) still leads to it.
 */
final class PageAliases {

    /** How much of an old page's text (its character pairs) an item must hold to take over its address. */
    private static final double SAME_ITEM = 0.5;

    private PageAliases() {
    }

    /** The item pages of an issue folder as written before: page name → text (the body), aliases included with their item's text. */
    static Map<String, String> earlier(Path folder) throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return pages;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".md") || name.equals("index.md") || name.startsWith(".")) {
                    continue;
                }
                List<String> lines;
                try {
                    lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                } catch (MalformedInputException e) {
                    continue;
                }
                int end = lines.indexOf(HEADER_END);
                String body = end < 0 ? "" : String.join("\n", lines.subList(end + 1, lines.size()));
                pages.put(name.substring(0, name.length() - 3), body);
                for (String line : end < 0 ? lines : lines.subList(0, end)) {
                    if (line.startsWith(ALIAS_PREFIX) && line.indexOf('=') > 0) {
                        pages.put(line.substring(line.indexOf('=') + 1).strip(), body);
                    }
                }
            }
        }
        return pages;
    }

    /** {@code bulletin} with each earlier page name that no item of it takes kept as an alias of the item most like it. */
    static Bulletin carryOver(Bulletin bulletin, Map<String, String> earlier) {
        Set<String> taken = new HashSet<>();
        bulletin.entries().forEach(e -> taken.add(e.baseName()));
        Map<Entry, List<String>> aliases = new LinkedHashMap<>();
        for (var page : earlier.entrySet()) {
            if (taken.contains(page.getKey()) || bulletin.entries().isEmpty()) {
                continue;
            }
            Entry best = null;
            double bestScore = -1;
            Set<String> old = bigrams(page.getValue());
            for (Entry e : bulletin.entries()) {
                double score = overlap(old, bigrams(e.text()));
                if (score > bestScore) {
                    best = e;
                    bestScore = score;
                }
            }
            // only an item that holds most of the old page's text takes its address; a page whose text is gone leads nowhere
            if (bestScore >= SAME_ITEM) {
                aliases.computeIfAbsent(best, k -> new ArrayList<>()).add(page.getKey());
                taken.add(page.getKey());
            }
        }
        if (aliases.isEmpty()) {
            return bulletin;
        }
        List<Entry> entries = new ArrayList<>();
        for (Entry e : bulletin.entries()) {
            List<String> list = new ArrayList<>(e.aliases());
            aliases.getOrDefault(e, List.of()).stream().filter(a -> !list.contains(a)).forEach(list::add);
            entries.add(e.withAliases(list));
        }
        return new Bulletin(bulletin.issue(), entries);
    }

    private static Set<String> bigrams(String text) {
        String t = text.replaceAll("\\s+", "");
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= t.length(); i++) {
            grams.add(t.substring(i, i + 2));
        }
        return grams;
    }

    /** How much of the old page's text the item holds: shared bigrams over the old page's. */
    private static double overlap(Set<String> old, Set<String> candidate) {
        if (old.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String g : old) {
            if (candidate.contains(g)) {
                shared++;
            }
        }
        return shared / (double) old.size();
    }
}
