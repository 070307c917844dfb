package vn.portal.plugins.search.engine;

import java.io.IOException;
import java.util.SplittableRandom;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A random sample of the index: each document with probability {@code p}, drawn as geometric
 * gaps so a sample costs work in proportion to its size, not to the index's. As a FILTER
 * clause it leads the query (its cost is the smallest), which is then only asked about the
 * sampled documents. The same reader gives the same sample (the random numbers are seeded per
 * segment), so the estimates of a query do not change from one page to the next.
 */
final class SampledDocs extends Query {

    private static final long SEED = 0x5eed_0f_5ea7c4L;

    private final double p;

    SampledDocs(double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in (0, 1]: " + p);
        }
        this.p = p;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                int maxDoc = context.reader().maxDoc();
                return new ConstantScoreScorer(this, score(), scoreMode, new Gaps(maxDoc, p, SEED ^ maxDoc));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;   // a one-off filter: caching it would only push useful ones out
            }
        };
    }

    /** Document ids separated by geometric gaps (each id sampled with probability p). */
    private static final class Gaps extends DocIdSetIterator {
        private final int maxDoc;
        private final double p;
        private final double logOneMinusP;
        private final SplittableRandom random;
        private int doc = -1;

        Gaps(int maxDoc, double p, long seed) {
            this.maxDoc = maxDoc;
            this.p = p;
            this.logOneMinusP = Math.log1p(-p);
            this.random = new SplittableRandom(seed);
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            if (doc == NO_MORE_DOCS) {
                return doc;
            }
            long next = (long) doc + gap();
            doc = next >= maxDoc ? NO_MORE_DOCS : (int) next;
            return doc;
        }

        private long gap() {
            if (p >= 1) {
                return 1;
            }
            // inverse transform: the number of trials to the first success of a Bernoulli(p)
            double u = 1 - random.nextDouble();   // (0, 1]
            return 1 + (long) Math.min(Integer.MAX_VALUE, Math.floor(Math.log(u) / logOneMinusP));
        }

        @Override
        public int advance(int target) {
            while (doc < target) {
                nextDoc();
            }
            return doc;
        }

        @Override
        public long cost() {
            return Math.max(1, (long) Math.ceil(maxDoc * p));
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "sample(" + p + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && ((SampledDocs) other).p == p;
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + Double.hashCode(p);
    }
}
