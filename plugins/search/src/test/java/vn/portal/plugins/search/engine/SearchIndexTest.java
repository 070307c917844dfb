package vn.portal.plugins.search.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portal.plugins.search.engine.Docs.doc;
import static vn.portal.plugins.search.engine.Docs.query;
import static vn.portal.plugins.search.engine.Docs.with;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portal.plugins.search.engine.SearchQuery.Order;

class SearchIndexTest {

    @TempDir
    Path dir;
    SearchIndex index;

    @BeforeEach
    void fill() throws Exception {
        index = SearchIndex.open(dir);
        index.upsert(doc("dat", "so-tnmt", "article", "Cấp giấy chứng nhận quyền sử dụng đất",
                "Hướng dẫn hồ sơ cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình.", "2024-03-01"));
        index.upsert(doc("dat-vang", "so-tnmt", "article", "Dát vàng tượng đài",
                "Công trình dát vàng được nghiệm thu.", "2023-05-01"));
        index.upsert(doc("dat-chi-tieu", "so-tnmt", "article", "Đạt chỉ tiêu kế hoạch năm",
                "Tỉnh đạt và vượt chỉ tiêu.", "2022-05-01"));
        index.upsert(doc("tthc", "ubnd", "announcement", "Công bố danh mục thủ tục hành chính mới",
                "Ủy ban nhân dân tỉnh công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết.",
                "2024-06-10"));
        index.upsert(doc("scattered", "ubnd", "article", "Chính sách hành nghề y tư nhân",
                "Thủ tục đăng ký hành nghề; tục lệ địa phương; chính quyền hướng dẫn.", "2024-06-11"));
        index.upsert(doc("bhxh", "ubnd", "article", "Tăng mức đóng bảo hiểm xã hội tự nguyện",
                "Người lao động tham gia bảo hiểm xã hội được hỗ trợ.", "2021-01-15"));
        index.upsert(doc("qd", "ubnd", "legal-document", "QĐ 1234 ban hành quy chế làm việc",
                "Ban hành kèm theo quy chế làm việc của cơ quan.", "2020-02-02"));
        index.upsert(doc("script", "ubnd", "article", "Cảnh báo <script>alert(1)</script> & lừa đảo",
                "Người dân cảnh giác với tin nhắn <b>lừa đảo</b> & giả mạo.", "2024-01-01"));
        index.upsert(with(doc("secret", "ubnd", "article", "Kế hoạch nội bộ về thủ tục hành chính",
                "Tài liệu nội bộ về thủ tục hành chính.", "2024-07-01"), List.of("noi-bo"), "SEC1", "UNIT1",
                "content.read.internal"));
        index.upsert(Docs.locale(doc("en", "ubnd", "article", "Administrative procedures",
                "The list of administrative procedures of the province.", "2024-02-02"), "en"));
        index.upsert(with(doc("cat", "so-tnmt", "article", "Đo đạc bản đồ địa chính",
                "Đo đạc, lập bản đồ địa chính cho xã.", "2019-09-09"), List.of("dat-dai", "ban-do"), "TNMT", "DC",
                null));
        index.refresh();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> ids(SearchResults r) {
        return r.hits().stream().map(Hit::id).toList();
    }

    @Test
    void exactSpellingRanksAboveOtherSpellingsThatFoldTheSame() {
        List<String> ids = ids(index.search(query("đất")));
        assertEquals("dat", ids.get(0));
        assertTrue(ids.containsAll(List.of("dat-vang", "dat-chi-tieu")), ids.toString());   // folded matches still found
        assertEquals("dat-vang", ids(index.search(query("dát"))).get(0));
        assertEquals("dat-chi-tieu", ids(index.search(query("đạt"))).get(0));
    }

    @Test
    void withoutDiacriticsAndDecomposedFindTheSame() {
        List<String> accented = ids(index.search(query("giấy chứng nhận quyền sử dụng đất")));
        assertEquals("dat", accented.get(0));
        assertEquals(accented.get(0), ids(index.search(query("giay chung nhan quyen su dung dat"))).get(0));
        assertEquals(accented, ids(index.search(query(Normalizer.normalize("giấy chứng nhận quyền sử dụng đất",
                Normalizer.Form.NFD)))));
    }

    @Test
    void aPhraseRanksAboveScatteredSyllables() {
        SearchQuery noSynonyms = new SearchQuery("thủ tục hành chính", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                null, null, null, Order.RELEVANCE, 1, 10, null, Synonyms.parse(""));
        List<String> ids = ids(index.search(noSynonyms));
        assertEquals("tthc", ids.get(0));
        assertTrue(ids.indexOf("scattered") > ids.indexOf("tthc"), ids.toString());
        // with the default synonyms "thủ tục hành chính" is one unit (= TTHC): scattered syllables do not match it
        assertFalse(ids(index.search(query("thủ tục hành chính"))).contains("scattered"));
    }

    @Test
    void abbreviationsFindTheWordsAndBack() {
        assertEquals("bhxh", ids(index.search(query("BHXH"))).get(0));
        assertEquals("tthc", ids(index.search(query("tthc mới"))).get(0));
        assertEquals("tthc", ids(index.search(query("UBND tỉnh công bố"))).get(0));
        assertEquals("qd", ids(index.search(query("quyết định 1234"))).get(0));
        assertEquals("qd", ids(index.search(query("qd 1234"))).get(0));
    }

    @Test
    void siteSynonymsReplaceTheDefaults() {
        SearchQuery q = new SearchQuery("tượng đài vàng", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null,
                null, Order.RELEVANCE, 1, 10, null, Synonyms.parse("tượng đài => dát vàng"));
        assertEquals("dat-vang", ids(index.search(q)).get(0));
        SearchQuery bhxh = new SearchQuery("BHXH", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, null,
                Order.RELEVANCE, 1, 10, null, Synonyms.parse("tượng đài => dát vàng"));
        assertEquals(0, index.search(bhxh).total());
    }

    @Test
    void restrictedDocumentsOnlyForReadersHoldingThePermission() {
        SearchResults anonymous = index.search(query("thủ tục hành chính"));
        assertFalse(ids(anonymous).contains("secret"));
        assertFalse(anonymous.facets().get("category").containsKey("noi-bo"));
        assertFalse(anonymous.facets().get("sector").containsKey("SEC1"));
        SearchResults other = index.search(query("thủ tục hành chính", Set.of(), Set.of(), Set.of(), Order.RELEVANCE,
                1, 10, p -> p.equals("content.read.other")));
        assertEquals(anonymous.total(), other.total());
        SearchResults allowed = index.search(query("thủ tục hành chính", Set.of(), Set.of(), Set.of(), Order.RELEVANCE,
                1, 10, p -> p.equals("content.read.internal")));
        assertTrue(ids(allowed).contains("secret"));
        assertEquals(anonymous.total() + 1, allowed.total());
        assertEquals(1L, allowed.facets().get("category").get("noi-bo"));
        SearchResults failing = index.search(query("thủ tục hành chính", Set.of(), Set.of(), Set.of(), Order.RELEVANCE,
                1, 10, p -> {
                    throw new IllegalStateException("permission service down");
                }));
        assertFalse(ids(failing).contains("secret"));
        assertTrue(index.suggest("kế hoạch nội", Set.of(), null, 5).isEmpty(), "suggestions never show restricted titles");
    }

    @Test
    void filtersByWhatTheUserChose() {
        assertEquals(Set.of("dat", "dat-vang", "dat-chi-tieu", "cat"),
                Set.copyOf(ids(index.search(query("", Set.of("so-tnmt"), Set.of(), Set.of(), Order.NEWEST, 1, 10,
                        null)))));
        assertEquals(List.of("tthc"), ids(index.search(query("thủ tục", Set.of(), Set.of("announcement"), Set.of(),
                Order.RELEVANCE, 1, 10, null))));
        assertEquals(List.of("cat"), ids(index.search(query("", Set.of(), Set.of(), Set.of("ban-do"), Order.NEWEST, 1,
                10, null))));
        SearchQuery dates = new SearchQuery("", Set.of(), Set.of(), Set.of(), Set.of("TNMT"), Set.of("DC"),
                LocalDate.parse("2019-09-09"), LocalDate.parse("2019-09-09"), "vi", Order.NEWEST, 1, 10, null, null);
        assertEquals(List.of("cat"), ids(index.search(dates)));
        SearchQuery before = new SearchQuery("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null,
                LocalDate.parse("2020-12-31"), null, Order.NEWEST, 1, 10, null, null);
        assertEquals(List.of("qd", "cat"), ids(index.search(before)));
        SearchQuery english = new SearchQuery("procedures", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null,
                "en", Order.RELEVANCE, 1, 10, null, null);
        assertEquals(List.of("en"), ids(index.search(english)));
    }

    @Test
    void facetsCountEveryMatchingDocument() {
        SearchResults all = index.search(query("", Set.of(), Set.of(), Set.of(), Order.NEWEST, 1, 2, null));
        assertEquals(10, all.total());
        assertEquals(2, all.hits().size());
        Map<String, Map<String, Long>> f = all.facets();
        assertEquals(List.of("type", "category", "sector", "unit", "site", "locale", "year"), List.copyOf(f.keySet()));
        assertEquals(Map.of("ubnd", 6L, "so-tnmt", 4L), f.get("site"));
        assertEquals(List.of("article", "announcement", "legal-document"), List.copyOf(f.get("type").keySet()));
        assertEquals(8L, f.get("type").get("article"));
        assertEquals(Map.of("vi", 9L, "en", 1L), f.get("locale"));
        assertEquals(5L, f.get("year").get("2024"));
        assertEquals(Map.of("dat-dai", 1L, "ban-do", 1L), f.get("category"));
    }

    @Test
    void newestFirstAndPaging() {
        List<String> newest = ids(index.search(query("", Set.of(), Set.of(), Set.of(), Order.NEWEST, 1, 3, null)));
        assertEquals(List.of("scattered", "tthc", "dat"), newest);
        assertEquals(List.of("en", "script", "dat-vang"),
                ids(index.search(query("", Set.of(), Set.of(), Set.of(), Order.NEWEST, 2, 3, null))));
        assertEquals(List.of("cat"),
                ids(index.search(query("", Set.of(), Set.of(), Set.of(), Order.NEWEST, 4, 3, null))));
        SearchResults beyond = index.search(query("", Set.of(), Set.of(), Set.of(), Order.NEWEST, 99, 3, null));
        assertEquals(10, beyond.total());
        assertTrue(beyond.hits().isEmpty());
        SearchResults silly = index.search(query("", Set.of(), Set.of(), Set.of(), Order.NEWEST, -5, 0, null));
        assertEquals(List.of("scattered"), ids(silly));
    }

    @Test
    void highlightsAreEscapedAndMarkTheOriginalLetters() {
        Hit hit = index.search(query("lua dao")).hits().get(0);
        assertEquals("script", hit.id());
        assertEquals("Cảnh báo &lt;script&gt;alert(1)&lt;&#x2F;script&gt; &amp; <mark>lừa</mark> <mark>đảo</mark>",
                hit.titleHtml());
        assertTrue(hit.snippetHtml().contains("&lt;b&gt;<mark>lừa</mark> <mark>đảo</mark>&lt;&#x2F;b&gt; &amp;"),
                hit.snippetHtml());
        assertFalse(hit.snippetHtml().contains("<b>"));
        Hit title = index.search(query("đất")).hits().get(0);
        assertTrue(title.titleHtml().endsWith("<mark>đất</mark>"), title.titleHtml());
        Hit browse = index.search(query("", Set.of(), Set.of(), Set.of(), Order.NEWEST, 1, 1, null)).hits().get(0);
        assertEquals("Chính sách hành nghề y tư nhân", browse.titleHtml());
        assertTrue(browse.snippetHtml().startsWith("Thủ tục đăng ký hành nghề"), browse.snippetHtml());
    }

    @Test
    void didYouMeanCorrectsUnknownWords() {
        SearchResults r = index.search(query("bảo hiểm xã hộo"));
        assertEquals("bảo hiểm xã hội", r.didYouMean());
        assertEquals("bao hiem xa hoi", index.search(query("bao hiem xa hoo")).didYouMean());
        assertEquals("chung nhan", index.search(query("chung nhnan")).didYouMean());
        assertNull(index.search(query("bảo hiểm xã hội")).didYouMean());
        assertNull(index.search(query("1234")).didYouMean());
    }

    @Test
    void suggestionsCompleteTitlesWithOrWithoutDiacritics() {
        assertEquals(List.of("Tăng mức đóng bảo hiểm xã hội tự nguyện"), index.suggest("bảo hiểm x", Set.of(), null, 5));
        assertEquals(List.of("Tăng mức đóng bảo hiểm xã hội tự nguyện"), index.suggest("bao hiem x", Set.of(), null, 5));
        List<String> d = index.suggest("Đ", Set.of("so-tnmt"), "vi", 10);
        assertTrue(d.containsAll(List.of("Đạt chỉ tiêu kế hoạch năm", "Đo đạc bản đồ địa chính", "Dát vàng tượng đài",
                "Cấp giấy chứng nhận quyền sử dụng đất")), d.toString());
        assertEquals(2, index.suggest("d", Set.of("so-tnmt"), null, 2).size());
        assertTrue(index.suggest("", Set.of(), null, 5).isEmpty());
        assertTrue(index.suggest("zzzz", Set.of(), null, 5).isEmpty());
        assertTrue(index.suggest("dat", Set.of("ubnd"), null, 5).isEmpty());
    }

    @Test
    void junkIsSearchedAsPlainText() {
        for (String junk : List.of("\"((( AND OR*", "*", "?", "a:b", "[1 TO 2]", "\\", "~~~ ^2 /regex/", "-", "!!!",
                "\u0000\uFFFF", "\uD800")) {
            SearchResults r = index.search(query(junk));
            assertNotNull(r, junk);
        }
        assertEquals(0, index.search(query("!!!")).total());
        String huge = "thủ tục hành chính ".repeat(600);   // > 10 kB
        assertTrue(huge.length() > 10_000);
        assertEquals("tthc", ids(index.search(query(huge))).get(0));
        assertTrue(index.suggest(huge, Set.of(), null, 5).size() <= 5);
    }

    @Test
    void updatesAndDeletesShowAfterRefresh() {
        assertEquals(4, index.count("so-tnmt"));
        index.upsert(doc("dat", "so-tnmt", "article", "Giao đất tái định cư", "Nội dung mới.", "2024-03-01"));
        index.delete("content", "cat");
        assertEquals(4, index.count("so-tnmt"));
        index.refresh();
        assertEquals(3, index.count("so-tnmt"));
        assertEquals("Giao đất tái định cư", index.search(query("tái định cư")).hits().get(0).title());
        index.deleteSite("so-tnmt");
        index.refresh();
        assertEquals(0, index.count("so-tnmt"));
        assertEquals(7, index.count("ubnd"));   // the restricted one too: counts are for administrators
    }
}
