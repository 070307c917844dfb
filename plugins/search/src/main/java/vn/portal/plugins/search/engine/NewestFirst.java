package vn.portal.plugins.search.engine;

import java.io.IOException;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * Newest first, equal dates by relevance, documents without a date last — without scoring
 * every match. Ordering all 30,000 matches of a common phrase by date and score scored each of
 * them (a third of the searches' CPU on the benchmark, for one search in ten). Instead: the page
 * by date alone (Lucene skips documents older than the page through the dates' index), then
 * only the documents as new as the oldest on it are scored, and ordered by date and score.
 */
final class NewestFirst {

    private NewestFirst() {
    }

    /**
     * @param scores the scoring query (null: every match scores the same)
     * @param n      how many, from the first
     */
    static TopDocs top(MatchSet matches, Query scores, int n) throws IOException {
        TopDocs byDate = matches.collect(matches.asQuery(),
                new TopFieldCollectorManager(new Sort(date()), n, null, n).newCollector()).topDocs();
        MatchSet candidates = matches;
        if (byDate.scoreDocs.length == n) {
            long oldest = (Long) ((FieldDoc) byDate.scoreDocs[n - 1]).fields[0];
            if (oldest != Long.MIN_VALUE) {
                // the page, and the documents of the same date as its last (one may score higher)
                candidates = matches.and(LongPoint.newRangeQuery(IndexSchema.DATE, oldest, Long.MAX_VALUE));
            }   // else the page reaches the undated documents: rank all (rare: few dated matches)
        }
        Query ranked = new BooleanQuery.Builder()
                .add(scores == null ? new MatchAllDocsQuery() : scores, Occur.MUST)
                .add(candidates.asQuery(), Occur.FILTER)
                .build();
        return candidates.collect(ranked, new TopFieldCollectorManager(order(), n, null, n).newCollector()).topDocs();
    }

    /** Newest first; equal dates by relevance; documents without a date last. */
    static Sort order() {
        return new Sort(date(), SortField.FIELD_SCORE);
    }

    private static SortField date() {
        SortField date = new SortField(IndexSchema.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return date;
    }
}
