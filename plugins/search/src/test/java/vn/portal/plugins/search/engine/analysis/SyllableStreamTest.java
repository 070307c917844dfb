package vn.portal.plugins.search.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import vn.portal.plugins.search.engine.analysis.VietnameseAnalyzer.Kind;

/**
 * The index is fed from {@link Syllables} analysed once, queries are analysed by
 * {@link VietnameseAnalyzer}: both must give the same tokens (terms, positions, offsets, final
 * offset), or a query would miss what is in the index.
 */
class SyllableStreamTest {

    private static final String[] TEXTS = {
        "Đất đai", "Luat 2024", "Quyết định số 123/QĐ-UBND ngày 01.02.2026 về việc giao 1.000,5 m² đất",
        "HÒA BÌNH, Khỏe mạnh; THỦY lợi — Ủy ban nhân dân tỉnh", "hoà khoẻ thuỷ Uỷ", "a", "", "   ",
        "Supercalifragilisticexpialidocious-and-more-letters thủtụchànhchínhcôngtrựctuyếnđiệntử",
        "Straße ÆØÅ İstanbul ΑΘΗΝΑ 北京 東京 😀 emoji 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "e-mail: ubnd@tinh.gov.vn, https://tinh.gov.vn/tthc",
        "Thông báo\n\nNội dung\tcó tab và\u00a0khoảng trắng đặc biệt"
    };

    static List<String> tokens(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(term + "@" + pos + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
            }
            ts.end();
            out.add("end " + offset.endOffset() + " +" + inc.getPositionIncrement());
        }
        return out;
    }

    private static void assertSame(String text) throws IOException {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        Syllables s = Syllables.of(nfc);
        for (Kind kind : Kind.values()) {
            try (VietnameseAnalyzer analyzer = new VietnameseAnalyzer(kind)) {
                assertEquals(tokens(analyzer.tokenStream("f", nfc)), tokens(new SyllableStream(s, kind)),
                        kind + ": " + nfc);
            }
        }
    }

    @Test
    void theSameTokensAsTheAnalyzers() throws IOException {
        for (String text : TEXTS) {
            assertSame(text);
        }
    }

    @Test
    void theSameTokensAsTheAnalyzersOnRandomText() throws IOException {
        Random r = new Random(7);
        int[][] ranges = {{'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {' ', '/'}, {0xC0, 0x24F}, {0x1EA0, 0x1EF9},
            {0x300, 0x323}, {0x370, 0x3FF}, {0x4E00, 0x4E50}, {0x1F600, 0x1F640}, {0x2000, 0x206F}};
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(60);
            for (int i = 0; i < len; i++) {
                int[] range = ranges[r.nextInt(ranges.length)];
                b.appendCodePoint(range[0] + r.nextInt(range[1] - range[0] + 1));
                if (r.nextInt(5) == 0) {
                    b.append(' ');
                }
            }
            assertSame(b.toString());
        }
    }

    @Test
    void foldingByTableIsAsciiFolding() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char[] in = {(char) c};
            char[] out = new char[8];
            int n = org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, 1);
            assertEquals(new String(out, 0, n), Folding.fold(in, 1), "U+" + Integer.toHexString(c));
        }
    }
}
