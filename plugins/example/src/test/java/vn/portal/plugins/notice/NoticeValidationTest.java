package vn.portal.plugins.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.site.SiteKind;
import vn.portal.kernel.api.site.SiteStatus;
import vn.portal.kernel.api.web.RenderRequest;
import vn.portal.kernel.testkit.InMemoryPluginContext;

class NoticeValidationTest {

    @Test
    void rejectsEmptyAndBackwardsNotices() {
        assertEquals(List.of("messageVi"), List.copyOf(NoticeService.validate(new NoticeInput(" ", null, null, null, null)).keySet()));
        Instant now = Instant.now();
        Map<String, String> errors = NoticeService.validate(new NoticeInput("Bảo trì hệ thống", null, "urgent", now, now));
        assertEquals(List.of("level", "endsAt"), List.copyOf(errors.keySet()));
        assertTrue(NoticeService.validate(new NoticeInput("Bảo trì hệ thống", "Maintenance", "warning", now,
                now.plusSeconds(3600))).isEmpty());
    }

    @Test
    void escapesNoticeText() {
        assertEquals("&lt;b&gt;Tạm ngừng&lt;/b&gt; &amp; &quot;bảo trì&quot;", NoticeWidget.escape("<b>Tạm ngừng</b> & \"bảo trì\""));
    }

    @Test
    void theWidgetNeedsTheDatabaseSoUnitTestsUseTheInMemoryContextForEverythingElse() {
        InMemoryPluginContext ctx = new InMemoryPluginContext("notice").site(new Site("tinh", "Tỉnh", "Province",
                SiteKind.PROVINCE, null, null, null, List.of(), null, List.of("vi"), "default", SiteStatus.ACTIVE, null,
                false, Map.of()));
        NoticeWidget widget = new NoticeWidget(ctx);
        assertEquals("header", widget.region());
        UnsupportedOperationException e = org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> widget.render(new RenderRequest(ctx.sites().find("tinh").orElseThrow(), "vi", "/", Map.of(), Map.of())));
        assertTrue(e.getMessage().contains("real kernel"));
    }
}
