package vn.portal.plugins.search.engine.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyses of Vietnamese text. Every one starts the same way: NFC, Unicode word
 * boundaries (a Vietnamese word is one or more syllables separated by spaces, so every
 * syllable is a token), lower case, one place for the tone mark ({@link ToneMarkFilter}).
 * Then:
 * <ul>
 * <li>{@link Kind#TEXT}: each syllable as written AND folded to ASCII at the same position
 *     ("đất" → "đất", "dat"): a query with diacritics matches both terms of a document
 *     spelled the same way and only the folded one of "dát" or "dật", so exact spelling ranks
 *     first, while a query typed without diacritics still finds everything.</li>
 * <li>{@link Kind#FOLDED}: folded syllables only (the spelling dictionary, query folding).</li>
 * <li>{@link Kind#SHINGLES}: pairs of adjacent folded syllables ("thu tuc", "tuc hanh"…), so a
 *     document holding the words of a multi-syllable query together ranks above one that has
 *     them scattered.</li>
 * <li>{@link Kind#PREFIXES}: the first 1–20 letters of each folded syllable, for title
 *     suggestions as the user types (diacritics optional).</li>
 * <li>{@link Kind#EXACT}: syllables as written, nothing folded (query analysis).</li>
 * </ul>
 */
public final class VietnameseAnalyzer extends Analyzer {

    public enum Kind { TEXT, FOLDED, SHINGLES, PREFIXES, EXACT }

    /** Positions between the values of a multi-valued field. */
    public static final int POSITION_GAP = 100;

    private final Kind kind;

    public VietnameseAnalyzer(Kind kind) {
        this.kind = kind;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new NfcCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ToneMarkFilter(new LowerCaseFilter(source));
        stream = switch (kind) {
            case EXACT -> stream;
            case TEXT -> new ASCIIFoldingFilter(stream, true);
            case FOLDED -> new ASCIIFoldingFilter(stream, false);
            case SHINGLES -> shingles(new ASCIIFoldingFilter(stream, false));
            case PREFIXES -> new EdgeNGramTokenFilter(new ASCIIFoldingFilter(stream, false), 1, 20, true);
        };
        return new TokenStreamComponents(source, stream);
    }

    private static TokenStream shingles(TokenStream folded) {
        ShingleFilter shingles = new ShingleFilter(folded, 2, 2);
        shingles.setOutputUnigrams(false);
        return shingles;
    }

    /**
     * Between the values of a field (content holds the title's words after the text's): phrases
     * must not run from one into the other.
     */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return POSITION_GAP;
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new NfcCharFilter(reader);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new ToneMarkFilter(new LowerCaseFilter(in));
        return kind == Kind.EXACT ? stream : new ASCIIFoldingFilter(stream, false);
    }
}
