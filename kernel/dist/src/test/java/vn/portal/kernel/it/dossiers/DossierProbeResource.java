package vn.portal.kernel.it.dossiers;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.Public;
import vn.portal.kernel.api.site.Site;

/** A test instrument (open, so the isolation matrix skips it): publishes dossier status events in one transaction. */
@Public
@Produces(MediaType.APPLICATION_JSON)
public class DossierProbeResource {

    private final PluginContext context;
    private final Site site;

    DossierProbeResource(PluginContext context, Site site) {
        this.context = context;
        this.site = site;
    }

    /**
     * {@code count} events; recipient {@code email} gets "+<n>" before the @ when {@code distinct}, so
     * every event has its own address. {@code channels} as in the contract, comma-separated. With
     * {@code stamp=true} the receipt code carries the publishing time in epoch milliseconds
     * ({@code <prefix><millis>-<n>}): the benchmark reads it back from the message to time event → send.
     */
    @POST
    @Path("events")
    public List<String> publish(@QueryParam("count") int count, @QueryParam("email") String email,
            @QueryParam("phone") String phone, @QueryParam("userId") String userId, @QueryParam("channels") String channels,
            @QueryParam("prefix") String prefix, @QueryParam("status") String status, @QueryParam("stamp") boolean stamp) {
        return context.transactions().required(() -> {
            List<String> ids = new ArrayList<>();
            ZoneId vn = ZoneId.of("Asia/Ho_Chi_Minh");
            OffsetDateTime received = OffsetDateTime.of(2026, 11, 21, 8, 30, 0, 0, vn.getRules().getOffset(
                    java.time.Instant.now()));
            String chans = "\"" + String.join("\",\"", (channels == null ? "email" : channels).split(",")) + "\"";
            for (int i = 0; i < Math.max(1, count); i++) {
                String receipt = (prefix == null ? "H99.01-261121-" : prefix)
                        + (stamp ? System.currentTimeMillis() + "-" : "") + String.format("%04d", i + 1);
                String json = "{\"dossierId\":\"d-" + receipt + "\",\"receiptCode\":\"" + receipt + "\","
                        + "\"procedureCode\":\"1.009972.000.00.00.H99\",\"procedureName\":\"Cấp giấy phép xây dựng\","
                        + "\"status\":\"" + (status == null ? "IN_REVIEW" : status) + "\",\"previousStatus\":\"RECEIVED\","
                        + "\"statusLabelVi\":\"Đang xử lý\",\"statusLabelEn\":\"In review\",\"comment\":\"Chuyển phòng <chuyên môn> & kiểm tra\","
                        + "\"agencyCode\":\"H99.01\",\"agencyName\":\"Sở Nội vụ (mẫu)\",\"handler\":\"Nguyễn Văn A\","
                        + "\"receivedAt\":\"" + received + "\",\"processingAt\":\"" + received.plusMinutes(45) + "\","
                        + "\"resultAt\":null,\"dueAt\":\"" + received.plusDays(14) + "\","
                        + "\"applicant\":{\"userId\":" + (userId == null ? "null" : "\"" + userId + "\"")
                        + ",\"name\":\"Trần Thị B\",\"email\":" + (email == null ? "null" : "\"" + address(email, i, count) + "\"")
                        + ",\"phone\":" + (phone == null ? "null" : "\"" + phone + "\"") + ",\"locale\":\"vi\","
                        + "\"channels\":[" + chans + "]},"
                        + "\"trackingUrl\":\"http://localhost/s/" + site.key() + "/ho-so/tra-cuu?ma=" + receipt + "\"}";
                ids.add(context.events().publish("eform.dossier.status-changed", site.key(), json));
            }
            return ids;
        });
    }

    private static String address(String email, int i, int count) {
        if (count <= 1) {
            return email;
        }
        int at = email.indexOf('@');
        return email.substring(0, at) + "+" + (i + 1) + email.substring(at);
    }
}
