package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portal.kernel.it.PortalScenario.assertProblem;
import static vn.portal.kernel.it.PortalScenario.field;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Satisfaction ratings and per-service statistics end to end: a form made over REST, dossiers
 * sent online and one entered at the desk, one carried to its result and rated once on the
 * tracking page; the statistics (JSON and CSV) count each of them; bad periods are explained.
 */
final class EformStatsScenario {

    static final String SITE = "phuong-hoa-an";
    static final String PROCEDURE = "1.000004.000.00.00.H99";
    static final String API = "/api/v1/eform";

    private final PortalProcess portal;

    EformStatsScenario(PortalProcess portal) {
        this.portal = portal;
    }

    /** Figures of one procedure (or zeros): received, online, onTime, late, pending, VERY_SATISFIED, SATISFIED. */
    static long[] figures(String json, String procedure) {
        int at = json.indexOf("\"procedureCode\":\"" + procedure + "\"");
        if (at < 0) {
            return new long[7];
        }
        String row = json.substring(at, json.indexOf("}}", at));
        String[] keys = {"received", "online", "onTime", "late", "pending", "VERY_SATISFIED", "SATISFIED"};
        long[] out = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            Matcher m = Pattern.compile("\"" + keys[i] + "\":(\\d+)").matcher(row);
            assertTrue(m.find(), keys[i] + " in " + row);
            out[i] = Long.parseLong(m.group(1));
        }
        return out;
    }

    /**
     * @param jdbc the database's URL, user and password when the test can reach it (PostgreSQL), so a
     *             dossier's due time can be moved into the past to see it counted late; null otherwise
     */
    void citizensRateOnceAndStatisticsCountEveryService(String[] jdbc) throws Exception {
        SessionClient officer = new EformScenario(portal).staff(SITE, "site-admin");
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String stats = API + "/stats?site=" + SITE + "&from=" + today + "&to=" + today;
        long[] before = figures(officer.get(stats).body(), PROCEDURE);

        String formKey = "chung-thuc-" + UUID.randomUUID().toString().substring(0, 6);
        String form = "{\"key\":\"" + formKey + "\",\"procedure\":\"" + PROCEDURE + "\",\"title\":\"Chứng thực (thống kê)\","
                + "\"applicant\":{\"name\":\"hoTen\"},\"steps\":[{\"fields\":[{\"name\":\"hoTen\",\"label\":\"Họ tên\","
                + "\"help\":\"Họ và tên\",\"required\":true}]}]}";
        assertEquals(201, officer.write("POST", API + "/forms?site=" + SITE, form).statusCode());
        assertEquals(200, officer.write("POST", API + "/forms/" + formKey + "/versions/1/publish?site=" + SITE, "{}")
                .statusCode());
        String submitToken = field(portal.get(API + "/forms/" + formKey + "?site=" + SITE).body(), "submitToken");

        // three citizens online, one person served at the desk (staff's API token)
        List<String[]> online = new ArrayList<>();
        for (String name : new String[] {"Lê Thị Một", "Phạm Văn Hai", "Đỗ Thị Ba"}) {
            HttpResponse<String> r = submit(formKey, submitToken, name, null);
            online.add(new String[] {field(r.body(), "receiptCode"), field(r.body(), "token")});
        }
        String apiToken = field(officer.write("POST", "/api/v1/auth/tokens", "{\"name\":\"một cửa\",\"scopes\":[\"*\"]}")
                .body(), "secret");
        submit(formKey, submitToken, "Người đến bộ phận một cửa", apiToken);

        String[] a = online.get(0);
        String[] b = online.get(1);
        String rate = API + "/dossiers/" + a[0] + "/rating?site=" + SITE;
        String track = "/s/" + SITE + "/ho-so/tra-cuu?ma=" + a[0] + "&token=" + a[1];
        assertProblem(new SessionClient(portal.port).send("POST", rate + "&token=" + a[1],
                "{\"rating\":\"SATISFIED\"}", false), 409); // not returned yet
        assertFalse(portal.get(track).body().contains("name=\"rating\""), "no rating before the result");
        String moves = API + "/dossiers/" + a[0] + "/transitions?site=" + SITE;
        for (String to : new String[] {"IN_REVIEW", "APPROVED", "RESULT_RETURNED"}) {
            assertEquals(200, officer.write("POST", moves, "{\"status\":\"" + to + "\"}").statusCode(), to);
        }

        String page = portal.get(track).body();
        assertTrue(page.contains("Đánh giá mức độ hài lòng") && page.contains(">Rất hài lòng</label>")
                && page.contains(">Hài lòng</label>") && page.contains(">Chưa hài lòng</label>"), "three levels: " + page);
        SessionClient anonymous = new SessionClient(portal.port);
        assertProblem(anonymous.send("POST", rate + "&token=sai", "{\"rating\":\"SATISFIED\"}", false), 404);
        HttpResponse<String> unknown = anonymous.send("POST", rate + "&token=" + a[1], "{\"rating\":\"TUYET\"}", false);
        assertProblem(unknown, 400);
        assertTrue(unknown.body().contains("\"rating\""), "the field is named: " + unknown.body());
        HttpResponse<String> rated = new FormPost().field("rating", "VERY_SATISFIED").field("token", a[1])
                .field("_return", "page").send(portal.port, rate + "&lang=vi");
        assertTrue(FormPost.location(rated).contains("danh-gia=1"), FormPost.location(rated));
        String after = portal.get(FormPost.location(rated)).body();
        assertTrue(after.contains("Cảm ơn ông/bà đã đánh giá.") && after.contains("Ông/bà đã đánh giá: Rất hài lòng")
                && !after.contains("name=\"rating\""), "the cached page was dropped and shows the rating: " + after);
        assertProblem(anonymous.send("POST", rate + "&token=" + a[1], "{\"rating\":\"DISSATISFIED\"}", false), 409);
        HttpResponse<String> again = new FormPost().field("rating", "DISSATISFIED").field("token", a[1])
                .field("_return", "page").send(portal.port, rate);
        assertTrue(FormPost.location(again).contains("loi-danh-gia=409"), "one rating per dossier");
        assertTrue(portal.get(FormPost.location(again)).body().contains("Hồ sơ này đã được đánh giá."));

        long[] now = figures(officer.get(stats).body(), PROCEDURE);
        assertEquals(before[0] + 4, now[0], "received");
        assertEquals(before[1] + 3, now[1], "online: the desk's dossier is not online");
        assertEquals(before[2] + 1, now[2], "on time");
        assertEquals(before[3], now[3], "none late");
        assertEquals(before[4] + 3, now[4], "in progress, not yet due");
        assertEquals(before[5] + 1, now[5], "very satisfied");
        assertEquals(before[6], now[6], "the second rating did not count");
        String json = officer.get(stats).body();
        assertTrue(json.contains("\"onlineSharePercent\":") && json.contains("\"total\":{"), json);

        HttpResponse<String> csv = officer.get(stats + "&format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("thong-ke-" + SITE));
        assertTrue(csv.body().startsWith("\uFEFFMã thủ tục,Thủ tục,Tiếp nhận,Đúng hạn,Trễ hạn"), csv.body());
        assertTrue(csv.body().contains(PROCEDURE + ",") && csv.body().contains("\r\n"), csv.body());

        assertProblem(officer.get(API + "/stats?site=" + SITE + "&from=2026-13-01"), 400);
        assertProblem(officer.get(API + "/stats?site=" + SITE + "&from=2026-05-02&to=2026-05-01"), 400);
        assertProblem(officer.get(stats + "&format=xml"), 400);
        assertProblem(new EformScenario(portal).staff("so-noi-vu", "site-admin").get(stats), 403);
        assertProblem(portal.get(stats), 401);

        if (jdbc != null) {
            try (Connection c = DriverManager.getConnection(jdbc[0], jdbc[1], jdbc[2]);
                    PreparedStatement ps = c.prepareStatement("UPDATE eform_dossier SET due_at = ? WHERE receipt_code = ?")) {
                ps.setTimestamp(1, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600)));
                ps.setString(2, b[0]);
                assertEquals(1, ps.executeUpdate());
            }
            long[] late = figures(officer.get(stats).body(), PROCEDURE);
            assertEquals(now[3] + 1, late[3], "an undecided dossier past its due time is late");
            assertEquals(now[4] - 1, late[4]);
        }
    }

    private HttpResponse<String> submit(String formKey, String token, String name, String bearer) throws Exception {
        FormPost post = new FormPost().field("_form", formKey).field("_csrf", token).field("hoTen", name)
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (bearer != null) {
            post.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> r = post.send(portal.port, API + "/dossiers?site=" + SITE);
        assertEquals(201, r.statusCode(), r.body());
        return r;
    }
}
