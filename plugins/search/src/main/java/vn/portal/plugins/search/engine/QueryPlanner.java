package vn.portal.plugins.search.engine;

import static vn.portal.plugins.search.engine.IndexSchema.CONTENT;
import static vn.portal.plugins.search.engine.IndexSchema.CONTENT_SHINGLES;
import static vn.portal.plugins.search.engine.IndexSchema.TITLE;
import static vn.portal.plugins.search.engine.IndexSchema.TITLE_SHINGLES;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns the words of a query into a Lucene query, programmatically (no query parser, so
 * nothing the user types is syntax). Each word (or synonym group) is a clause that matches
 * its folded form in title or content, plus its exact spelling when the user typed
 * diacritics; most of the words must match. Adjacent words add their shingle ("thu tuc"),
 * so documents holding the query's words together rank above those with them scattered.
 */
final class QueryPlanner {

    static final float TITLE_BOOST = 3f;
    /** Extra weight of the spelling as typed over other spellings that fold the same. */
    static final float EXACT_BOOST = 0.6f;
    static final float SHINGLE_BOOST = 1.5f;

    /**
     * Function words that say little about what is sought. They still score, but are not
     * counted in "most of the words must match". Folded.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("va", "cua", "cac", "nhung", "la", "cho", "ve", "voi",
            "co", "duoc", "trong", "tai", "theo", "de", "khi", "nay", "da", "tu", "mot", "thi", "ma", "o", "bi",
            "do", "hoac", "nhu", "vao", "den", "nao", "gi", "and", "of", "the", "for", "in", "to", "a");

    private QueryPlanner() {
    }

    /**
     * A planned query.
     *
     * @param match  the documents that answer it (no scores): the words that must match
     * @param scores what ranks them: every form of every word, phrases (shingles), synonyms —
     *               a pure disjunction, run alone over the matches (MatchSet): Lucene then uses
     *               MAXSCORE
     */
    record Plan(Query match, Query scores) {
    }

    /**
     * @param strict false to accept documents matching any word (the fallback when the strict
     *               query finds nothing)
     * @return the query, or null when the text holds no words
     */
    static Plan plan(QueryWords words, Synonyms synonyms, boolean strict) {
        return plan(words, synonyms, strict, w -> false);
    }

    /**
     * @param common words in so many documents that requiring them filters nothing (the
     *               function words of the corpus at hand, folded): like {@link #FUNCTION_WORDS}
     *               they score but are not required
     */
    static Plan plan(QueryWords words, Synonyms synonyms, boolean strict, Predicate<String> common) {
        return plan(words, synonyms, strict, common, TermQuery::new);
    }

    /**
     * @param terms makes the query of one term: a search passes one that looks each term up
     *              once for all its queries (counting, sampling, ranking)
     */
    static Plan plan(QueryWords words, Synonyms synonyms, boolean strict, Predicate<String> common,
            Function<Term, Query> terms) {
        if (words.isEmpty()) {
            return null;
        }
        List<Synonyms.Match> matches = synonyms.matches(words.folded());
        BitSet covered = new BitSet();
        matches.forEach(m -> covered.set(m.start(), m.end()));

        // what must match (unscored), and what scores, kept apart: see Plan.ranked
        BooleanQuery.Builder required = new BooleanQuery.Builder();
        BooleanQuery.Builder top = new BooleanQuery.Builder();   // the scoring clauses: a pure disjunction
        int counted = 0;
        int functionWords = 0;
        for (int i = 0; i < words.size(); i++) {
            if (!covered.get(i) && isFunctionWord(words.folded().get(i), common)) {
                functionWords++;
            }
        }
        boolean onlyFunctionWords = functionWords == words.size();
        int m = 0;
        for (int i = 0; i < words.size(); i++) {
            Synonyms.Match match = m < matches.size() && matches.get(m).start() == i ? matches.get(m) : null;
            if (match != null) {
                required.add(anyPhrase(match.alternatives()), Occur.SHOULD);
                top.add(alternatives(match.alternatives()), Occur.SHOULD);
                counted++;
                i = match.end() - 1;
                m++;
                continue;
            }
            String folded = words.folded().get(i);
            addWord(top, words.exact().get(i), folded, words.accented(), terms);
            if (onlyFunctionWords || !isFunctionWord(folded, common)) {
                required.add(terms.apply(new Term(CONTENT, folded)), Occur.SHOULD);
                counted++;
            }
        }
        required.setMinimumNumberShouldMatch(strict ? mustMatch(counted) : 1);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!covered.get(i) && !covered.get(i + 1)) {
                String pair = words.folded().get(i) + " " + words.folded().get(i + 1);
                top.add(new BoostQuery(terms.apply(new Term(TITLE_SHINGLES, pair)), SHINGLE_BOOST * TITLE_BOOST),
                        Occur.SHOULD);
                top.add(new BoostQuery(terms.apply(new Term(CONTENT_SHINGLES, pair)), SHINGLE_BOOST), Occur.SHOULD);
            }
        }
        return new Plan(required.build(), top.build());
    }

    private static boolean isFunctionWord(String folded, Predicate<String> common) {
        return FUNCTION_WORDS.contains(folded) || common.test(folded);
    }

    /** All of up to three words, then all but a quarter (four of five, five of seven…). */
    static int mustMatch(int words) {
        return words <= 3 ? words : words - words / 4;
    }

    /** The word's scoring clauses: its folded form in title (×3) and content, its spelling as typed (×0.6) too. */
    private static void addWord(BooleanQuery.Builder b, String exact, String folded, boolean accented,
            Function<Term, Query> terms) {
        b.add(new BoostQuery(terms.apply(new Term(TITLE, folded)), TITLE_BOOST), Occur.SHOULD);
        b.add(terms.apply(new Term(CONTENT, folded)), Occur.SHOULD);
        if (accented && !exact.equals(folded)) {
            b.add(new BoostQuery(terms.apply(new Term(TITLE, exact)), TITLE_BOOST * EXACT_BOOST), Occur.SHOULD);
            b.add(new BoostQuery(terms.apply(new Term(CONTENT, exact)), EXACT_BOOST), Occur.SHOULD);
        }
    }

    /**
     * A synonym group: any of its phrases. A phrase of several words scores by its word pairs
     * (shingles) in title and content, a single word (an abbreviation) as a word.
     */
    private static Query alternatives(List<List<String>> phrases) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (List<String> phrase : phrases) {
            if (phrase.size() == 1) {
                any.add(new BoostQuery(new TermQuery(new Term(TITLE, phrase.get(0))), TITLE_BOOST), Occur.SHOULD);
                any.add(new TermQuery(new Term(CONTENT, phrase.get(0))), Occur.SHOULD);
                continue;
            }
            for (String pair : pairs(phrase)) {
                any.add(new BoostQuery(new TermQuery(new Term(TITLE_SHINGLES, pair)), TITLE_BOOST), Occur.SHOULD);
                any.add(new TermQuery(new Term(CONTENT_SHINGLES, pair)), Occur.SHOULD);
            }
        }
        return any.build();
    }

    /** Documents holding any of the phrases (title or content: content holds the title's words too). */
    private static Query anyPhrase(List<List<String>> phrases) {
        if (phrases.size() == 1) {
            return phrase(phrases.get(0));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (List<String> phrase : phrases) {
            any.add(phrase(phrase), Occur.SHOULD);
        }
        return any.build();
    }

    /**
     * A phrase's documents: those holding every pair of its adjacent words (the shingles of
     * title and content are both in {@code content_sh}). Pairs, not positions: a plain
     * conjunction of short lists instead of checking positions in every document holding all
     * the words ("giấy chứng nhận quyền sử dụng đất" is in a third of the corpus's documents);
     * a document with every pair but never in one run is all but unheard of in real text.
     */
    private static Query phrase(List<String> words) {
        if (words.size() == 1) {
            return new TermQuery(new Term(CONTENT, words.get(0)));
        }
        List<String> pairs = pairs(words);
        if (pairs.size() == 1) {
            return new TermQuery(new Term(CONTENT_SHINGLES, pairs.get(0)));
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String pair : pairs) {
            all.add(new TermQuery(new Term(CONTENT_SHINGLES, pair)), Occur.MUST);
        }
        return all.build();
    }

    private static List<String> pairs(List<String> words) {
        List<String> pairs = new java.util.ArrayList<>(words.size() - 1);
        for (int i = 0; i + 1 < words.size(); i++) {
            pairs.add(words.get(i) + " " + words.get(i + 1));
        }
        return pairs;
    }

    /**
     * What to mark in titles and snippets: every word searched and every word of its synonyms,
     * folded (a folded word marks every spelling that folds to it, as the index matches them).
     */
    static Set<String> highlightTerms(QueryWords words, Synonyms synonyms) {
        Set<String> terms = new LinkedHashSet<>(words.folded());
        for (Synonyms.Match m : synonyms.matches(words.folded())) {
            m.alternatives().forEach(terms::addAll);
        }
        return Set.copyOf(terms);
    }
}
