package vn.portal.plugins.search.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Counts the matching documents (the total) and, per facet dimension, the documents of each
 * value, from the doc values: per segment by ordinal into an array, resolved to values at the
 * end (the matching documents are kept, and their values read only when the facets are asked for). Only the documents the query matched are counted, and the query holds the permission
 * filter, so restricted documents never show in the counts.
 */
final class FacetCounter implements Collector {

    /** The most values a dimension reports (the most frequent). */
    static final int MAX_VALUES = 100;

    private final List<String> dims;
    private final List<SegmentCounts> segments = new ArrayList<>();
    private long total;

    private final FacetOrdinals ordinals;

    FacetCounter(List<String> dims) {
        this(dims, null);
    }

    /** @param ordinals tables of the single-valued dimensions' values, or null to read the doc values */
    FacetCounter(List<String> dims, FacetOrdinals ordinals) {
        this.dims = dims;
        this.ordinals = ordinals;
    }

    /**
     * One segment's matches, and (once asked) their counts. Counting waits until the facets are
     * asked for: when more documents match than the limit, the facets come from a sample and the
     * documents counted one by one only tell the total, so reading their doc values would be
     * wasted (a thousand documents times seven dimensions).
     */
    private static final class SegmentCounts {
        final LeafReaderContext context;
        int[] docs = new int[64];
        int size;
        SortedSetDocValues[] multi;
        SortedDocValues[] single;
        int[][] counts;

        SegmentCounts(LeafReaderContext context) {
            this.context = context;
        }

        void add(int doc) {
            if (size == docs.length) {
                docs = java.util.Arrays.copyOf(docs, size * 2);
            }
            docs[size++] = doc;
        }

        /** Single-valued dimensions read faster from a table, or else through SortedDocValues. */
        void count(List<String> dims, FacetOrdinals ordinals) throws IOException {
            if (counts != null) {
                return;
            }
            int n = dims.size();
            multi = new SortedSetDocValues[n];
            single = new SortedDocValues[n];
            counts = new int[n][];
            for (int d = 0; d < n; d++) {
                SortedSetDocValues values = DocValues.getSortedSet(context.reader(), "f_" + dims.get(d));
                int[] c = new int[(int) Math.min(Integer.MAX_VALUE - 8, values.getValueCount())];
                counts[d] = c;
                SortedDocValues one = DocValues.unwrapSingleton(values);
                if (one != null) {
                    single[d] = one;
                    PackedInts.Reader table = ordinals == null ? null : ordinals.of(context, "f_" + dims.get(d));
                    for (int i = 0; i < size; i++) {
                        if (table != null) {
                            long ord = table.get(docs[i]);
                            if (ord > 0) {
                                c[(int) ord - 1]++;
                            }
                        } else if (one.advanceExact(docs[i])) {
                            c[one.ordValue()]++;
                        }
                    }
                } else {
                    multi[d] = values;
                    for (int i = 0; i < size; i++) {
                        if (values.advanceExact(docs[i])) {
                            for (int k = 0; k < values.docValueCount(); k++) {
                                c[(int) values.nextOrd()]++;
                            }
                        }
                    }
                }
            }
        }
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SegmentCounts seg = new SegmentCounts(context);
        segments.add(seg);
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) {
                total++;
                seg.add(doc);
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** The documents counted. */
    long total() {
        return total;
    }

    /** dimension → value → count, most frequent first (ties by value). */
    Map<String, Map<String, Long>> facets() throws IOException {
        return facets(1);
    }

    /**
     * The counts multiplied by {@code scale} (the inverse of the sampling rate when only a
     * sample was counted), then rounded to two significant digits: an estimate should not look
     * more precise than it is.
     */
    Map<String, Map<String, Long>> facets(double scale) throws IOException {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (int d = 0; d < dims.size(); d++) {
            Map<String, Long> counts = new HashMap<>();
            for (SegmentCounts seg : segments) {
                seg.count(dims, ordinals);
                resolve(seg, d, counts);
            }
            Map<String, Long> sorted = new LinkedHashMap<>();
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(MAX_VALUES)
                    .forEach(e -> sorted.put(e.getKey(), scale == 1 ? e.getValue() : estimate(e.getValue() * scale)));
            out.put(dims.get(d), sorted);
        }
        return out;
    }

    /** An estimated count, rounded to two significant digits (at least 1: the value was seen). */
    static long estimate(double count) {
        if (count < 1) {
            return 1;
        }
        double unit = Math.pow(10, Math.max(0, Math.floor(Math.log10(count)) - 1));
        return Math.max(1, Math.round(count / unit) * (long) unit);
    }

    /**
     * Adds a segment's counts of one dimension to {@code counts}. The values are read in order
     * through a TermsEnum: doc values keep them in compressed blocks, so looking each ordinal up
     * on its own would decompress a block per value.
     */
    private static void resolve(SegmentCounts seg, int d, Map<String, Long> counts) throws IOException {
        int[] c = seg.counts[d];
        TermsEnum values = seg.single[d] != null ? seg.single[d].termsEnum() : seg.multi[d].termsEnum();
        int ord = 0;
        for (BytesRef value = values.next(); value != null && ord < c.length; value = values.next(), ord++) {
            if (c[ord] > 0) {
                counts.merge(value.utf8ToString(), (long) c[ord], Long::sum);
            }
        }
    }
}
