package org.bulletinarchive.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.bulletinarchive.search.IndexBuilder.InvertedIndex;
import org.bulletinarchive.search.IndexBuilder.Postings;

/**
 * Lays an inverted index out as a bounded number of classic scripts, each calling {@code BulletinSearch.register({...})}:
 * <pre>
 * index.js   {"k":"i","v":3,"n":docs,"p":packs,"g":docs per group (vlq of count - 1 each),"cw":width,"c":[[slug,name]..],
 *             "r":[[slug,name]..],"y":[[year,fromId,toId)..]}
 * f.js       {"k":"f","c":subject code of every doc, cw base-64 characters each,"r":the series of the docs as runs, per run
 *             vlq(series code) then vlq(length - 1)}
 * p/&lt;n&gt;.js   {"k":"p","i":n,"t":{term:[df,postings,fieldDocs]..}}, every term in pack fnv1a(term) % packs
 * w.js       {"k":"w","w":the table of {@link TextCodec}}
 * d/&lt;g&gt;.js   {"k":"d","i":g,"d":[[url,subject,subjectSlug,series,issue,year,date,section]..],"l":[title length,text length,..],
 *             "x":the titles and texts of the group one after the other, packed by {@link TextCodec}}
 * </pre>
 * Doc ids follow {@link IndexBuilder#PUBLICATION} and postings are encoded by {@link PostingsCodec}. Documents are grouped
 * in id order, a group closing once it holds {@link Layout#groupBytes} of text, so that a new issue only changes the last
 * group and adds new ones; the pack count is a power of two and the group size a power of two times its base, both
 * chosen from the size of the index and capped, so they change only when the index doubles and the file count stays
 * bounded: about {@code maxPacks + maxGroups} files however large the archive grows.
 */
public final class ShardWriter {

    /**
     * The sizes that bound the layout: packs of about {@code packChars} characters of postings, at most {@code maxPacks};
     * groups of at least {@code groupBytes} UTF-8 bytes of text, doubled until there are at most about {@code maxGroups};
     * the text table of {@link TextCodec} counted from the oldest {@code tableDocs} documents.
     */
    public record Layout(int packChars, int maxPacks, int groupBytes, int maxGroups, int tableDocs) {
        /** The layout of a built site: at 10,000 entries 512 packs of about 11 KB and 640 groups of about 9 KB. */
        public static final Layout DEFAULT = new Layout(10_000, 1024, 18_432, 1024, 2000);
    }

    private ShardWriter() {
    }

    /** The index files by path relative to the index directory, in path order, in the {@link Layout#DEFAULT} layout. */
    public static TreeMap<String, byte[]> files(InvertedIndex index) {
        return files(index, Layout.DEFAULT);
    }

    /** The index files by path relative to the index directory, in path order. */
    public static TreeMap<String, byte[]> files(InvertedIndex index, Layout layout) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        List<SearchDocument> docs = index.docs();
        int n = docs.size();

        List<String> terms = new ArrayList<>(index.terms().keySet());
        List<List<Object>> entries = terms.parallelStream().map(term -> {
            Postings p = index.terms().get(term);
            return List.<Object>of(p.df, PostingsCodec.body(p.docs, p.impacts, p.count, n), PostingsCodec.docs(p.fieldDocs, p.fieldCount));
        }).toList();
        long chars = 0;
        for (int i = 0; i < terms.size(); i++) {
            chars += terms.get(i).length() * 3L + 8 + ((String) entries.get(i).get(1)).length() + ((String) entries.get(i).get(2)).length();
        }
        int packs = Math.min(layout.maxPacks(), Integer.highestOneBit((int) Math.max(1, chars / layout.packChars())));
        List<Map<String, Object>> packTerms = new ArrayList<>();
        for (int i = 0; i < packs; i++) {
            packTerms.add(new LinkedHashMap<>());
        }
        for (int i = 0; i < terms.size(); i++) {
            packTerms.get(shard(terms.get(i), packs)).put(terms.get(i), entries.get(i));
        }
        for (int i = 0; i < packs; i++) {
            files.put("p/" + i + ".js", script(map("k", "p", "i", i, "t", packTerms.get(i))));
        }

        List<String> texts = docs.stream().map(SearchDocument::text).toList();
        String table = TextCodec.table(texts.subList(0, Math.min(layout.tableDocs(), n)));
        files.put("w.js", script(map("k", "w", "w", table)));
        List<int[]> groups = groups(docs, layout);
        StringBuilder groupSizes = new StringBuilder();
        for (int[] g : groups) {
            PostingsCodec.vlq(groupSizes, g[1] - g[0] - 1);
        }
        List<byte[]> groupFiles = IntStream.range(0, groups.size()).parallel().mapToObj(g -> group(docs, groups.get(g), table, g)).toList();
        for (int g = 0; g < groups.size(); g++) {
            files.put("d/" + g + ".js", groupFiles.get(g));
        }

        Map<String, String> subjects = new TreeMap<>();
        Map<String, String> series = new TreeMap<>();
        for (SearchDocument doc : docs) {
            subjects.putIfAbsent(doc.subjectSlug(), doc.subject());
            if (!doc.seriesName().isEmpty() || !series.containsKey(doc.series())) {
                series.put(doc.series(), doc.seriesName());
            }
        }
        List<String> slugs = new ArrayList<>(subjects.keySet());
        List<String> seriesSlugs = new ArrayList<>(series.keySet());
        Map<String, Integer> subjectCodes = codes(slugs);
        Map<String, Integer> seriesCodes = codes(seriesSlugs);
        int width = width(slugs.size());
        StringBuilder codes = new StringBuilder(n * width);
        StringBuilder seriesRuns = new StringBuilder();
        List<List<Object>> years = new ArrayList<>();
        int run = 0;
        for (int id = 0; id < n; id++) {
            SearchDocument doc = docs.get(id);
            codes.append(PostingsCodec.fixed(subjectCodes.get(doc.subjectSlug()), width));
            if (id + 1 == n || !docs.get(id + 1).series().equals(doc.series())) {
                PostingsCodec.vlq(seriesRuns, seriesCodes.get(doc.series()));
                PostingsCodec.vlq(seriesRuns, run);
                run = 0;
            } else {
                run++;
            }
            if (years.isEmpty() || !years.get(years.size() - 1).get(0).equals(doc.year())) {
                years.add(new ArrayList<>(List.of(doc.year(), id, id + 1)));
            } else {
                years.get(years.size() - 1).set(2, id + 1);
            }
        }
        files.put("f.js", script(map("k", "f", "c", codes.toString(), "r", seriesRuns.toString())));
        List<List<String>> subjectTable = slugs.stream().map(s -> List.of(s, subjects.get(s))).toList();
        List<List<String>> seriesTable = seriesSlugs.stream().map(s -> List.of(s, series.get(s))).toList();
        files.put("index.js", script(map("k", "i", "v", 3, "n", n, "p", packs, "g", groupSizes.toString(), "cw", width,
                "c", subjectTable, "r", seriesTable, "y", years)));
        return files;
    }

    /**
     * Groups of consecutive doc ids as [from, to): a group closes once its titles and texts reach the group size, the base
     * size doubled until there are at most about {@link Layout#maxGroups} groups. Only the docs before a group decide
     * where it starts, so a new issue changes the last group and adds new ones.
     */
    static List<int[]> groups(List<SearchDocument> docs, Layout layout) {
        long[] bytes = docs.stream().mapToLong(d -> utf8(d.title()) + utf8(d.text()) + utf8(d.url()) + 24).toArray();
        long total = Arrays.stream(bytes).sum();
        long size = layout.groupBytes();
        while (total / size > layout.maxGroups()) {
            size *= 2;
        }
        List<int[]> groups = new ArrayList<>();
        int from = 0;
        long sum = 0;
        for (int id = 0; id < docs.size(); id++) {
            sum += bytes[id];
            if (sum >= size || id + 1 == docs.size()) {
                groups.add(new int[] {from, id + 1});
                from = id + 1;
                sum = 0;
            }
        }
        return groups;
    }

    private static byte[] group(List<SearchDocument> docs, int[] range, String table, int number) {
        List<List<Object>> records = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int id = range[0]; id < range[1]; id++) {
            SearchDocument doc = docs.get(id);
            records.add(List.of(doc.url(), doc.subject(), doc.subjectSlug(), doc.series(), doc.issue(), doc.year(), doc.date(), doc.section()));
            lengths.add(doc.title().length());
            lengths.add(doc.text().length());
            text.append(doc.title()).append(doc.text());
        }
        return script(map("k", "d", "i", number, "d", records, "l", lengths, "x", TextCodec.pack(text.toString(), table)));
    }

    private static long utf8(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private static Map<String, Integer> codes(List<String> sorted) {
        Map<String, Integer> codes = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            codes.put(sorted.get(i), i);
        }
        return codes;
    }

    /** The entry script with the index's hash ("h"), which the client adds to every file it asks for. */
    static byte[] withHash(byte[] entryScript, String hash) {
        String script = new String(entryScript, StandardCharsets.UTF_8);
        String start = "BulletinSearch.register({\"k\":\"i\",";
        if (!script.startsWith(start)) {
            throw new IllegalStateException("unexpected index entry script: " + script.substring(0, Math.min(40, script.length())));
        }
        return (start + "\"h\":\"" + hash + "\"," + script.substring(start.length())).getBytes(StandardCharsets.UTF_8);
    }

    /** Base-64 characters needed to number {@code count} values. */
    private static int width(int count) {
        int width = 1;
        while (1L << (6 * width) < count) {
            width++;
        }
        return width;
    }

    /** FNV-1a over UTF-16 code units, modulo the pack count: hash() in search.js must agree. */
    public static int shard(String term, int shards) {
        int h = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x01000193;
        }
        return Integer.remainderUnsigned(h, shards);
    }

    static byte[] script(Map<String, Object> data) {
        StringBuilder out = new StringBuilder("BulletinSearch.register(");
        ScriptJson.value(out, data);
        return out.append(");\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
