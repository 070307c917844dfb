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
import org.apache.lucene.search.MatchAllDocsQuery;
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
        Query readable = readable(reader, q.mayRead());
        if (readable != null) {
            b.add(readable, Occur.FILTER);
        }
        addChosen(b, q);
    }

    /** Adds the filters the searcher chose (sites, facets, dates) as FILTER clauses; not the permissions. */
    static void addChosen(BooleanQuery.Builder b, SearchQuery q) {
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

    /**
     * The documents whose permission the reader does not hold (null: none), to exclude. The
     * same as keeping the public documents and those the reader may read, but far cheaper:
     * the restricted documents are few, so their list is skipped through quickly, while the
     * list of public documents (nearly all of them) had to be decoded at every match.
     */
    static Query unreadable(IndexReader reader, Predicate<String> mayRead) throws IOException {
        List<BytesRef> denied = new ArrayList<>();
        for (BytesRef permission : permissions(reader)) {
            if (mayRead == null || !allows(mayRead, permission.utf8ToString())) {
                denied.add(permission);
            }
        }
        if (denied.isEmpty()) {
            return null;
        }
        return denied.size() == 1 ? new TermQuery(new Term(IndexSchema.PERMISSION, denied.get(0)))
                : new TermInSetQuery(IndexSchema.PERMISSION, denied);
    }

    /**
     * Every document but those whose permission the reader does not hold (null: every
     * document). As a filter of its own: a top-level MUST_NOT would split the search into the
     * short runs of documents between two restricted ones (Lucene's ReqExclBulkScorer), while
     * as a filter it is only asked whether a candidate is restricted.
     */
    static Query readable(IndexReader reader, Predicate<String> mayRead) throws IOException {
        Query unreadable = unreadable(reader, mayRead);
        return unreadable == null ? null : new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.MUST)
                .add(unreadable, Occur.MUST_NOT)
                .build();
    }

    /** The reader's index and its permissions (few distinct ones), kept for the searches of the same reader. */
    private record Permissions(IndexReader reader, List<BytesRef> terms) {
    }

    private static volatile Permissions lastPermissions;

    /** The permissions documents of the index require. */
    private static List<BytesRef> permissions(IndexReader reader) throws IOException {
        Permissions last = lastPermissions;
        if (last != null && last.reader() == reader) {
            return last.terms();
        }
        List<BytesRef> found = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, IndexSchema.PERMISSION);
        if (terms != null) {
            TermsEnum e = terms.iterator();
            for (BytesRef t = e.next(); t != null; t = e.next()) {
                found.add(BytesRef.deepCopyOf(t));
            }
        }
        List<BytesRef> result = List.copyOf(found);
        lastPermissions = new Permissions(reader, result);
        return result;
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
