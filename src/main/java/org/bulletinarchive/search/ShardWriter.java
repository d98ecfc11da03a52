package org.bulletinarchive.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bulletinarchive.search.IndexBuilder.InvertedIndex;
import org.bulletinarchive.search.IndexBuilder.Postings;

/**
 * Lays an inverted index out as classic scripts, each calling {@code BulletinSearch.register({...})}:
 * <pre>
 * index.js          {"k":"i","v":2,"n":docs,"sh":shards,"cw":width,"c":[[slug,name]..],"rw":width,"r":[[slug,name]..],"y":[[year,fromId,toId)..]}
 * f.js              {"k":"f","c":subject code of every doc, cw base-64 characters each,"r":series code of every doc, rw characters each}
 * s/&lt;n&gt;.js         {"k":"s","i":n,"t":{term:[df,postings,fieldDocs]..}}, term in shard fnv1a(term) % shards
 * t/&lt;hex&gt;.js       {"k":"t","i":hex,"p":postings} for a long posting list, named by the term's UTF-16 units in hex
 *                   (4 digits each); its shard entry is [df,1,fieldDocs]
 * d/&lt;id/1000&gt;/&lt;id&gt;.js {"k":"d","i":id,"u":url,"t":title,"c":subject,"s":its slug,"r":series,"n":issue,"y":year,"a":date,"e":section,"x":text}
 * </pre>
 * Doc ids follow {@link IndexBuilder#PUBLICATION}; postings are encoded by {@link PostingsCodec}. Every file is named by
 * what it holds (a shard number among a power of two, a term, a doc id), never by its place in a list, so that a new issue
 * changes few files: the shard count only changes when the index doubles.
 */
public final class ShardWriter {

    /** A posting list longer than this many characters gets a file of its own, so shards stay small. */
    static final int OWN_FILE_CHARS = 1024;
    /** Target size of a shard file in characters of postings. */
    static final int SHARD_CHARS = 6000;

    private ShardWriter() {
    }

    /** The index files by path relative to the index directory, in path order. */
    public static TreeMap<String, byte[]> files(InvertedIndex index) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        List<SearchDocument> docs = index.docs();
        int n = docs.size();

        Map<String, List<Object>> entries = new LinkedHashMap<>();
        long inlineChars = 0;
        for (Map.Entry<String, Postings> e : index.terms().entrySet()) {
            Postings p = e.getValue();
            String body = PostingsCodec.body(p.docs, p.impacts, p.count, n);
            String field = PostingsCodec.docs(p.fieldDocs, p.fieldCount);
            Object postings = body;
            if (body.length() > OWN_FILE_CHARS) {
                String name = termFile(e.getKey());
                files.put("t/" + name + ".js", script(map("k", "t", "i", name, "p", body)));
                postings = 1;
            } else {
                inlineChars += body.length() + e.getKey().length() * 3L + 12;
            }
            inlineChars += field.length();
            entries.put(e.getKey(), List.of(p.df, postings, field));
        }
        int shards = Integer.highestOneBit((int) Math.max(1, (inlineChars + SHARD_CHARS - 1) / SHARD_CHARS));
        List<Map<String, Object>> shardTerms = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            shardTerms.add(new LinkedHashMap<>());
        }
        entries.forEach((term, entry) -> shardTerms.get(shard(term, shards)).put(term, entry));
        for (int i = 0; i < shards; i++) {
            files.put("s/" + i + ".js", script(map("k", "s", "i", i, "t", shardTerms.get(i))));
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
        int width = width(slugs.size());
        int seriesWidth = width(seriesSlugs.size());
        StringBuilder codes = new StringBuilder(n * width);
        StringBuilder seriesCodes = new StringBuilder(n * seriesWidth);
        List<List<Object>> years = new ArrayList<>();
        for (int id = 0; id < n; id++) {
            SearchDocument doc = docs.get(id);
            codes.append(PostingsCodec.fixed(slugs.indexOf(doc.subjectSlug()), width));
            seriesCodes.append(PostingsCodec.fixed(seriesSlugs.indexOf(doc.series()), seriesWidth));
            if (years.isEmpty() || !years.get(years.size() - 1).get(0).equals(doc.year())) {
                years.add(new ArrayList<>(List.of(doc.year(), id, id + 1)));
            } else {
                years.get(years.size() - 1).set(2, id + 1);
            }
            files.put("d/" + id / 1000 + "/" + id + ".js", script(map("k", "d", "i", id, "u", doc.url(), "t", doc.title(),
                    "c", doc.subject(), "s", doc.subjectSlug(), "r", doc.series(), "n", doc.issue(), "y", doc.year(), "a", doc.date(),
                    "e", doc.section(), "x", doc.text())));
        }
        files.put("f.js", script(map("k", "f", "c", codes.toString(), "r", seriesCodes.toString())));
        List<List<String>> subjectTable = slugs.stream().map(s -> List.of(s, subjects.get(s))).toList();
        List<List<String>> seriesTable = seriesSlugs.stream().map(s -> List.of(s, series.get(s))).toList();
        files.put("index.js", script(map("k", "i", "v", 2, "n", n, "sh", shards, "cw", width, "c", subjectTable,
                "rw", seriesWidth, "r", seriesTable, "y", years)));
        return files;
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

    /** The name of a term's own postings file: its UTF-16 code units as 4 hex digits each (termFile() in search.js). */
    static String termFile(String term) {
        StringBuilder name = new StringBuilder(term.length() * 4);
        for (int i = 0; i < term.length(); i++) {
            name.append(String.format("%04x", (int) term.charAt(i)));
        }
        return name.toString();
    }

    /** Base-64 characters needed to number {@code count} values. */
    private static int width(int count) {
        int width = 1;
        while (1L << (6 * width) < count) {
            width++;
        }
        return width;
    }

    /** FNV-1a over UTF-16 code units, modulo the shard count: hash() in search.js must agree. */
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
