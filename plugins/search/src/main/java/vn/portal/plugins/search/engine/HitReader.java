package vn.portal.plugins.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a hit shows — source, id, site, type, locale, title, address, date and the text its
 * snippet comes from — kept per document as one binary doc value ({@link IndexSchema#SHOWN}),
 * read in place. As stored fields they were compressed in blocks of many documents: reading a
 * page of ten decompressed ten blocks (a sixth of a search's CPU, and most of a suggestion's).
 * The index stores nothing else.
 */
final class HitReader {

    /** The text kept for snippets: a snippet need not come from page 40. */
    static final int MAX_TEXT_CHARS = Highlights.MAX_CHARS;

    /** One document's shown fields; {@code text} is null when not asked for. */
    record Shown(String source, String id, String site, String type, String locale, String title, String url,
            Instant date, String text) {
    }

    private HitReader() {
    }

    static BytesRef encode(Shown s) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            for (String v : new String[] {s.source(), s.id(), s.site(), s.type(), s.locale(), s.title(), s.url()}) {
                out.writeString(v == null ? "" : v);
            }
            out.writeZLong(s.date() == null ? Long.MIN_VALUE : s.date().toEpochMilli());
            String text = s.text() == null ? "" : s.text();
            out.writeString(text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // writing to memory
        }
        return new BytesRef(out.toArrayCopy());
    }

    private static Shown decode(BytesRef b, boolean withText) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
        String source = in.readString();
        String id = in.readString();
        String site = in.readString();
        String type = in.readString();
        String locale = in.readString();
        String title = in.readString();
        String url = in.readString();
        long date = in.readZLong();
        return new Shown(source, id, site, type.isEmpty() ? null : type, locale.isEmpty() ? null : locale, title, url,
                date == Long.MIN_VALUE ? null : Instant.ofEpochMilli(date), withText ? in.readString() : null);
    }

    /** The documents' shown fields, in the order of {@code docIds}; their texts too when {@code withText}. */
    static Shown[] read(IndexSearcher searcher, int[] docIds, boolean withText) throws IOException {
        Shown[] shown = new Shown[docIds.length];
        // in index order: doc values are read forwards
        Integer[] order = new Integer[docIds.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> docIds[i]));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        BinaryDocValues values = null;
        for (int i : order) {
            LeafReaderContext at = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
            if (at != leaf) {
                leaf = at;
                values = DocValues.getBinary(leaf.reader(), IndexSchema.SHOWN);
            }
            if (!values.advanceExact(docIds[i] - leaf.docBase)) {
                throw new IllegalStateException("document " + docIds[i] + " has no shown fields");
            }
            shown[i] = decode(values.binaryValue(), withText);
        }
        return shown;
    }
}
