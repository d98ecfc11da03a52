package org.bulletinarchive.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * Turns documents into an inverted index: doc ids in order of publication, and per term its postings with impacts.
 * Ids grow with the archive (a new issue gets the next ids) and the length normalisation moves in steps, so a new
 * issue leaves every document file and most postings as they were: an incremental build rewrites only what changed.
 */
public final class IndexBuilder {

    /** Oldest issue first, so that a new issue appends ids; the higher doc id (the newer) wins a tie in the browser. */
    public static final Comparator<SearchDocument> PUBLICATION = Comparator.comparingInt(SearchDocument::year)
            .thenComparingInt(SearchDocument::issue)
            .thenComparing(SearchDocument::date)
            .thenComparing(Comparator.comparing(SearchDocument::url).reversed());
    /** The average body length is rounded to this many terms, so that one more issue seldom moves it. */
    static final int LENGTH_STEP = 16;

    /** Postings of one term: body docs with impacts, and the docs whose title or subject contain it. */
    public static final class Postings {
        int[] docs = new int[4];
        int[] impacts = new int[4];
        int count;
        int[] fieldDocs = new int[0];
        int fieldCount;
        int df;

        void add(int doc, int impact) {
            if (count == docs.length) {
                docs = Arrays.copyOf(docs, count * 2);
                impacts = Arrays.copyOf(impacts, count * 2);
            }
            docs[count] = doc;
            impacts[count++] = impact;
        }

        void addField(int doc) {
            if (fieldCount == fieldDocs.length) {
                fieldDocs = Arrays.copyOf(fieldDocs, Math.max(4, fieldCount * 2));
            }
            fieldDocs[fieldCount++] = doc;
        }

        /** Docs that have the term anywhere (body, title or subject). */
        public int documentFrequency() {
            return df;
        }

        /** Body docs, ascending. */
        public int[] docs() {
            return Arrays.copyOf(docs, count);
        }

        /** Impacts, parallel to {@link #docs()}. */
        public int[] impacts() {
            return Arrays.copyOf(impacts, count);
        }

        /** Docs whose title or subject has the term, ascending. */
        public int[] fieldDocs() {
            return Arrays.copyOf(fieldDocs, fieldCount);
        }
    }

    /** The index: docs by id, and postings by term in sorted order. */
    public record InvertedIndex(List<SearchDocument> docs, TreeMap<String, Postings> terms) {
    }

    /**
     * A doc's terms as sorted unique keys with their counts. Terms are numbered as longs rather than kept as
     * strings, which makes a 10,000-entry build several times faster: a Han unigram is its code point, a bigram
     * BIGRAM | first << 21 | second, a word WORD | its number in {@code words}.
     */
    private record Tokens(long[] keys, int[] tf, int length, long[] field) {
    }

    private static final long BIGRAM = 1L << 42;
    private static final long WORD = 2L << 42;
    /** Numbers words; any unique number will do, since terms are sorted by their text in the end. */
    private static final AtomicInteger WORD_NUMBERS = new AtomicInteger();

    private IndexBuilder() {
    }

    public static InvertedIndex build(List<SearchDocument> documents) {
        List<SearchDocument> docs = new ArrayList<>(documents);
        docs.sort(PUBLICATION);
        Map<String, Integer> words = new ConcurrentHashMap<>();
        List<Tokens> tokens = docs.parallelStream().map(d -> tokens(d, words)).toList();
        double averageLength = stepped(tokens.stream().mapToInt(Tokens::length).average().orElse(1));
        LongIntMap ids = new LongIntMap();
        List<Postings> postings = new ArrayList<>();
        for (int id = 0; id < docs.size(); id++) {
            Tokens t = tokens.get(id);
            for (int i = 0; i < t.keys().length; i++) {
                Postings p = postings(ids, postings, t.keys()[i]);
                p.add(id, Scoring.impact(t.tf()[i], t.length(), averageLength));
                p.df++;
            }
            for (long key : t.field()) {
                Postings p = postings(ids, postings, key);
                p.addField(id);
                if (Arrays.binarySearch(t.keys(), key) < 0) {
                    p.df++;
                }
            }
        }
        Map<Integer, String> wordById = new HashMap<>();
        words.forEach((w, i) -> wordById.put(i, w));
        TreeMap<String, Postings> terms = new TreeMap<>();
        ids.forEach((key, i) -> terms.put(term(key, wordById), postings.get(i)));
        return new InvertedIndex(docs, terms);
    }

    /** The average length rounded to a multiple of {@link #LENGTH_STEP} (at least one step). */
    static double stepped(double averageLength) {
        return Math.max(LENGTH_STEP, Math.round(averageLength / LENGTH_STEP) * (double) LENGTH_STEP);
    }

    private static Postings postings(LongIntMap ids, List<Postings> postings, long key) {
        int i = ids.putIfAbsent(key, postings.size());
        if (i == postings.size()) {
            postings.add(new Postings());
        }
        return postings.get(i);
    }

    private static String term(long key, Map<Integer, String> words) {
        if ((key & WORD) != 0) {
            return words.get((int) (key & ~WORD));
        }
        if ((key & BIGRAM) != 0) {
            return new String(new int[] {(int) (key >>> 21 & 0x1FFFFF), (int) (key & 0x1FFFFF)}, 0, 2);
        }
        return new String(new int[] {(int) key}, 0, 1);
    }

    private static Tokens tokens(SearchDocument doc, Map<String, Integer> words) {
        long[] body = keys(doc.text(), words);
        Arrays.sort(body);
        int unique = 0;
        long[] keys = new long[body.length];
        int[] tf = new int[body.length];
        for (int i = 0; i < body.length; i++) {
            if (unique > 0 && keys[unique - 1] == body[i]) {
                tf[unique - 1]++;
            } else {
                keys[unique] = body[i];
                tf[unique++] = 1;
            }
        }
        long[] field = Arrays.stream(keys(doc.title() + "\n" + doc.subject(), words)).sorted().distinct().toArray();
        return new Tokens(Arrays.copyOf(keys, unique), Arrays.copyOf(tf, unique), body.length, field);
    }

    /** The keys of {@link Tokenizer#indexTerms}, in the same order. */
    private static long[] keys(String text, Map<String, Integer> words) {
        List<Tokenizer.Segment> segments = Tokenizer.segments(text);
        int size = 0;
        for (Tokenizer.Segment s : segments) {
            size += s.han() ? 2 * s.text().length() : 1;
        }
        long[] keys = new long[size];
        int n = 0;
        for (Tokenizer.Segment s : segments) {
            if (!s.han()) {
                keys[n++] = WORD | words.computeIfAbsent(s.text(), w -> WORD_NUMBERS.getAndIncrement());
                continue;
            }
            int[] cps = s.text().codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                keys[n++] = cps[i];
                if (i + 1 < cps.length) {
                    keys[n++] = BIGRAM | (long) cps[i] << 21 | cps[i + 1];
                }
            }
        }
        return Arrays.copyOf(keys, n);
    }

    /** Open-addressing map from non-zero long keys to ints, iterated in no particular order. */
    private static final class LongIntMap {
        private long[] keys = new long[1 << 14];
        private int[] values = new int[1 << 14];
        private int size;

        int putIfAbsent(long key, int value) {
            int mask = keys.length - 1;
            int i = (int) (key ^ key >>> 29) * 0x9E3779B9 & mask;
            while (keys[i] != 0) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = i + 1 & mask;
            }
            keys[i] = key;
            values[i] = value;
            if (++size * 2 > keys.length) {
                grow();
            }
            return value;
        }

        void forEach(BiConsumer<Long, Integer> action) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    action.accept(keys[i], values[i]);
                }
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    putIfAbsent(oldKeys[i], oldValues[i]);
                }
            }
        }
    }
}
