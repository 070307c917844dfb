package vn.portal.plugins.search.engine;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
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
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(formatter())
                .withWeightMatches(false)
                .withMaxLength(MAX_CHARS);
        // one highlighter for both fields: each document's stored fields are read once
        UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                return IndexSchema.TITLE.equals(field) ? new WholeBreakIterator()
                        : LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT),
                                PASSAGE_CHARS, 0.3f);
            }

            @Override
            protected int getMaxNoHighlightPassages(String field) {
                return IndexSchema.TITLE.equals(field) ? 0 : 1;
            }

            /** The field as the first segment that has it knows it (the default merges every segment's, per call). */
            @Override
            protected FieldInfo getFieldInfo(String field) {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
                    if (info != null) {
                        return info;
                    }
                }
                return null;
            }
        };
        Map<String, String[]> marked = highlighter.highlightFields(new String[] {IndexSchema.TITLE, IndexSchema.CONTENT},
                query, docIds, new int[] {1, SNIPPET_PASSAGES});
        String[] t = marked.get(IndexSchema.TITLE);
        String[] c = marked.get(IndexSchema.CONTENT);
        for (int i = 0; i < docIds.length; i++) {
            out[i][0] = t[i];
            out[i][1] = c[i];
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
