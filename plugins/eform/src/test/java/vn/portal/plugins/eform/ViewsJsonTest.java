package vn.portal.plugins.eform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The REST views serialise with JSON-B (Yasson) as the kernel does. */
class ViewsJsonTest {

    @Test
    void receiptSerialises() throws Exception {
        var r = new DossierViews.Receipt("H99.41-260520-0001", "tok", "RECEIVED", "2026-05-20T10:00:00+07:00",
                "2026-05-21T17:00:00+07:00", true, List.of(), "http://x/ho-so/tra-cuu?ma=1", false);
        String json = JsonbBuilder.create().toJson(r);
        assertTrue(json.contains("\"dueAt\":\"2026-05-21T17:00:00+07:00\""), json);
        var step = new DossierViews.Step("RECEIVED", "Đã tiếp nhận", "2026-05-20T10:00:00+07:00", null);
        String full = JsonbBuilder.create().toJson(new DossierViews.Full("id", "c", "f", 1, "p", "RECEIVED", "H99", null,
                "A", null, null, null, "vi", "{}", true, List.of(), "t", null, null, "d", false, List.of("IN_REVIEW"),
                List.of(new DossierViews.File("1", "f", "a.pdf", "application/pdf", 3, "x", "SUBMISSION", "t")),
                List.of(step)));
        assertTrue(full.contains("\"fileName\":\"a.pdf\"") && full.contains("\"label\":\"Đã tiếp nhận\""), full);
        String tracking = JsonbBuilder.create().toJson(new DossierViews.Tracking("c", "p", "P", "RECEIVED", "R", "H99",
                "UB", null, "t", null, null, "d", false, true, List.of(step)));
        assertTrue(tracking.contains("\"history\":[{"), tracking);
        assertTrue(JsonbBuilder.create().toJson(new DossierViews.Row("c", "p", "RECEIVED", "A", "t", "d", true, true, null))
                .contains("\"overdue\":true"));
    }
}
