package vn.portal.plugins.search.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * What a page shows of its hits: their stored fields (a few short ones: source, id, title,
 * address, date…) and the text their snippet comes from, kept apart as doc values
 * ({@link IndexSchema#SNIPPET_SOURCE}). Stored fields are compressed in blocks of many
 * documents: reading one long text decompressed its block (a sixth of a search's CPU for a page
 * of ten); doc values are read in place.
 */
final class HitReader {

    /** The hits' documents and texts, in the order asked for. */
    record Hits(Document[] documents, String[] texts) {
    }

    private HitReader() {
    }

    static Hits read(IndexSearcher searcher, int[] docIds, Set<String> fields) throws IOException {
        Document[] docs = new Document[docIds.length];
        String[] texts = new String[docIds.length];
        // in index order: doc values are read forwards, and hits in one block of stored fields share it
        Integer[] order = new Integer[docIds.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> docIds[i]));
        StoredFields stored = searcher.storedFields();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        BinaryDocValues values = null;
        for (int i : order) {
            docs[i] = stored.document(docIds[i], fields);
            LeafReaderContext at = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
            if (at != leaf) {
                leaf = at;
                values = DocValues.getBinary(leaf.reader(), IndexSchema.SNIPPET_SOURCE);
            }
            if (values.advanceExact(docIds[i] - leaf.docBase)) {
                BytesRef b = values.binaryValue();
                texts[i] = new String(b.bytes, b.offset, b.length, StandardCharsets.UTF_8);
            } else {
                texts[i] = "";
            }
        }
        return new Hits(docs, texts);
    }
}
