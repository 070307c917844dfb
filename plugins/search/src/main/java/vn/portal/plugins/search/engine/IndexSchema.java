package vn.portal.plugins.search.engine;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import vn.portal.plugins.search.api.SearchDocument;
import vn.portal.plugins.search.engine.analysis.SyllableStream;
import vn.portal.plugins.search.engine.analysis.Syllables;
import vn.portal.plugins.search.engine.analysis.VietnameseAnalyzer;
import vn.portal.plugins.search.engine.analysis.VietnameseAnalyzer.Kind;

/**
 * The fields of the index and how a {@link SearchDocument} becomes a Lucene document.
 * {@link #VERSION} changes whenever fields or analysis change: an index written by another
 * version is reported damaged, so the plugin rebuilds it.
 */
final class IndexSchema {

    static final String VERSION = "5";
    static final String VERSION_KEY = "vn.portal.search.schema";

    /** Dates (facet "year", date filters) are days in Vietnam. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    static final String UID = "uid";
    static final String SOURCE = "source";
    static final String ID = "id";
    static final String URL = "url";
    static final String DATE = "date";
    static final String PERMISSION = "permission";
    /** "1" on documents without a permission. */
    static final String PUBLIC = "public";

    static final String TITLE = "title";
    static final String CONTENT = "content";
    static final String TITLE_SHINGLES = "title_sh";
    static final String CONTENT_SHINGLES = "content_sh";
    static final String TITLE_PREFIXES = "title_prefix";
    /**
     * What a hit shows, the snippet's text included, as one binary doc value ({@link HitReader}):
     * nothing is kept as stored fields.
     */
    static final String SHOWN = "shown";
    /**
     * Syllables in the title (doc values): the index is sorted by it, so documents with titles of
     * a length sit together and block-max WAND can pass over blocks of long titles, whose title
     * scores cannot reach the page, once short titles holding all the words fill it.
     */
    static final String TITLE_LENGTH = "title_length";
    /** Folded title words of public documents: the spelling dictionary for queries without diacritics. */
    static final String SPELL = "spell";
    /** Title words as written, of public documents: the dictionary for queries with diacritics. */
    static final String SPELL_EXACT = "spell_exact";

    /** Filter and facet dimensions: indexed as a keyword (filters), and as doc values "f_" + name (counts). */
    static final String SITE = "site";
    static final String TYPE = "type";
    static final String CATEGORY = "category";
    static final String SECTOR = "sector";
    static final String UNIT = "unit";
    static final String LOCALE = "locale";
    static final String YEAR = "year";
    static final List<String> FACETS = List.of(TYPE, CATEGORY, SECTOR, UNIT, SITE, LOCALE, YEAR);

    /**
     * Title and content: frequencies and norms. No positions: phrases are matched and ranked by
     * their word pairs ({@link #CONTENT_SHINGLES}), and snippets are marked from the stored text.
     */
    private static final FieldType TEXT = new FieldType();
    /** Scored but never shown: frequencies and norms, no positions. */
    private static final FieldType SCORED = new FieldType();
    /** Dictionaries: which words exist. */
    private static final FieldType WORDS = new FieldType();

    static {
        TEXT.setTokenized(true);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TEXT.freeze();
        SCORED.setTokenized(true);
        SCORED.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        SCORED.freeze();
        WORDS.setTokenized(true);
        WORDS.setOmitNorms(true);
        WORDS.setIndexOptions(IndexOptions.DOCS);
        WORDS.freeze();
    }

    private IndexSchema() {
    }

    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(Kind.TEXT), Map.of(
                TITLE_SHINGLES, new VietnameseAnalyzer(Kind.SHINGLES),
                CONTENT_SHINGLES, new VietnameseAnalyzer(Kind.SHINGLES),
                TITLE_PREFIXES, new VietnameseAnalyzer(Kind.PREFIXES),
                SPELL, new VietnameseAnalyzer(Kind.FOLDED),
                SPELL_EXACT, new VietnameseAnalyzer(Kind.EXACT)));
    }

    /** The order of documents in the index: shortest titles first (see {@link #TITLE_LENGTH}). */
    static org.apache.lucene.search.Sort indexSort() {
        return new org.apache.lucene.search.Sort(new org.apache.lucene.search.SortField(TITLE_LENGTH,
                org.apache.lucene.search.SortField.Type.INT));
    }

    static Term uid(String source, String id) {
        return new Term(UID, source + '\u001f' + id);
    }

    static Document toLucene(SearchDocument d) {
        require(d.source(), "source");
        require(d.id(), "id");
        require(d.siteKey(), "siteKey");
        Document doc = new Document();
        doc.add(new StringField(UID, uid(d.source(), d.id()).text(), Field.Store.NO));

        String title = nfc(d.title());
        String content = joinText(nfc(d.summary()), nfc(d.body()));
        // each text is tokenised and folded once; every field made of it reads the syllables
        Syllables t = Syllables.of(title);
        Syllables c = Syllables.of(content);
        doc.add(new Field(TITLE, new SyllableStream(t, Kind.TEXT), TEXT));
        doc.add(new BinaryDocValuesField(SHOWN, HitReader.encode(new HitReader.Shown(d.source(), d.id(),
                nfc(d.siteKey()), nfc(d.type()), nfc(d.locale()), title, nfc(d.url()), d.date(), content))));
        doc.add(new Field(CONTENT, new SyllableStream(c, Kind.TEXT), TEXT));
        // the title's words in content too (indexed only: snippets come from the stored text):
        // a word then matches through one field, not "title or content"
        doc.add(new Field(CONTENT, new SyllableStream(t, Kind.TEXT), TEXT));
        doc.add(new Field(TITLE_SHINGLES, new SyllableStream(t, Kind.SHINGLES), SCORED));
        doc.add(new Field(CONTENT_SHINGLES, new SyllableStream(c, Kind.SHINGLES), SCORED));
        // the title's pairs too: a phrase is matched by its pairs in this one field (QueryPlanner)
        doc.add(new Field(CONTENT_SHINGLES, new SyllableStream(t, Kind.SHINGLES), SCORED));
        doc.add(new Field(TITLE_PREFIXES, new SyllableStream(t, Kind.PREFIXES), SCORED));
        doc.add(new NumericDocValuesField(TITLE_LENGTH, t.size()));

        facet(doc, SITE, d.siteKey());
        facet(doc, TYPE, d.type());
        facet(doc, LOCALE, d.locale());
        facet(doc, SECTOR, d.sector());
        facet(doc, UNIT, d.unit());
        for (String category : d.categories()) {
            facet(doc, CATEGORY, category);
        }
        if (d.date() != null) {
            long millis = d.date().toEpochMilli();
            doc.add(new LongPoint(DATE, millis));
            doc.add(new NumericDocValuesField(DATE, millis));
            facet(doc, YEAR, Integer.toString(d.date().atZone(ZONE).getYear()));
        }
        if (d.permission() == null || d.permission().isBlank()) {
            doc.add(new StringField(PUBLIC, "1", Field.Store.NO));
            // only public titles feed "did you mean", so it never reveals a restricted document's words
            doc.add(new Field(SPELL, new SyllableStream(t, Kind.FOLDED), WORDS));
            doc.add(new Field(SPELL_EXACT, new SyllableStream(t, Kind.EXACT), WORDS));
        } else {
            doc.add(new StringField(PERMISSION, d.permission(), Field.Store.NO));
        }
        return doc;
    }

    /** A keyword for filtering, and its doc value for counting. */
    private static void facet(Document doc, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = nfc(value);
        doc.add(new StringField(name, v, Field.Store.NO));
        doc.add(new SortedSetDocValuesField("f_" + name, new BytesRef(v)));
    }

    private static String joinText(String summary, String body) {
        if (summary.isEmpty()) {
            return body;
        }
        return body.isEmpty() ? summary : summary + "\n\n" + body;
    }

    static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a search document needs a " + name);
        }
    }
}
