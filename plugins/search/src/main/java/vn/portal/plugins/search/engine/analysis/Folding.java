package vn.portal.plugins.search.engine.analysis;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Folding to ASCII by table: exactly what {@link ASCIIFoldingFilter} does (the table is built
 * from it, one character at a time, as it folds), without its thousand-case switch per
 * character, which was a tenth of the indexing time.
 */
public final class Folding {

    /** The folded form of each UTF-16 unit that folding changes; null where it stays. */
    private static final String[] TABLE = new String[Character.MAX_VALUE + 1];

    static {
        char[] in = new char[1];
        char[] out = new char[8];
        for (int c = 0x80; c <= Character.MAX_VALUE; c++) {
            in[0] = (char) c;
            int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, 1);
            if (n != 1 || out[0] != c) {
                TABLE[c] = new String(out, 0, n);
            }
        }
    }

    private Folding() {
    }

    /** The folded form of one character ("đ" → "d", "ẫ" → "a"), or null when folding leaves it as it is. */
    public static String of(char c) {
        return c >= 0x80 ? TABLE[c] : null;
    }

    /** Whether folding changes the text. */
    public static boolean changes(char[] text, int length) {
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c >= 0x80 && TABLE[c] != null) {
                return true;
            }
        }
        return false;
    }

    /** The folded text ("đất" → "dat"). */
    public static String fold(char[] text, int length) {
        if (!changes(text, length)) {
            return new String(text, 0, length);
        }
        StringBuilder b = new StringBuilder(length + 4);
        for (int i = 0; i < length; i++) {
            char c = text[i];
            String f = c >= 0x80 ? TABLE[c] : null;
            if (f == null) {
                b.append(c);
            } else {
                b.append(f);
            }
        }
        return b.toString();
    }
}
