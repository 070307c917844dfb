package vn.portal.plugins.search.engine.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import vn.portal.plugins.search.engine.analysis.VietnameseAnalyzer.Kind;

/**
 * The tokens of one {@link Kind} of analysis, read from {@link Syllables} analysed before: the
 * same terms, positions and offsets as {@link VietnameseAnalyzer} of that kind gives for the
 * text, in the same order.
 */
public final class SyllableStream extends TokenStream {

    /** Edge n-grams of at most this many letters (as the analyzer's EdgeNGramTokenFilter). */
    static final int MAX_PREFIX = 20;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final Syllables s;
    private final Kind kind;
    private int i;
    /** Within syllable i: how many tokens of it were given (stacked forms, prefixes). */
    private int step;

    public SyllableStream(Syllables s, Kind kind) {
        this.s = s;
        this.kind = kind;
    }

    @Override
    public void reset() {
        i = 0;
        step = 0;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        return switch (kind) {
            case EXACT -> single(s.size() > i ? s.exact(i) : null);
            case FOLDED -> single(s.size() > i ? s.folded(i) : null);
            case TEXT -> text();
            case SHINGLES -> shingle();
            case PREFIXES -> prefix();
        };
    }

    private boolean single(String t) {
        if (t == null) {
            return false;
        }
        emit(t, 1, s.start(i), s.end(i));
        i++;
        return true;
    }

    /** The folded form, then (when it differs) the written one at the same position, as ASCIIFoldingFilter. */
    private boolean text() {
        if (i >= s.size()) {
            return false;
        }
        String folded = s.folded(i);
        String exact = s.exact(i);
        if (step == 0) {
            emit(folded, 1, s.start(i), s.end(i));
            if (folded.equals(exact)) {
                i++;
            } else {
                step = 1;
            }
        } else {
            emit(exact, 0, s.start(i), s.end(i));
            step = 0;
            i++;
        }
        return true;
    }

    /** "a b" for each pair of neighbours, as ShingleFilter(2, 2) without unigrams. */
    private boolean shingle() {
        if (i + 1 >= s.size()) {
            return false;
        }
        term.setEmpty().append(s.folded(i)).append(' ').append(s.folded(i + 1));
        offset.setOffset(s.start(i), s.end(i + 1));
        increment.setPositionIncrement(1);
        i++;
        return true;
    }

    /** The first 1…20 letters of the folded syllable, and the whole of a longer one, as EdgeNGramTokenFilter. */
    private boolean prefix() {
        while (i < s.size()) {
            String f = s.folded(i);
            int letters = f.codePointCount(0, f.length());
            int grams = Math.min(MAX_PREFIX, letters);
            boolean original = letters > MAX_PREFIX;
            if (step < grams) {
                emitPrefix(f, step + 1);
                step++;
                return true;
            }
            if (original && step == grams) {
                emit(f, 0, s.start(i), s.end(i));
                step++;
                return true;
            }
            step = 0;
            i++;
        }
        return false;
    }

    private void emitPrefix(String f, int letters) {
        // the first gram takes the syllable's position, the others stack on it
        term.setEmpty().append(f, 0, f.offsetByCodePoints(0, letters));
        offset.setOffset(s.start(i), s.end(i));
        increment.setPositionIncrement(step == 0 ? 1 : 0);
    }

    private void emit(String t, int positionIncrement, int from, int to) {
        term.setEmpty().append(t);
        offset.setOffset(from, to);
        increment.setPositionIncrement(positionIncrement);
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offset.setOffset(s.length(), s.length());
    }
}
