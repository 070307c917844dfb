package vn.portal.plugins.search.engine.analysis;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Normalises text to NFC before tokenising, so Vietnamese typed or stored decomposed
 * ("e" + U+0302 + U+0301) becomes the same letters as precomposed "ế" (STACK.md trap 9).
 * Offsets are corrected so highlights still point into the original text.
 *
 * <p>The text is normalised one cluster at a time (a base character and the combining marks
 * after it), which is exact for Vietnamese and Latin scripts and lets the offset map be built
 * cluster by cluster.
 */
public final class NfcCharFilter extends BaseCharFilter {

    private String normalised;
    private int position;

    public NfcCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (normalised == null) {
            normalised = normalise(readAll());
        }
        if (position >= normalised.length()) {
            return -1;
        }
        int n = Math.min(length, normalised.length() - position);
        normalised.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    private String readAll() throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[4096];
        for (int n; (n = input.read(chunk)) != -1;) {
            text.append(chunk, 0, n);
        }
        return text.toString();
    }

    private String normalise(String text) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = clusterEnd(text, i);
            String cluster = text.substring(i, end);
            String composed = Normalizer.normalize(cluster, Normalizer.Form.NFC);
            out.append(composed);
            if (composed.length() != cluster.length()) {
                // from here on, an offset in the output is (end - out.length()) behind the input
                addOffCorrectMap(out.length(), end - out.length());
            }
            i = end;
        }
        return out.toString();
    }

    /** The end of the cluster starting at {@code start}: one code point and the combining marks after it. */
    private static int clusterEnd(String text, int start) {
        int end = start + Character.charCount(text.codePointAt(start));
        while (end < text.length() && isCombining(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    private static boolean isCombining(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
