package vn.portal.plugins.search.engine;

import static vn.portal.plugins.search.engine.IndexSchema.ZONE;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** The non-scoring part of a search: the reader's permissions, sites, facets chosen, dates. */
final class Filters {

    private Filters() {
    }

    /** Adds the query's filters as FILTER clauses. */
    static void add(BooleanQuery.Builder b, SearchQuery q, IndexReader reader) throws IOException {
        b.add(readable(reader, q.mayRead()), Occur.FILTER);
        anyOf(b, IndexSchema.SITE, q.sites());
        anyOf(b, IndexSchema.TYPE, q.types());
        anyOf(b, IndexSchema.CATEGORY, q.categories());
        anyOf(b, IndexSchema.SECTOR, q.sectors());
        anyOf(b, IndexSchema.UNIT, q.units());
        if (q.locale() != null && !q.locale().isBlank()) {
            b.add(new TermQuery(new Term(IndexSchema.LOCALE, q.locale())), Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            b.add(dates(q.from(), q.to()), Occur.FILTER);
        }
    }

    /** The documents without a permission, and those whose permission the reader holds. */
    static Query readable(IndexReader reader, Predicate<String> mayRead) throws IOException {
        Query open = new TermQuery(new Term(IndexSchema.PUBLIC, "1"));
        if (mayRead == null) {
            return open;
        }
        // the index holds few distinct permissions: ask about each once
        List<BytesRef> allowed = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, IndexSchema.PERMISSION);
        if (terms != null) {
            TermsEnum e = terms.iterator();
            for (BytesRef t = e.next(); t != null; t = e.next()) {
                if (allows(mayRead, t.utf8ToString())) {
                    allowed.add(BytesRef.deepCopyOf(t));
                }
            }
        }
        if (allowed.isEmpty()) {
            return open;
        }
        return new BooleanQuery.Builder()
                .add(open, Occur.SHOULD)
                .add(new TermInSetQuery(IndexSchema.PERMISSION, allowed), Occur.SHOULD)
                .build();
    }

    /** A check that fails denies: a broken permission check must not open restricted documents. */
    private static boolean allows(Predicate<String> mayRead, String permission) {
        try {
            return mayRead.test(permission);
        } catch (RuntimeException e) {
            return false;
        }
    }

    static void anyOf(BooleanQuery.Builder b, String field, Set<String> values) {
        List<BytesRef> terms = values.stream().filter(v -> v != null && !v.isBlank())
                .map(v -> new BytesRef(IndexSchema.nfc(v))).toList();
        if (!terms.isEmpty()) {
            b.add(new TermInSetQuery(field, terms), Occur.FILTER);
        }
    }

    /** Days from and to (inclusive) in Vietnam. */
    static Query dates(LocalDate from, LocalDate to) {
        long lower = from == null ? Long.MIN_VALUE : from.atStartOfDay(ZONE).toInstant().toEpochMilli();
        long upper = to == null ? Long.MAX_VALUE : to.plusDays(1).atStartOfDay(ZONE).toInstant().toEpochMilli() - 1;
        // the points when the dates lead the search, the doc values to check the documents the words found
        return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(IndexSchema.DATE, lower, upper),
                NumericDocValuesField.newSlowRangeQuery(IndexSchema.DATE, lower, upper));
    }
}
