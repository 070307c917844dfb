package vn.portal.kernel.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Public pages read Vietnamese query parameters as UTF-8, whatever the container does. */
class QueryStringTest {

    @Test
    void utf8AndNfcAndMalformedEscapesIgnored() {
        Map<String, List<String>> q = PublicServlet.query("so=nq-h%C4%91nd&nam=2025&x=%E&y=%E0%A4&q=quye%CC%82%CC%81t&flag");
        assertEquals(List.of("nq-hđnd"), q.get("so"));
        assertEquals(List.of("2025"), q.get("nam"));
        assertEquals(null, q.get("x"), "a broken escape is dropped, not an error");
        assertEquals(List.of("\uFFFD"), q.get("y"), "bytes that are not UTF-8 become the replacement character");
        assertEquals(List.of("quyết"), q.get("q"), "decomposed input arrives composed");
        assertEquals(List.of(""), q.get("flag"));
    }
}
