package vn.portal.plugins.search.engine.analysis;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/** Folding of single words outside a token stream, the same as the analyzers do. */
public final class Fold {

    private Fold() {
    }

    /** "Đất" → "dat"; NFC first, so decomposed input folds the same. */
    public static String fold(String word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        char[] in = s.toCharArray();
        char[] out = new char[in.length * 4];
        int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, n);
    }
}
