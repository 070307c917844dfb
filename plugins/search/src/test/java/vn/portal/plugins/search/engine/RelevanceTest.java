package vn.portal.plugins.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ranking quality on the demo content: the queries of relevance-queries.tsv, each with the
 * documents a reader wants for it. Asserts mean reciprocal rank and recall in the first ten,
 * and that typing without diacritics or decomposed (NFD) gives the same first results.
 */
class RelevanceTest {

    static final double MIN_MRR = 0.85;
    static final double MIN_RECALL_AT_10 = 0.9;

    @TempDir
    static Path dir;
    static SearchIndex index;
    static List<Judgement> judgements;

    record Judgement(String query, List<String> relevant) {
    }

    @BeforeAll
    static void indexDemoContent() throws Exception {
        index = SearchIndex.open(dir);
        DemoContent.index(index);
        judgements = read();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static List<Judgement> read() throws Exception {
        List<Judgement> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                RelevanceTest.class.getResourceAsStream("/relevance-queries.tsv")), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                List<String> relevant = List.of(parts[1].split(",\\s*"));
                out.add(new Judgement(parts[0], relevant));
            }
        }
        return out;
    }

    /** "site/key" of the first ten hits. */
    static List<String> top10(String query) {
        return index.search(SearchQuery.of(query)).hits().stream().map(h -> h.siteKey() + "/" + h.id()).toList();
    }

    /** What a user typing without diacritics types: "Đất đai" → "Dat dai". */
    static String withoutDiacritics(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd')
                .replace('Đ', 'D');
    }

    static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    private record Scores(double mrr, double recall, List<String> misses) {
    }

    private static Scores score(java.util.function.UnaryOperator<String> typing) {
        double rr = 0;
        double recall = 0;
        List<String> misses = new ArrayList<>();
        for (Judgement j : judgements) {
            List<String> top = top10(typing.apply(j.query()));
            int first = -1;
            for (int i = 0; i < top.size() && first < 0; i++) {
                if (j.relevant().contains(top.get(i))) {
                    first = i;
                }
            }
            rr += first < 0 ? 0 : 1.0 / (first + 1);
            long found = j.relevant().stream().filter(top::contains).count();
            recall += (double) found / j.relevant().size();
            if (first != 0 || found < j.relevant().size()) {
                misses.add(typing.apply(j.query()) + " → first relevant at " + (first + 1) + ", " + found + "/"
                        + j.relevant().size() + " in top 10: " + top.subList(0, Math.min(5, top.size())));
            }
        }
        return new Scores(rr / judgements.size(), recall / judgements.size(), misses);
    }

    @Test
    void theSetIsLargeEnough() {
        assertTrue(judgements.size() >= 40, "at least 40 queries, have " + judgements.size());
    }

    @Test
    void rankingMeetsTheThresholdsHoweverTheQueryIsTyped() {
        for (var typing : List.<java.util.function.UnaryOperator<String>>of(q -> q, RelevanceTest::withoutDiacritics,
                RelevanceTest::nfd)) {
            Scores s = score(typing);
            System.out.printf("relevance: MRR %.3f, recall@10 %.3f over %d queries; not perfect:%n  %s%n", s.mrr(),
                    s.recall(), judgements.size(), String.join("\n  ", s.misses()));
            assertTrue(s.mrr() >= MIN_MRR, "MRR " + s.mrr() + "\n" + String.join("\n", s.misses()));
            assertTrue(s.recall() >= MIN_RECALL_AT_10, "recall@10 " + s.recall() + "\n" + String.join("\n", s.misses()));
        }
    }

    /**
     * NFD is the same text, so the same list. Without diacritics the first result is the same
     * and so are the wanted documents in the first ten; the order further down may differ,
     * since a query with diacritics weighs its exact spelling more (that is the point of it).
     */
    @Test
    void withOrWithoutDiacriticsOrDecomposedTheFirstResultsAreTheSame() {
        for (Judgement j : judgements) {
            List<String> accented = top10(j.query());
            assertEquals(accented, top10(nfd(j.query())), "NFD: " + j.query());
            List<String> plain = top10(withoutDiacritics(j.query()));
            assertEquals(accented.get(0), plain.get(0), "first result without diacritics: " + j.query());
            assertEquals(accented.stream().filter(j.relevant()::contains).sorted().toList(),
                    plain.stream().filter(j.relevant()::contains).sorted().toList(),
                    "wanted documents in the first ten without diacritics: " + j.query());
        }
    }
}
