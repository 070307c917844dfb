package vn.portal.plugins.search.engine;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every document a query matches (its words, the reader's permissions, the filters), one bit
 * set per segment, built in one pass of the match query without scores. From it: the exact
 * total, the facets (of all matches, or of a sample of them), and the best hits — ranked by
 * the scoring disjunction alone with the bit set as the documents it may accept. Lucene 9
 * runs a top-level pure disjunction with MAXSCORE ({@code MaxScoreBulkScorer}), which skips
 * far more than WAND does beside a required filter; the bit set answers "does it match" for
 * a candidate with one memory read.
 */
final class MatchSet {

    private static final long SEED = 0x5eed_0f_5ea7c4L;

    private final IndexSearcher searcher;
    private final List<LeafReaderContext> leaves;
    /** Per segment, the live documents matching; null when none. */
    private final FixedBitSet[] bits;
    private long total;

    private MatchSet(IndexSearcher searcher, List<LeafReaderContext> leaves, FixedBitSet[] bits, long total) {
        this.searcher = searcher;
        this.leaves = leaves;
        this.bits = bits;
        this.total = total;
    }

    /**
     * @param words      what the words require (the plan's match query); null: every document
     * @param unreadable the documents the reader may not see, or null
     */
    static MatchSet of(IndexSearcher searcher, Query words, SearchQuery q, Query unreadable) throws IOException {
        // one flat conjunction of plain iterators: Lucene then runs it in bulk (ConjunctionBulkScorer)
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (words == null) {
            b.add(new MatchAllDocsQuery(), Occur.FILTER);
        } else if (words instanceof BooleanQuery all && all.getMinimumNumberShouldMatch() == all.clauses().size()
                && all.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD)) {
            all.clauses().forEach(c -> b.add(c.getQuery(), Occur.FILTER));
        } else {
            b.add(words, Occur.FILTER);
        }
        Filters.addChosen(b, q);
        MatchSet set = of(searcher, b.build());
        if (unreadable != null && set.total > 0) {
            set.remove(unreadable);
        }
        return set;
    }

    /** Clears the documents of {@code query} (few: the restricted ones), adjusting the total. */
    private void remove(Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] == null) {
                continue;
            }
            org.apache.lucene.search.Scorer s = weight.scorer(leaves.get(i));
            if (s != null) {
                int before = bits[i].cardinality();
                bits[i].andNot(s.iterator());
                total -= before - bits[i].cardinality();
            }
        }
    }

    static MatchSet of(IndexSearcher searcher, Query matches) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(matches), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] bits = new FixedBitSet[leaves.size()];
        long total = 0;
        for (int i = 0; i < bits.length; i++) {
            LeafReaderContext leaf = leaves.get(i);
            BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer == null) {
                continue;
            }
            FixedBitSet set = new FixedBitSet(leaf.reader().maxDoc());
            scorer.score(new LeafCollector() {
                @Override
                public void setScorer(Scorable scorable) {
                }

                @Override
                public void collect(int doc) {
                    set.set(doc);
                }
            }, leaf.reader().getLiveDocs());
            int n = set.cardinality();
            if (n > 0) {
                bits[i] = set;
                total += n;
            }
        }
        return new MatchSet(searcher, leaves, bits, total);
    }

    long total() {
        return total;
    }

    /**
     * Runs {@code scores} (a disjunction, or every document) over the matches into
     * {@code collector}: the bit set filters its candidates, so the ranking is that of the
     * match and the scores together.
     */
    <C extends Collector> C collect(Query scores, C collector) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(scores), collector.scoreMode(), 1f);
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] == null) {
                continue;
            }
            BulkScorer scorer = weight.bulkScorer(leaves.get(i));
            if (scorer == null) {
                continue;
            }
            LeafCollector leaf = collector.getLeafCollector(leaves.get(i));
            scorer.score(leaf, bits[i]);
            leaf.finish();
        }
        return collector;
    }

    /** The matches that {@code query} matches too (a new set; this one is left as it is). */
    MatchSet and(Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        FixedBitSet[] both = new FixedBitSet[bits.length];
        long n = 0;
        for (int i = 0; i < bits.length; i++) {
            Scorer s = bits[i] == null ? null : weight.scorer(leaves.get(i));
            if (s == null) {
                continue;
            }
            FixedBitSet set = new FixedBitSet(bits[i].length());
            DocIdSetIterator it = s.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (bits[i].get(doc)) {
                    set.set(doc);
                }
            }
            int count = set.cardinality();
            if (count > 0) {
                both[i] = set;
                n += count;
            }
        }
        return new MatchSet(searcher, leaves, both, n);
    }

    /**
     * The matches as a query, for this search's reader only: as a FILTER beside a scoring query
     * it leads, so the scoring query is only asked about them (a few, where it is used).
     */
    Query asQuery() {
        return new Query() {
            @Override
            public Weight createWeight(IndexSearcher s, ScoreMode scoreMode, float boost) {
                return new ConstantScoreWeight(this, boost) {
                    @Override
                    public Scorer scorer(LeafReaderContext context) {
                        FixedBitSet set = context.ord < bits.length ? bits[context.ord] : null;
                        return set == null ? null : new ConstantScoreScorer(this, score(), scoreMode,
                                new BitSetIterator(set, set.cardinality()));
                    }

                    @Override
                    public boolean isCacheable(LeafReaderContext ctx) {
                        return false;
                    }
                };
            }

            @Override
            public void visit(QueryVisitor visitor) {
                visitor.visitLeaf(this);
            }

            @Override
            public String toString(String field) {
                return "matches(" + total + ")";
            }

            @Override
            public boolean equals(Object other) {
                return this == other;
            }

            @Override
            public int hashCode() {
                return System.identityHashCode(this);
            }
        };
    }

    /**
     * Counts the facets of every match, or of a random sample of about {@code sample} of them
     * when there are more than {@code exact}; returns the sampling rate (1 when all were counted).
     * The same reader gives the same sample (seeded per segment): page 2 shows the same counts.
     */
    double countFacets(FacetCounter counter, int exact, int sample) throws IOException {
        double p = total <= exact ? 1 : Math.min(1, (double) sample / total);
        double logOneMinusP = p >= 1 ? 0 : Math.log1p(-p);
        for (int i = 0; i < bits.length; i++) {
            FixedBitSet set = bits[i];
            if (set == null) {
                continue;
            }
            LeafCollector leaf = counter.getLeafCollector(leaves.get(i));
            SplittableRandom random = new SplittableRandom(SEED ^ set.length());
            long skip = gap(random, p, logOneMinusP);
            int max = set.length();
            for (int doc = set.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                    doc = doc + 1 >= max ? DocIdSetIterator.NO_MORE_DOCS : set.nextSetBit(doc + 1)) {
                if (--skip == 0) {
                    leaf.collect(doc);
                    skip = gap(random, p, logOneMinusP);
                }
            }
        }
        return p;
    }

    /** The matches to pass before the next one sampled (geometric: each sampled with probability p). */
    private static long gap(SplittableRandom random, double p, double logOneMinusP) {
        if (p >= 1) {
            return 1;
        }
        double u = 1 - random.nextDouble();
        return 1 + (long) Math.min(Integer.MAX_VALUE, Math.floor(Math.log(u) / logOneMinusP));
    }
}
