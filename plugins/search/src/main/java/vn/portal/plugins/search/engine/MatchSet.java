package vn.portal.plugins.search.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
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
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every document a query matches (its words, the reader's permissions, the filters), one bit
 * set per segment: the common words' kept bit sets intersected, the rest walked once without
 * scores. From it: the exact
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
     * @param common     the bit sets of the commonest words
     * @param words      what the words require (the plan's match query); null: every document
     * @param unreadable the documents the reader may not see, or null
     */
    static MatchSet of(IndexSearcher searcher, CommonWords common, Query words, SearchQuery q, Query unreadable)
            throws IOException {
        // the common words as bit sets, intersected; the rest one flat conjunction of plain
        // iterators, which Lucene runs in bulk (ConjunctionBulkScorer), over those bits
        List<Term> commonWords = new ArrayList<>();
        BooleanQuery.Builder rest = new BooleanQuery.Builder();
        if (words instanceof BooleanQuery all && all.getMinimumNumberShouldMatch() == all.clauses().size()
                && all.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD)) {
            for (BooleanClause c : all.clauses()) {
                if (common.isCommonWord(c.getQuery(), searcher.getIndexReader())) {
                    commonWords.add(((TermQuery) c.getQuery()).getTerm());
                } else {
                    rest.add(c.getQuery(), Occur.FILTER);
                }
            }
        } else if (words != null) {
            rest.add(words, Occur.FILTER);
        }
        Filters.addChosen(rest, q);
        BooleanQuery others = rest.build();
        MatchSet set = of(searcher, common, commonWords,
                others.clauses().isEmpty() && commonWords.isEmpty() ? new MatchAllDocsQuery()
                        : others.clauses().isEmpty() ? null : others);
        if (unreadable != null && set.total > 0) {
            set.remove(unreadable, common);
        }
        return set;
    }

    /**
     * Clears the documents of {@code query} (few: the restricted ones), adjusting the total. A
     * single permission (the usual case) is a bit set kept with the common words.
     */
    private void remove(Query query, CommonWords common) throws IOException {
        Weight weight = query instanceof TermQuery ? null
                : searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] == null) {
                continue;
            }
            int before = bits[i].cardinality();
            if (weight == null) {
                bits[i].andNot(common.docs(leaves.get(i), ((TermQuery) query).getTerm()));
            } else {
                Scorer s = weight.scorer(leaves.get(i));
                if (s == null) {
                    continue;
                }
                bits[i].andNot(s.iterator());
            }
            total -= before - bits[i].cardinality();
        }
    }

    /** The documents holding every common word and matching {@code others} (null: no other condition). */
    private static MatchSet of(IndexSearcher searcher, CommonWords common, List<Term> commonWords, Query others)
            throws IOException {
        Weight weight = others == null ? null
                : searcher.createWeight(searcher.rewrite(others), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] bits = new FixedBitSet[leaves.size()];
        long total = 0;
        for (int i = 0; i < bits.length; i++) {
            LeafReaderContext leaf = leaves.get(i);
            FixedBitSet set = commonWords.isEmpty() ? null : intersection(common, leaf, commonWords);
            if (weight != null) {
                set = collect(weight, leaf, set);
            } else if (set != null && leaf.reader().getLiveDocs() != null) {
                clearDeleted(set, leaf.reader().getLiveDocs());
            }
            int n = set == null ? 0 : set.cardinality();
            if (n > 0) {
                bits[i] = set;
                total += n;
            }
        }
        return new MatchSet(searcher, leaves, bits, total);
    }

    private static FixedBitSet intersection(CommonWords common, LeafReaderContext leaf, List<Term> words)
            throws IOException {
        FixedBitSet all = common.docs(leaf, words.get(0)).clone();
        for (int k = 1; k < words.size(); k++) {
            all.and(common.docs(leaf, words.get(k)));
        }
        return all;
    }

    /** The live documents the weight matches, among {@code within} (null: all of them). */
    private static FixedBitSet collect(Weight weight, LeafReaderContext leaf, FixedBitSet within) throws IOException {
        BulkScorer scorer = weight.bulkScorer(leaf);
        if (scorer == null) {
            return null;
        }
        Bits live = leaf.reader().getLiveDocs();
        Bits accept = within == null ? live : live == null ? within : new Bits() {
            @Override
            public boolean get(int index) {
                return within.get(index) && live.get(index);
            }

            @Override
            public int length() {
                return within.length();
            }
        };
        FixedBitSet set = new FixedBitSet(leaf.reader().maxDoc());
        scorer.score(new LeafCollector() {
            @Override
            public void setScorer(Scorable scorable) {
            }

            @Override
            public void collect(int doc) {
                set.set(doc);
            }
        }, accept);
        return set;
    }

    private static void clearDeleted(FixedBitSet set, Bits live) {
        int max = set.length();
        for (int doc = set.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = doc + 1 >= max ? DocIdSetIterator.NO_MORE_DOCS : set.nextSetBit(doc + 1)) {
            if (!live.get(doc)) {
                set.clear(doc);
            }
        }
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
     * Each match is sampled with probability p (geometric gaps between the ranks sampled); the
     * bit set is walked a word (64 documents) at a time, counting bits, so a sample costs a few
     * thousand word reads, not a visit to each of 30,000 matches. The same reader gives the same
     * sample (seeded per segment): page 2 shows the same counts.
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
            long[] words = set.getBits();
            long next = p >= 1 ? 0 : gap(random, logOneMinusP) - 1;   // rank of the next match sampled
            long rank = 0;                                                // matches before this word
            for (int w = 0; w < words.length; w++) {
                int inWord = Long.bitCount(words[w]);
                while (next < rank + inWord) {
                    leaf.collect(w * 64 + nthSetBit(words[w], (int) (next - rank)));
                    next += p >= 1 ? 1 : gap(random, logOneMinusP);
                }
                rank += inWord;
            }
        }
        return p;
    }

    /** The position of the n-th (0-based) set bit of a word. */
    private static int nthSetBit(long word, int n) {
        for (int k = 0; k < n; k++) {
            word &= word - 1;
        }
        return Long.numberOfTrailingZeros(word);
    }

    /** How many matches on the next one sampled is (geometric: each sampled with probability p). */
    private static long gap(SplittableRandom random, double logOneMinusP) {
        double u = 1 - random.nextDouble();
        return 1 + (long) Math.min(Integer.MAX_VALUE, Math.floor(Math.log(u) / logOneMinusP));
    }
}
