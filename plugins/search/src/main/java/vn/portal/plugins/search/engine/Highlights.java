package vn.portal.plugins.search.engine;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
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

    /**
     * The hits' stored fields, and their title and snippet HTML.
     *
     * @param html [title html, snippet html] per doc id, null entries where a field had nothing
     */
    record Marked(Document[] documents, String[][] html) {
    }

    /**
     * Loads the documents (each once: the fields a hit shows with the texts the highlighter
     * needs) and marks the query's terms in title and text.
     */
    static Marked of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds, Set<String> fields)
            throws IOException {
        String[][] out = new String[docIds.length][2];
        Map<Integer, Document> loaded = new HashMap<>();
        if (query == null || docIds.length == 0) {
            Document[] docs = new Document[docIds.length];
            for (int i = 0; i < docIds.length; i++) {
                docs[i] = searcher.storedFields().document(docIds[i], fields);
            }
            return new Marked(docs, out);
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

            /** The texts, from documents loaded with every field the hit shows: one read of each. */
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] names, DocIdSetIterator docs, int cacheChars)
                    throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                StoredFields stored = searcher.storedFields();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    Document d = stored.document(doc, fields);
                    loaded.put(doc, d);
                    CharSequence[] texts = new CharSequence[names.length];
                    for (int f = 0; f < names.length; f++) {
                        String text = d.get(names[f]);
                        texts[f] = text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
                    }
                    values.add(texts);
                }
                return values;
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
        Document[] docs = new Document[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            out[i][0] = t[i];
            out[i][1] = c[i];
            docs[i] = loaded.get(docIds[i]);
        }
        return new Marked(docs, out);
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
