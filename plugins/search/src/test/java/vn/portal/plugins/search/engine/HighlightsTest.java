package vn.portal.plugins.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles and snippets marked from the stored text, without the Lucene highlighter. */
class HighlightsTest {

    private static SyllableMatches.Terms terms(String... folded) {
        return SyllableMatches.Terms.of(List.of(folded));
    }

    @Test
    void marksEverySpellingThatFoldsToTheTermAndOnlyWholeWords() {
        assertEquals("<mark>Đất</mark> và <mark>dát</mark>, đạtdatx, <mark>ĐẤT</mark>.",
                Highlights.title("Đất và dát, đạtdatx, ĐẤT.", terms("dat")));
        assertNull(Highlights.title("Không có gì", terms("dat")));
    }

    @Test
    void wordsKeepTheirDotsAndDigitsAsTheTokenizerDoes() {
        assertEquals("Sở <mark>TP.HCM</mark> thu <mark>1.234</mark> tỷ, không phải 1 hay 234",
                Highlights.title("Sở TP.HCM thu 1.234 tỷ, không phải 1 hay 234", terms("tp.hcm", "1.234")));
        assertEquals("Năm <mark>2026</mark>.", Highlights.title("Năm 2026.", terms("2026")));
    }

    @Test
    void escapesBeforeMarking() {
        assertEquals("&lt;b&gt;<mark>lừa</mark>&lt;&#x2F;b&gt; &amp; &quot;x&quot; &#x27;y&#x27;",
                Highlights.title("<b>lừa</b> & \"x\" 'y'", terms("lua")));
    }

    @Test
    void snippetsAreTheBestSentencesInTextOrderWithAnEllipsisBetween() {
        String filler = "Câu không liên quan gì đến việc tìm kiếm ở đây cả. ".repeat(6);
        String text = "Mở đầu có đất. " + filler + "Giấy chứng nhận quyền sử dụng đất được cấp. " + filler
                + "Cuối cùng.";
        String snippet = Highlights.snippet(text, terms("chung", "nhan", "dat"));
        assertTrue(snippet.startsWith("Mở đầu có <mark>đất</mark>."), snippet);
        assertTrue(snippet.contains(" … Giấy <mark>chứng</mark> <mark>nhận</mark> quyền sử dụng <mark>đất</mark> được cấp."),
                snippet);
        assertFalse(snippet.contains("Cuối cùng"), snippet);
        assertTrue(snippet.length() < 2 * Highlights.PASSAGE_CHARS * 13 / 10 + 100, snippet);
        assertNull(Highlights.snippet(text, terms("zzz")));
    }

    @Test
    void aLongSentenceIsCutAroundItsMatch() {
        String text = "mở ".repeat(200) + "đất " + "đóng ".repeat(200);
        String snippet = Highlights.snippet(text, terms("dat"));
        assertTrue(snippet.contains("<mark>đất</mark>"), snippet);
        assertTrue(snippet.length() <= Highlights.PASSAGE_CHARS + 20, snippet.length() + ": " + snippet);
    }
}
