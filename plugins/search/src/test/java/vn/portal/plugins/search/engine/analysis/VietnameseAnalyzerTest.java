package vn.portal.plugins.search.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import vn.portal.plugins.search.engine.analysis.VietnameseAnalyzer.Kind;

class VietnameseAnalyzerTest {

    /** A token as "term@position[start,end)". */
    static List<String> tokens(Kind kind, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (Analyzer a = new VietnameseAnalyzer(kind); TokenStream ts = a.tokenStream("f", text)) {
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
        }
        return out;
    }

    static List<String> terms(Kind kind, String text) throws IOException {
        return tokens(kind, text).stream().map(t -> t.substring(0, t.indexOf('@'))).toList();
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @Test
    void foldingKeepsTheOriginalAtTheSamePosition() throws IOException {
        assertEquals(List.of("dat@0[0,3)", "đất@0[0,3)", "dai@1[4,7)", "đai@1[4,7)"), tokens(Kind.TEXT, "Đất đai"));
    }

    @Test
    void wordsWithoutDiacriticsAreIndexedOnce() throws IOException {
        assertEquals(List.of("luat@0[0,4)", "2024@1[5,9)"), tokens(Kind.TEXT, "Luat 2024"));
    }

    @Test
    void dStrokeFoldsToD() throws IOException {
        assertEquals(List.of("dang", "ky", "dien", "tu"), terms(Kind.FOLDED, "ĐĂNG KÝ điện tử"));
        assertEquals("dang ky", Fold.fold("Đăng ký"));
    }

    @Test
    void decomposedTextGivesTheSameTermsAsComposed() throws IOException {
        String text = "Quyết định về thủ tục hành chính của Ủy ban nhân dân tỉnh";
        assertEquals(terms(Kind.TEXT, text), terms(Kind.TEXT, nfd(text)));
        assertEquals(terms(Kind.EXACT, text), terms(Kind.EXACT, nfd(text)));
        assertEquals(terms(Kind.SHINGLES, text), terms(Kind.SHINGLES, nfd(text)));
        assertEquals(Fold.fold(text), Fold.fold(nfd(text)));
    }

    @Test
    void offsetsOfDecomposedTextPointIntoTheOriginal() throws IOException {
        String text = nfd("Thủ tục");   // T h u ̉ (4 chars) space t u ̣ c (4 chars)
        assertEquals(9, text.length());
        List<String> t = tokens(Kind.EXACT, text);
        assertEquals(List.of("thủ@0[0,4)", "tục@1[5,9)"), t);
    }

    @Test
    void bothTonePlacementsAreOneWord() throws IOException {
        assertEquals(terms(Kind.EXACT, "hoà bình, khoẻ, thuỷ lợi, Uỷ ban"), terms(Kind.EXACT, "hòa bình, khỏe, thủy lợi, Ủy ban"));
        assertEquals(List.of("hoà", "hoan", "quý", "của"), terms(Kind.EXACT, "hòa hoan quý của"));
    }

    @Test
    void shinglesAreAdjacentFoldedSyllables() throws IOException {
        assertEquals(List.of("thu tuc", "tuc hanh", "hanh chinh"), terms(Kind.SHINGLES, "Thủ tục hành chính"));
        assertEquals(List.of(), terms(Kind.SHINGLES, "một"));
    }

    @Test
    void prefixesOfFoldedSyllablesForSuggestions() throws IOException {
        assertEquals(List.of("d", "da", "dat"), terms(Kind.PREFIXES, "Đất"));
    }

    @Test
    void punctuationAndQuerySyntaxAreNotTokens() throws IOException {
        assertEquals(List.of("and", "or"), terms(Kind.EXACT, "\"((( AND OR* )) -+:~^"));
    }
}
