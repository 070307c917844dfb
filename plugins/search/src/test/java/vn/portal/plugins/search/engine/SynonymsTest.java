package vn.portal.plugins.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {

    private static List<String> words(String text) {
        return Synonyms.foldedWords(text);
    }

    @Test
    void aGroupMatchesAnyOfItsPhrasesIgnoringCaseAndDiacritics() {
        Synonyms s = Synonyms.parse("UBND, Ủy ban nhân dân");
        for (String q : List.of("UBND tỉnh", "ubnd tỉnh", "Ủy ban nhân dân tỉnh", "uy ban nhan dan tinh", "Uỷ ban nhân dân tỉnh")) {
            List<Synonyms.Match> m = s.matches(words(q));
            assertEquals(1, m.size(), q);
            assertEquals(List.of(List.of("ubnd"), List.of("uy", "ban", "nhan", "dan")), m.get(0).alternatives(), q);
        }
    }

    @Test
    void anArrowRuleWorksOneWay() {
        Synonyms s = Synonyms.parse("QĐ => quyết định, quyet dinh so");
        assertEquals(List.of(List.of("qd"), List.of("quyet", "dinh"), List.of("quyet", "dinh", "so")),
                s.matches(words("qđ 12")).get(0).alternatives());
        assertTrue(s.matches(words("quyết định 12")).isEmpty());
    }

    @Test
    void theLongestPhraseWins() {
        Synonyms s = Synonyms.defaults();
        List<Synonyms.Match> m = s.matches(words("Ủy ban Mặt trận Tổ quốc tỉnh"));
        assertEquals(1, m.size());
        assertEquals(0, m.get(0).start());
        assertEquals(6, m.get(0).end());
    }

    @Test
    void theDefaultsKnowTheCommonAbbreviations() {
        Synonyms s = Synonyms.defaults();
        for (String[] pair : new String[][] {{"UBND", "Ủy ban nhân dân"}, {"HĐND", "Hội đồng nhân dân"},
                {"QĐ", "quyết định"}, {"TTHC", "thủ tục hành chính"}, {"BHXH", "bảo hiểm xã hội"},
                {"CCHC", "cải cách hành chính"}, {"CĐS", "chuyển đổi số"}, {"HDND", "hoi dong nhan dan"},
                {"cds", "chuyen doi so"}}) {
            List<List<String>> forward = s.matches(words(pair[0])).get(0).alternatives();
            assertTrue(forward.contains(words(pair[1])), pair[0]);
            List<List<String>> backward = s.matches(words(pair[1])).get(0).alternatives();
            assertTrue(backward.contains(words(pair[0])), pair[1]);
        }
        assertTrue(s.text().contains("UBND, Ủy ban nhân dân"));
    }

    @Test
    void badLinesAreReportedAndSkipped() {
        String text = "# comment\n\nUBND\nA => \n=> B\na => b => c\nBHXH, bảo hiểm xã hội\n,,,";
        assertEquals(List.of("3: a rule needs at least two different phrases, separated by commas",
                "4: \"=>\" needs words on both sides", "5: \"=>\" needs words on both sides",
                "6: more than one \"=>\"", "8: a rule needs at least two different phrases, separated by commas"),
                Synonyms.problems(text));
        Synonyms s = Synonyms.parse(text);
        assertEquals(1, s.matches(words("bhxh")).size());
        assertTrue(s.matches(words("ubnd")).isEmpty());
        assertTrue(Synonyms.parse(null).matches(words("ubnd")).isEmpty());
        assertTrue(Synonyms.problems(Synonyms.defaults().text()).isEmpty());
    }
}
