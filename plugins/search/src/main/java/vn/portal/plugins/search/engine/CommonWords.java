package vn.portal.plugins.search.engine;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of the commonest words, a bit set per segment, kept while the segment lives.
 * Vietnamese is written in syllables, and the syllables of everyday words ("hành", "chính",
 * "nhà", "nước") are each in a good part of the documents: requiring three of them walked
 * three lists of tens of thousands of documents (a millisecond), where intersecting their
 * bit sets (25 KB for 200,000 documents) takes microseconds. Only words in at least one
 * document in {@link #DENSITY} are kept (a bit set is then no larger than the list), within
 * {@link #BUDGET_BYTES}; beyond it they are built for the search at hand and not kept.
 */
final class CommonWords {

    static final int DENSITY = 16;
    /** Below this many documents the lists are short: nothing to gain. */
    static final int MIN_DOCS = 20_000;
    static final long BUDGET_BYTES = 64L << 20;

    private final Map<Object, Map<Term, FixedBitSet>> segments = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final int minDocs;

    CommonWords() {
        this(MIN_DOCS);
    }

    /** @param minDocs the smallest index whose common words are read as bit sets (tests use small ones) */
    CommonWords(int minDocs) {
        this.minDocs = minDocs;
    }

    /** Whether a word in {@code docFreq} of {@code maxDoc} documents is read as a bit set. */
    boolean isCommon(int docFreq, int maxDoc) {
        return maxDoc >= minDocs && docFreq >= maxDoc / DENSITY;
    }

    /**
     * The segment's documents holding the term, deleted ones included (the caller applies the
     * live documents). Shared: never modify it.
     */
    FixedBitSet docs(LeafReaderContext leaf, Term term) throws IOException {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) {
            return read(leaf, term);
        }
        Map<Term, FixedBitSet> terms = segments.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(this::forget);
            return new ConcurrentHashMap<>();
        });
        FixedBitSet docs = terms.get(term);
        if (docs == null) {
            docs = read(leaf, term);
            if (bytes.addAndGet(docs.ramBytesUsed()) <= BUDGET_BYTES && terms.putIfAbsent(term, docs) == null) {
                return docs;
            }
            bytes.addAndGet(-docs.ramBytesUsed());
        }
        return docs;
    }

    /** Whether the query is a single word common enough to be read as a bit set. */
    boolean isCommonWord(Query query, IndexReader reader) throws IOException {
        if (!(query instanceof TermQuery t)) {
            return false;
        }
        TermStates states = t.getTermStates();
        return isCommon(states != null ? states.docFreq() : reader.docFreq(t.getTerm()), reader.maxDoc());
    }

    /** Bytes kept. */
    long bytes() {
        return bytes.get();
    }

    private void forget(IndexReader.CacheKey segment) {
        Map<Term, FixedBitSet> gone = segments.remove(segment);
        if (gone != null) {
            gone.values().forEach(b -> bytes.addAndGet(-b.ramBytesUsed()));
        }
    }

    private static FixedBitSet read(LeafReaderContext leaf, Term term) throws IOException {
        FixedBitSet docs = new FixedBitSet(leaf.reader().maxDoc());
        Terms terms = leaf.reader().terms(term.field());
        if (terms != null) {
            TermsEnum e = terms.iterator();
            if (e.seekExact(term.bytes())) {
                docs.or(e.postings(null, PostingsEnum.NONE));
            }
        }
        return docs;
    }
}
