package vn.portal.plugins.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.portal.plugins.search.engine.analysis.Fold;
import vn.portal.plugins.search.engine.analysis.VietnameseAnalyzer;

/**
 * The words of what the user typed, analysed like the index: as written (lower case, NFC,
 * one tone placement) and folded. Whatever was typed is words and nothing else: quotes,
 * brackets, AND, OR, * are not syntax (punctuation is dropped, "and" is a word).
 *
 * @param accented whether the user typed any diacritics: only then does the exact spelling
 *                 weigh more than other spellings that fold the same
 */
record QueryWords(List<String> exact, List<String> folded, boolean accented) {

    /** Longer input is cut: nobody types more, and it keeps a pasted page from costing seconds. */
    static final int MAX_CHARS = 1000;
    static final int MAX_WORDS = 32;

    private static final Analyzer EXACT = new VietnameseAnalyzer(VietnameseAnalyzer.Kind.EXACT);

    static QueryWords of(String text) {
        List<String> exact = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
            try (TokenStream ts = EXACT.tokenStream("", cut)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken() && exact.size() < MAX_WORDS) {
                    exact.add(term.toString());
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> folded = exact.stream().map(Fold::fold).toList();
        return new QueryWords(List.copyOf(exact), folded, !exact.equals(folded));
    }

    boolean isEmpty() {
        return exact.isEmpty();
    }

    int size() {
        return exact.size();
    }
}
