package org.bulletinarchive.view;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bulletinarchive.files.Parallel;
import org.bulletinarchive.model.Bulletin;
import org.bulletinarchive.model.Entry;
import org.bulletinarchive.search.Tokenizer;

/**
 * For every item, the items of other subjects and other issues most alike in text (在其他地方): the cosine of TF-IDF
 * vectors over the Han bigrams the search indexes, candidates taken from the postings of the item's most weighted terms.
 * The work per item is bounded; the lists depend neither on the order of the bulletins nor on the number of threads.
 */
public final class SimilarItems {

    /** How many items a list holds at most. */
    public static final int LIMIT = 5;
    /**
     * Below this cosine two items share little more than the words every bulletin uses: no list rather than a random one
     * (items on one practice by different writers score 0.2–0.5, items on other work below 0.07, in SimilarItemsTest).
     */
    static final double MIN_SIMILARITY = 0.1;
    /** The item's most weighted terms, whose postings give its candidates. */
    static final int TERMS = 16;
    /** Of a term's postings, those where it weighs most: a term of thousands of items is walked no further. */
    static final int POSTINGS = 512;
    /** The candidates sharing most of the item's top terms, compared with it in full. */
    static final int RERANK = 24;
    /** Scores are compared at this precision, so that equal texts tie and go by URL, whatever the rounding. */
    private static final double PRECISION = 1e7;

    private final Map<Entry, List<Entry>> lists;
    private final long compared;

    private SimilarItems(Map<Entry, List<Entry>> lists, long compared) {
        this.lists = lists;
        this.compared = compared;
    }

    /** The items alike to {@code entry} elsewhere, most alike first (ties by URL); empty when none is alike enough. */
    public List<Entry> of(Entry entry) {
        return lists.getOrDefault(entry, List.of());
    }

    /** How many items were compared. */
    public int items() {
        return lists.size();
    }

    /** How many items have a list. */
    public int itemsWithList() {
        return (int) lists.values().stream().filter(l -> !l.isEmpty()).count();
    }

    /** How many pairs of items were compared in full. */
    public long compared() {
        return compared;
    }

    /** Compares every item of {@code bulletins} with its candidates. */
    public static SimilarItems of(List<Bulletin> bulletins) {
        // the terms' weights come from the oldest items, as many as the largest power of two that fits: a new issue then
        // changes no weight, and so few lists, until the archive has doubled
        List<Entry> published = bulletins.stream().sorted(Comparator.comparing((Bulletin b) -> b.issue().date())
                .thenComparingInt(b -> b.issue().number()).thenComparing(b -> b.issue().series().slug()))
                .flatMap(b -> b.entries().stream()).toList();
        Map<Entry, Integer> age = new IdentityHashMap<>();
        Map<Entry, String> urls = new IdentityHashMap<>();
        for (Entry e : published) {
            age.put(e, age.size());
            urls.put(e, SiteModel.entryUrl(e));
        }
        int sample = Integer.highestOneBit(Math.max(1, published.size()));
        // by URL: the order of term numbers, postings and ties, whatever order the bulletins came in
        Entry[] docs = published.stream().sorted(Comparator.comparing(urls::get)).toArray(Entry[]::new);
        boolean[] inSample = new boolean[docs.length];
        for (int d = 0; d < docs.length; d++) {
            inSample[d] = age.get(docs[d]) < sample;
        }
        Vectors vectors = Vectors.of(docs, inSample);
        Postings postings = Postings.of(vectors);
        Places places = Places.of(docs);
        // a few runs of items per thread, so that no thread waits for another with the longer texts
        int chunks = Math.max(1, Math.min(4 * Parallel.threads(), docs.length / 250));
        List<Chunk> done = Parallel.map(IntStream.range(0, chunks).boxed().toList(),
                k -> new Matcher(vectors, postings, places).match(docs.length * k / chunks, docs.length * (k + 1) / chunks));
        Map<Entry, List<Entry>> lists = new IdentityHashMap<>();
        long compared = 0;
        for (Chunk c : done) {
            for (int i = 0; i < c.lists().length; i++) {
                lists.put(docs[c.from() + i], Arrays.stream(c.lists()[i]).mapToObj(j -> docs[j]).toList());
            }
            compared += c.compared();
        }
        return new SimilarItems(lists, compared);
    }

    /** The lists of the items from doc number {@code from} on, and how many pairs they compared. */
    private record Chunk(int from, int[][] lists, long compared) {
    }

    /**
     * Each item's issue and subjects as numbers. Two items may stand in each other's lists when they are of different
     * issues (an issue's items are a click apart on its page) and neither's primary subject is among the other's subjects
     * (those are on the subject's page and in 在前后各期).
     */
    private record Places(int[] issue, int[] primary, int[][] subjects) {

        static Places of(Entry[] docs) {
            Map<String, Integer> issues = new HashMap<>();
            Map<String, Integer> slugs = new HashMap<>();
            int[] issue = new int[docs.length];
            int[] primary = new int[docs.length];
            int[][] subjects = new int[docs.length][];
            for (int d = 0; d < docs.length; d++) {
                issue[d] = issues.computeIfAbsent(docs[d].folder(), k -> issues.size());
                subjects[d] = docs[d].subjects().stream().mapToInt(p -> slugs.computeIfAbsent(p.slug(), k -> slugs.size())).toArray();
                primary[d] = subjects[d].length > 0 ? subjects[d][0] : -1;
            }
            return new Places(issue, primary, subjects);
        }

        boolean elsewhere(int a, int b) {
            return a != b && issue[a] != issue[b] && !about(b, primary[a]) && !about(a, primary[b]);
        }

        private boolean about(int d, int subject) {
            for (int s : subjects[d]) {
                if (s == subject) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Each item's terms (numbers, in the order of their bigrams) and their weights, (1 + ln tf) · ln(N / df), of unit
     * length, N and df counted over the items {@code inSample} (a term none of them has counts as in one); {@code keys}
     * the bigram of each term number.
     */
    private record Vectors(int[][] terms, float[][] weights, long[] keys) {

        static Vectors of(Entry[] docs, boolean[] inSample) {
            Terms dictionary = new Terms();
            int[][] terms = new int[docs.length][];
            int[][] counts = new int[docs.length][];
            List<long[]> texts = Parallel.map(Arrays.asList(docs), e -> {
                long[] bigrams = Tokenizer.hanBigrams(e.heading() + "\n" + e.text());
                Arrays.sort(bigrams);
                return bigrams;
            });
            for (int d = 0; d < docs.length; d++) {
                long[] bigrams = texts.get(d);
                int distinct = 0;
                for (int i = 0; i < bigrams.length; i++) {
                    distinct += i == 0 || bigrams[i] != bigrams[i - 1] ? 1 : 0;
                }
                terms[d] = new int[distinct];
                counts[d] = new int[distinct];
                for (int i = 0, k = -1; i < bigrams.length; i++) {
                    if (i == 0 || bigrams[i] != bigrams[i - 1]) {
                        terms[d][++k] = dictionary.id(bigrams[i]);
                    }
                    counts[d][k]++;
                }
            }
            int[] df = new int[dictionary.size()];
            int n = 0;
            for (int d = 0; d < docs.length; d++) {
                if (inSample[d]) {
                    n++;
                    for (int term : terms[d]) {
                        df[term]++;
                    }
                }
            }
            double[] idf = new double[df.length];
            for (int t = 0; t < df.length; t++) {
                idf[t] = Math.log((double) n / Math.max(1, df[t]));
            }
            float[][] weights = new float[docs.length][];
            for (int d = 0; d < docs.length; d++) {
                weights[d] = weights(terms[d], counts[d], idf);
            }
            return new Vectors(terms, weights, dictionary.keys());
        }

        private static float[] weights(int[] terms, int[] counts, double[] idf) {
            double[] w = new double[terms.length];
            double norm = 0;
            for (int i = 0; i < terms.length; i++) {
                w[i] = (counts[i] == 1 ? 1 : 1 + Math.log(counts[i])) * idf[terms[i]];
                norm += w[i] * w[i];
            }
            float[] out = new float[terms.length];
            double length = Math.sqrt(norm);
            for (int i = 0; i < terms.length && length > 0; i++) {
                out[i] = (float) (w[i] / length);
            }
            return out;
        }

        int count() {
            return terms.length;
        }
    }

    /** Numbers for bigrams in the order they are first met: an open-addressing map, for millions of look-ups without boxing. */
    private static final class Terms {
        private long[] slots = new long[1 << 16];
        private int[] ids = new int[1 << 16];
        private long[] keys = new long[1 << 12];
        private int size;

        int id(long key) {
            if (size * 2 >= slots.length) {
                grow();
            }
            int mask = slots.length - 1;
            int i = slot(key, mask);
            // no key is 0: a bigram's first code point is a Han character
            while (slots[i] != 0) {
                if (slots[i] == key) {
                    return ids[i];
                }
                i = (i + 1) & mask;
            }
            slots[i] = key;
            ids[i] = size;
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size] = key;
            return size++;
        }

        int size() {
            return size;
        }

        long[] keys() {
            return Arrays.copyOf(keys, size);
        }

        private void grow() {
            long[] oldSlots = slots;
            int[] oldIds = ids;
            slots = new long[oldSlots.length * 2];
            ids = new int[oldSlots.length * 2];
            int mask = slots.length - 1;
            for (int j = 0; j < oldSlots.length; j++) {
                if (oldSlots[j] != 0) {
                    int i = slot(oldSlots[j], mask);
                    while (slots[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    slots[i] = oldSlots[j];
                    ids[i] = oldIds[j];
                }
            }
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 29)) & mask;
        }
    }

    /**
     * Per term, the items it occurs in and its weight in each: the {@value #POSTINGS} where it weighs most (ties by doc
     * number), none for a term of one item, which finds no other.
     */
    private record Postings(int[][] docs, float[][] weights) {

        static Postings of(Vectors v) {
            int terms = v.keys().length;
            int[] occurs = new int[terms];
            for (int[] own : v.terms()) {
                for (int t : own) {
                    occurs[t]++;
                }
            }
            int[][] docs = new int[terms][];
            float[][] weights = new float[terms][];
            for (int t = 0; t < terms; t++) {
                docs[t] = new int[occurs[t] > 1 ? occurs[t] : 0];
                weights[t] = new float[docs[t].length];
            }
            int[] fill = new int[terms];
            for (int d = 0; d < v.count(); d++) {
                int[] own = v.terms()[d];
                for (int i = 0; i < own.length; i++) {
                    int t = own[i];
                    if (docs[t].length > 0) {
                        docs[t][fill[t]] = d;
                        weights[t][fill[t]++] = v.weights()[d][i];
                    }
                }
            }
            for (int t = 0; t < terms; t++) {
                if (docs[t].length > POSTINGS) {
                    keepHeaviest(docs, weights, t);
                }
            }
            return new Postings(docs, weights);
        }

        private static void keepHeaviest(int[][] docs, float[][] weights, int t) {
            // weights are not negative, so their bits order as they do; inverted, the heaviest sort first, then by doc
            long[] order = new long[docs[t].length];
            for (int i = 0; i < order.length; i++) {
                order[i] = ((long) ~Float.floatToIntBits(weights[t][i]) & 0xFFFFFFFFL) << 32 | docs[t][i];
            }
            Arrays.sort(order);
            // kept in doc order, as every other term's postings are
            int[] keptDocs = new int[POSTINGS];
            for (int i = 0; i < POSTINGS; i++) {
                keptDocs[i] = (int) order[i];
            }
            Arrays.sort(keptDocs);
            float[] keptWeights = new float[POSTINGS];
            for (int i = 0; i < POSTINGS; i++) {
                keptWeights[i] = weights[t][Arrays.binarySearch(docs[t], keptDocs[i])];
            }
            docs[t] = keptDocs;
            weights[t] = keptWeights;
        }
    }

    /** Finds the lists of a run of items, with scratch arrays of its own: one per thread. */
    private static final class Matcher {
        private final Vectors vectors;
        private final Postings postings;
        private final Places places;
        private final float[] shared;
        private final int[] found;
        private final float[] dense;
        private long compared;

        Matcher(Vectors vectors, Postings postings, Places places) {
            this.vectors = vectors;
            this.postings = postings;
            this.places = places;
            this.shared = new float[vectors.count()];
            this.found = new int[vectors.count()];
            this.dense = new float[vectors.keys().length];
        }

        Chunk match(int from, int to) {
            int[][] lists = new int[to - from][];
            for (int d = from; d < to; d++) {
                lists[d - from] = match(d);
            }
            return new Chunk(from, lists, compared);
        }

        private int[] match(int d) {
            int[] candidates = candidates(d);
            int[] own = vectors.terms()[d];
            float[] ownWeights = vectors.weights()[d];
            for (int i = 0; i < own.length; i++) {
                dense[own[i]] = ownWeights[i];
            }
            long[] scores = new long[candidates.length];
            for (int k = 0; k < candidates.length; k++) {
                int[] terms = vectors.terms()[candidates[k]];
                float[] weights = vectors.weights()[candidates[k]];
                double cosine = 0;
                for (int i = 0; i < terms.length; i++) {
                    cosine += dense[terms[i]] * weights[i];
                }
                scores[k] = Math.round(cosine * PRECISION);
            }
            for (int term : own) {
                dense[term] = 0;
            }
            compared += candidates.length;
            return IntStream.range(0, candidates.length).filter(k -> scores[k] >= MIN_SIMILARITY * PRECISION).boxed()
                    .sorted((a, b) -> scores[a] != scores[b] ? Long.compare(scores[b], scores[a]) : Integer.compare(candidates[a], candidates[b]))
                    .limit(LIMIT).mapToInt(k -> candidates[k]).toArray();
        }

        /** The {@value #RERANK} items elsewhere that share most weight with {@code d} on its top terms (ties by doc number). */
        private int[] candidates(int d) {
            int[] own = vectors.terms()[d];
            float[] ownWeights = vectors.weights()[d];
            int count = 0;
            for (int i : topTerms(d)) {
                int[] docs = postings.docs()[own[i]];
                float[] weights = postings.weights()[own[i]];
                for (int p = 0; p < docs.length; p++) {
                    int c = docs[p];
                    // every share is above 0: top terms weigh more than 0, and so does such a term wherever it occurs
                    if (shared[c] == 0) {
                        found[count++] = c;
                    }
                    shared[c] += ownWeights[i] * weights[p];
                }
            }
            int[] best = new int[RERANK];
            int kept = 0;
            for (int k = 0; k < count; k++) {
                int c = found[k];
                // most candidates share less than the last of a full list: they are passed over before any other test
                boolean better = kept < RERANK || shared[c] > shared[best[kept - 1]] || shared[c] == shared[best[kept - 1]] && c < best[kept - 1];
                if (better && places.elsewhere(d, c)) {
                    kept = insert(best, kept, c, (a, b) -> shared[a] != shared[b] ? shared[a] > shared[b] : a < b);
                }
            }
            for (int k = 0; k < count; k++) {
                shared[found[k]] = 0;
            }
            return Arrays.copyOf(best, kept);
        }

        /** Positions in {@code d}'s vector of its {@value #TERMS} most weighted terms that other items have (ties by bigram), all above 0. */
        private int[] topTerms(int d) {
            int[] own = vectors.terms()[d];
            float[] w = vectors.weights()[d];
            long[] keys = vectors.keys();
            int[] best = new int[TERMS];
            int kept = 0;
            for (int i = 0; i < own.length; i++) {
                // as for candidates: a term weighing less than the last of a full list is passed over first
                boolean better = kept < TERMS || w[i] >= w[best[kept - 1]];
                if (better && w[i] > 0 && postings.docs()[own[i]].length > 0) {
                    kept = insert(best, kept, i, (a, b) -> w[a] != w[b] ? w[a] > w[b] : keys[own[a]] < keys[own[b]]);
                }
            }
            return Arrays.copyOf(best, kept);
        }

        /** Whether {@code a} goes before {@code b}. */
        private interface Before {
            boolean test(int a, int b);
        }

        /** Puts {@code x} into the first {@code kept} of {@code best}, kept in order, as long as it is among the best; the new count. */
        private static int insert(int[] best, int kept, int x, Before before) {
            if (kept == best.length && !before.test(x, best[kept - 1])) {
                return kept;
            }
            int at = Math.min(kept, best.length - 1);
            while (at > 0 && before.test(x, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = x;
            return Math.min(kept + 1, best.length);
        }
    }
}
