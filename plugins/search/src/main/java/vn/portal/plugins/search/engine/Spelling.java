package vn.portal.plugins.search.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.ToIntFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": words of the query found nowhere in the index are replaced by the closest
 * title word of a public document. A query typed with diacritics gets corrections with
 * diacritics (from the words as written), one typed without gets them without (folded).
 */
final class Spelling {

    private Spelling() {
    }

    private static DirectSpellChecker checker() {
        DirectSpellChecker c = new DirectSpellChecker();
        c.setMinQueryLength(3);   // Vietnamese syllables are short; two letters are too few to correct
        c.setMaxEdits(2);
        c.setMinPrefix(1);
        return c;
    }

    /** The corrected query, or null when every word is known or none could be corrected. */
    static String didYouMean(QueryWords words, Synonyms synonyms, IndexReader reader) throws IOException {
        return didYouMean(words, synonyms, reader, t -> {
            try {
                return reader.docFreq(t);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** @param docFreq the documents holding a term (a search passes the lookups it made already) */
    static String didYouMean(QueryWords words, Synonyms synonyms, IndexReader reader, ToIntFunction<Term> docFreq)
            throws IOException {
        if (words.isEmpty()) {
            return null;
        }
        BitSet covered = new BitSet();
        synonyms.matches(words.folded()).forEach(m -> covered.set(m.start(), m.end()));
        DirectSpellChecker checker = checker();
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < words.size(); i++) {
            String typed = words.accented() ? words.exact().get(i) : words.folded().get(i);
            String folded = words.folded().get(i);
            String replacement = typed;
            if (!covered.get(i) && isWord(folded) && unknown(docFreq, folded)) {
                String field = words.accented() ? IndexSchema.SPELL_EXACT : IndexSchema.SPELL;
                SuggestWord[] s = checker.suggestSimilar(new Term(field, typed), 1, reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (s.length > 0) {
                    replacement = s[0].string;
                    changed = true;
                }
            }
            out.add(replacement);
        }
        return changed ? String.join(" ", out) : null;
    }

    private static boolean unknown(ToIntFunction<Term> docFreq, String folded) {
        // content holds the title's words too
        return docFreq.applyAsInt(new Term(IndexSchema.CONTENT, folded)) == 0;
    }

    /** Numbers and codes are not misspelt words. */
    private static boolean isWord(String folded) {
        return folded.chars().allMatch(Character::isLetter);
    }
}
