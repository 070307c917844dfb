package vn.portal.kernel.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The one rich-text policy: formatting stays, anything that runs or restyles goes. */
class SanitizedRichTextTest {

    final SanitizedRichText richText = new SanitizedRichText();

    @Test
    void keepsWhatEditorsWriteAndDropsWhatRuns() {
        String html = "<h2>Thông báo</h2><p onclick=\"x()\">Lịch <strong>tiếp dân</strong> <a href=\"javascript:alert(1)\">"
                + "xem</a> <a href=\"https://hoaan.gov.vn/lich\">lịch</a></p><script>alert(1)</script>"
                + "<img src=\"https://hoaan.gov.vn/a.png\" alt=\"Trụ sở\" onerror=\"x()\"><iframe src=\"https://x\"></iframe>"
                + "<table><tr><th scope=\"col\">Ngày</th></tr><tr><td>Thứ Hai</td></tr></table><p style=\"color:red\">đỏ</p>";
        String safe = richText.sanitize(html);
        for (String kept : new String[] {"<h2>Thông báo</h2>", "<strong>tiếp dân</strong>", "href=\"https://hoaan.gov.vn/lich\"",
                "alt=\"Trụ sở\"", "<th scope=\"col\">Ngày</th>", "<td>Thứ Hai</td>"}) {
            assertTrue(safe.contains(kept), kept + " missing from " + safe);
        }
        for (String dropped : new String[] {"script", "onclick", "onerror", "javascript:", "iframe", "style="}) {
            assertFalse(safe.contains(dropped), dropped + " survived in " + safe);
        }
    }

    @Test
    void textIsPlainAndComposed() {
        String nfd = Normalizer.normalize("<p>Quyết định</p><p>số 12</p>", Normalizer.Form.NFD);
        assertEquals("Quyết định số 12", richText.text(nfd));
        assertEquals("a & b", richText.text("a &amp; b<script>x</script>"));
    }
}
