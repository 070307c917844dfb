package vn.portal.plugins.search.engine;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlighted titles and snippets. The offsets come from the postings (stored at indexing),
 * so a folded match marks the original letters: "dat" marks "đất". Everything is HTML-escaped
 * by the formatter before {@code <mark>} is added.
 */
final class Highlights {

    static final int SNIPPET_PASSAGES = 2;
    static final int PASSAGE_CHARS = 160;
    /** Only the start of a very long text is searched for passages: a snippet need not come from page 40. */
    static final int MAX_CHARS = 50_000;

    private Highlights() {
    }

    /** [title html, snippet html] per doc id, null entries where a field had nothing. */
    static String[][] of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds) throws IOException {
        String[][] out = new String[docIds.length][2];
        if (query == null || docIds.length == 0) {
            return out;
        }
        UnifiedHighlighter titles = UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(formatter())
                .withMaxNoHighlightPassages(0)
                .withMaxLength(MAX_CHARS)
                .build();
        UnifiedHighlighter snippets = UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.3f))
                .withFormatter(formatter())
                .withMaxNoHighlightPassages(1)
                .withMaxLength(MAX_CHARS)
                .build();
        Map<String, String[]> t = titles.highlightFields(new String[] {IndexSchema.TITLE}, query, docIds,
                new int[] {1});
        Map<String, String[]> s = snippets.highlightFields(new String[] {IndexSchema.CONTENT}, query, docIds,
                new int[] {SNIPPET_PASSAGES});
        for (int i = 0; i < docIds.length; i++) {
            out[i][0] = t.get(IndexSchema.TITLE)[i];
            out[i][1] = s.get(IndexSchema.CONTENT)[i];
        }
        return out;
    }

    private static DefaultPassageFormatter formatter() {
        return new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);
    }

    /** The same escaping as the formatter, for text shown without highlights. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#x27;");
                case '/' -> b.append("&#x2F;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The start of a text, escaped, cut at a word boundary, for documents with nothing highlighted. */
    static String lead(String text) {
        if (text.length() <= PASSAGE_CHARS * SNIPPET_PASSAGES) {
            return escape(text.strip());
        }
        int cut = text.lastIndexOf(' ', PASSAGE_CHARS * SNIPPET_PASSAGES);
        return escape(text.substring(0, cut > 0 ? cut : PASSAGE_CHARS * SNIPPET_PASSAGES).strip()) + " …";
    }
}
