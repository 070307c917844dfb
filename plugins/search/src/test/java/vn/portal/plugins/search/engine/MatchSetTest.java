package vn.portal.plugins.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portal.plugins.search.engine.Docs.doc;
import static vn.portal.plugins.search.engine.Docs.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.portal.plugins.search.engine.SearchQuery.Order;

/**
 * The match set gives the same documents whether the common words are read as bit sets or
 * walked as lists, with deleted documents, restricted ones and filters; facets are sampled
 * beyond the exact limit; the ranking runs over the set.
 */
class MatchSetTest {

    static Directory dir;
    static DirectoryReader reader;
    static IndexSearcher searcher;

    /**
     * 2,000 notices in two segments, every seventh deleted, every tenth restricted; "đê điều" in
     * every fifth; "UBND" or its long form "Ủy ban nhân dân" in every other.
     */
    @BeforeAll
    static void index() throws IOException {
        dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer())
                .setIndexSort(IndexSchema.indexSort()))) {
            for (int i = 0; i < 2000; i++) {
                String title = "Thông báo hành chính số " + i + (i % 5 == 0 ? " đê điều" : "");
                String body = "Nội dung " + (i % 3 == 0 ? "nhà nước " : "")
                        + (i % 4 == 1 ? "UBND tỉnh" : i % 4 == 2 ? "Ủy ban nhân dân tỉnh" : "");
                var d = doc("d" + i, i % 2 == 0 ? "a" : "b", "article", title, body, "2024-01-01");
                if (i % 10 == 0) {
                    d = Docs.with(d, List.of(), null, null, "content.read.internal");
                }
                w.addDocument(IndexSchema.toLucene(d));
                if (i == 1000) {
                    w.commit();   // a second segment
                }
            }
            for (int i = 0; i < 2000; i += 7) {
                w.deleteDocuments(IndexSchema.uid("content", "d" + i));
            }
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        dir.close();
    }

    private static MatchSet matches(CommonWords common, String text, SearchQuery q) throws IOException {
        QueryPlanner.Plan plan = QueryPlanner.plan(QueryWords.of(text), Synonyms.defaults(), true);
        return MatchSet.of(searcher, common, plan.match(), q, Filters.unreadable(reader, q.mayRead()));
    }

    /** The document ids of the set, by ranking everything in it. */
    private static List<Integer> ids(MatchSet set) throws IOException {
        List<Integer> ids = new ArrayList<>();
        for (ScoreDoc sd : set.collect(new org.apache.lucene.search.MatchAllDocsQuery(),
                new TopScoreDocCollectorManager(5000, null, 5000).newCollector()).topDocs().scoreDocs) {
            ids.add(sd.doc);
        }
        ids.sort(Integer::compare);
        return ids;
    }

    private static long expected(java.util.function.IntPredicate keep) {
        return java.util.stream.IntStream.range(0, 2000).filter(i -> i % 7 != 0).filter(keep).count();
    }

    @Test
    void commonWordsAsBitSetsMatchTheSameDocuments() throws IOException {
        CommonWords bitSets = new CommonWords(0);
        CommonWords lists = new CommonWords(Integer.MAX_VALUE);
        for (String text : List.of("thông báo hành chính", "hành chính đê điều", "nhà nước", "thông báo nhà nước",
                "UBND", "ủy ban nhân dân tỉnh", "thông báo UBND")) {
            for (SearchQuery q : List.of(query(text), query(text, Set.of("a"), Set.of(), Set.of(), Order.RELEVANCE, 1,
                    10, p -> true))) {
                MatchSet a = matches(bitSets, text, q);
                MatchSet b = matches(lists, text, q);
                assertEquals(b.total(), a.total(), text);
                assertEquals(ids(b), ids(a), text);
            }
        }
        assertTrue(bitSets.bytes() > lists.bytes(), "the common words were kept as bit sets (with lists only the"
                + " restricted documents are)");
    }

    @Test
    void totalsLeaveOutDeletedAndRestrictedDocuments() throws IOException {
        CommonWords bitSets = new CommonWords(0);
        assertEquals(expected(i -> i % 10 != 0), matches(bitSets, "thông báo", query("thông báo")).total());
        assertEquals(expected(i -> i % 10 != 0 && i % 5 == 0), matches(bitSets, "đê điều", query("đê điều")).total());
        assertEquals(expected(i -> i % 10 != 0 && (i % 4 == 1 || i % 4 == 2)), matches(bitSets, "UBND",
                query("UBND")).total(), "either spelling of a synonym");
        assertEquals(expected(i -> i % 2 == 0 && i % 3 == 0), matches(bitSets, "nhà nước",
                query("nhà nước", Set.of("a"), Set.of(), Set.of(), Order.RELEVANCE, 1, 10, p -> true)).total());
    }

    @Test
    void facetsAreSampledBeyondTheExactLimitAndCountedBelowIt() throws IOException {
        MatchSet many = matches(new CommonWords(0), "thông báo", query("thông báo"));
        FacetCounter sampled = new FacetCounter(IndexSchema.FACETS);
        double p = many.countFacets(sampled, 1000, 200);
        assertTrue(p < 1);
        assertTrue(sampled.total() > 100 && sampled.total() < 300, "about 200 sampled: " + sampled.total());
        FacetCounter again = new FacetCounter(IndexSchema.FACETS);
        many.countFacets(again, 1000, 200);
        assertEquals(sampled.facets(), again.facets(), "the same sample every time");

        FacetCounter fromTables = new FacetCounter(IndexSchema.FACETS, new FacetOrdinals());
        many.countFacets(fromTables, 1000, 200);
        assertEquals(sampled.facets(), fromTables.facets(), "the values' tables count as the doc values do");
        assertTrue(fromTables.facets().get("site").size() == 2 && fromTables.facets().get("type").size() == 1,
                fromTables.facets().toString());

        MatchSet few = matches(new CommonWords(0), "đê điều", query("đê điều"));
        FacetCounter all = new FacetCounter(IndexSchema.FACETS);
        assertEquals(1.0, few.countFacets(all, 1000, 200));
        assertEquals(few.total(), all.total());
    }

    @Test
    void theRankingRunsOverTheSetOnly() throws IOException {
        MatchSet set = matches(new CommonWords(0), "đê điều", query("đê điều"));
        var top = set.collect(new TermQuery(new Term(IndexSchema.CONTENT, "thong")),
                new TopScoreDocCollectorManager(1000, null, 1000).newCollector()).topDocs();
        assertEquals(set.total(), top.scoreDocs.length, "every match ranked, nothing else");
    }
}
