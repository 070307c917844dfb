package vn.portal.plugins.search.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import vn.portal.plugins.search.engine.analysis.Fold;

/**
 * Titles as the user types: every finished word must be in the title, the word being typed
 * must start a title word (folded, so "quyet d" and "quyết đ" both suggest "Quyết định …").
 * Only public documents: the call carries no reader, so nothing restricted may show.
 */
final class Suggestions {

    static final int MAX = 20;
    private static final int MAX_CHARS = 200;

    private Suggestions() {
    }

    static List<String> suggest(IndexSearcher searcher, String prefix, Set<String> sites, String locale, int max)
            throws IOException {
        if (prefix == null || prefix.isBlank() || max <= 0) {
            return List.of();
        }
        String text = prefix.length() > MAX_CHARS ? prefix.substring(0, MAX_CHARS) : prefix;
        QueryWords words = QueryWords.of(text);
        if (words.isEmpty()) {
            return List.of();
        }
        boolean lastFinished = Character.isWhitespace(text.charAt(text.length() - 1));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            String folded = words.folded().get(i);
            boolean typing = i == words.size() - 1 && !lastFinished;
            String field = typing ? IndexSchema.TITLE_PREFIXES : IndexSchema.TITLE;
            b.add(new TermQuery(new Term(field, Fold.fold(folded))), Occur.MUST);
        }
        Query readable = Filters.readable(searcher.getIndexReader(), null);   // no restricted document
        if (readable != null) {
            b.add(readable, Occur.FILTER);
        }
        Filters.anyOf(b, IndexSchema.SITE, sites == null ? Set.of() : sites);
        if (locale != null && !locale.isBlank()) {
            b.add(new TermQuery(new Term(IndexSchema.LOCALE, locale)), Occur.FILTER);
        }
        int n = Math.min(max, MAX);
        ScoreDoc[] top = searcher.search(b.build(), n * 3).scoreDocs;
        Map<String, String> titles = new LinkedHashMap<>();
        HitReader.Shown[] shown = HitReader.read(searcher, Arrays.stream(top).mapToInt(sd -> sd.doc).toArray(), false);
        for (HitReader.Shown d : shown) {
            String title = d.title();
            if (title != null && !title.isBlank()) {
                titles.putIfAbsent(Fold.fold(title.strip()), title.strip());
            }
            if (titles.size() == n) {
                break;
            }
        }
        return new ArrayList<>(titles.values());
    }
}
