package org.bulletinarchive.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Turns documents into an inverted index: doc ids in recency order, and per term its postings with impacts. */
public final class IndexBuilder {

    /** Newest issue first, so that the lower doc id wins a tie in the browser. */
    public static final Comparator<SearchDocument> RECENCY = Comparator.comparingInt(SearchDocument::year).reversed()
            .thenComparing(Comparator.comparingInt(SearchDocument::issue).reversed())
            .thenComparing(Comparator.comparing(SearchDocument::date).reversed())
            .thenComparing(SearchDocument::url);

    /** Postings of one term: body docs with impacts, and the docs whose title or city contain it. */
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

        /** Docs that have the term anywhere (body, title or city). */
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

        /** Docs whose title or city has the term, ascending. */
        public int[] fieldDocs() {
            return Arrays.copyOf(fieldDocs, fieldCount);
        }
    }

    /** The index: docs by id, and postings by term in sorted order. */
    public record InvertedIndex(List<SearchDocument> docs, TreeMap<String, Postings> terms) {
    }

    private record Tokens(Map<String, int[]> body, int length, Set<String> field) {
    }

    private IndexBuilder() {
    }

    public static InvertedIndex build(List<SearchDocument> documents) {
        List<SearchDocument> docs = new ArrayList<>(documents);
        docs.sort(RECENCY);
        List<Tokens> tokens = docs.parallelStream().map(IndexBuilder::tokens).toList();
        double averageLength = tokens.stream().mapToInt(Tokens::length).average().orElse(1);
        Map<String, Postings> terms = new HashMap<>();
        for (int id = 0; id < docs.size(); id++) {
            Tokens t = tokens.get(id);
            for (Map.Entry<String, int[]> e : t.body().entrySet()) {
                Postings p = terms.computeIfAbsent(e.getKey(), k -> new Postings());
                p.add(id, Scoring.impact(e.getValue()[0], t.length(), averageLength));
                p.df++;
            }
            for (String term : t.field()) {
                Postings p = terms.computeIfAbsent(term, k -> new Postings());
                p.addField(id);
                if (!t.body().containsKey(term)) {
                    p.df++;
                }
            }
        }
        return new InvertedIndex(docs, new TreeMap<>(terms));
    }

    private static Tokens tokens(SearchDocument doc) {
        List<String> body = Tokenizer.indexTerms(doc.text());
        Map<String, int[]> tf = new HashMap<>();
        for (String term : body) {
            tf.computeIfAbsent(term, k -> new int[1])[0]++;
        }
        Set<String> field = new HashSet<>(Tokenizer.indexTerms(doc.title() + "\n" + doc.city()));
        return new Tokens(tf, body.size(), field);
    }
}
