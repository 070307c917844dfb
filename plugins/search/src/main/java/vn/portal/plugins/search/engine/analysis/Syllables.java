package vn.portal.plugins.search.engine.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The syllables of a text, analysed once for every field made of it: as written (lower case,
 * one tone placement) and folded, with their offsets. {@link SyllableStream} then feeds each
 * field from here, token for token what the {@link VietnameseAnalyzer} of its kind would give
 * (a test holds them to it), so indexing no longer tokenises and folds the same text five
 * times. The text must be NFC already (the analyzers' char filter would not change it).
 */
public final class Syllables {

    private static final ThreadLocal<StandardTokenizer> TOKENIZER = ThreadLocal.withInitial(StandardTokenizer::new);

    private String[] exact = new String[16];
    private String[] folded = new String[16];
    private int[] start = new int[16];
    private int[] end = new int[16];
    private int size;
    private final int length;

    private Syllables(int length) {
        this.length = length;
    }

    /** Analyses {@code text} (NFC). */
    public static Syllables of(String text) {
        Syllables s = new Syllables(text.length());
        if (text.isEmpty()) {
            return s;
        }
        StandardTokenizer tokenizer = TOKENIZER.get();
        CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                char[] b = term.buffer();
                int n = term.length();
                CharacterUtils.toLowerCase(b, 0, n);   // as LowerCaseFilter
                ToneMarkFilter.placeTone(b, n);
                String written = new String(b, 0, n);
                String plain = Folding.changes(b, n) ? Folding.fold(b, n) : written;
                s.add(written, plain, offset.startOffset(), offset.endOffset());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a StringReader does not fail
        } finally {
            try {
                tokenizer.close();
            } catch (IOException ignored) {
                // closing a StringReader does not fail
            }
        }
        return s;
    }

    private void add(String written, String plain, int from, int to) {
        if (size == exact.length) {
            int n = size * 2;
            exact = Arrays.copyOf(exact, n);
            folded = Arrays.copyOf(folded, n);
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
        }
        exact[size] = written;
        folded[size] = plain;
        start[size] = from;
        end[size] = to;
        size++;
    }

    public int size() {
        return size;
    }

    /** The syllable as written: lower case, NFC, the tone in one place. */
    public String exact(int i) {
        return exact[i];
    }

    /** The syllable folded to ASCII (the same String as {@link #exact} when nothing folds). */
    public String folded(int i) {
        return folded[i];
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    /** The length of the text: the final offset. */
    public int length() {
        return length;
    }
}
