package vn.portal.plugins.search.engine.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Puts the tone mark of the syllables that are written two ways in one place: the old
 * style "hòa, khỏe, thủy, Ủy ban" and the new style "hoà, khoẻ, thuỷ, Uỷ ban" are the same
 * word, and both are common in official texts. Only open syllables ending in oa, oe, uy
 * differ between the styles; the tone moves to the second vowel. Expects lower-case NFC.
 */
public final class ToneMarkFilter extends TokenFilter {

    /** The five tones on o / u (first vowel), and on a / e / y (second vowel), in the same order. */
    private static final String TONED_O = "òóỏõọ";
    private static final String TONED_U = "ùúủũụ";
    private static final String TONED_A = "àáảãạ";
    private static final String TONED_E = "èéẻẽẹ";
    private static final String TONED_Y = "ỳýỷỹỵ";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public ToneMarkFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        placeTone(term.buffer(), term.length());
        return true;
    }

    /** Moves the tone of a syllable ending in oa, oe, uy (lower case) to the second vowel, in place. */
    static void placeTone(char[] b, int n) {
        if (n >= 2) {
            char moved = moveTone(b[n - 2], b[n - 1]);
            if (moved != 0) {
                b[n - 2] = b[n - 2] == 'o' || TONED_O.indexOf(b[n - 2]) >= 0 ? 'o' : 'u';
                b[n - 1] = moved;
            }
        }
    }

    /** The toned second vowel when the first of {@code first second} carries the tone, else 0. */
    static char moveTone(char first, char second) {
        int tone = TONED_O.indexOf(first);
        if (tone >= 0 && second == 'a') {
            return TONED_A.charAt(tone);
        }
        if (tone >= 0 && second == 'e') {
            return TONED_E.charAt(tone);
        }
        tone = TONED_U.indexOf(first);
        if (tone >= 0 && second == 'y') {
            return TONED_Y.charAt(tone);
        }
        return 0;
    }
}
