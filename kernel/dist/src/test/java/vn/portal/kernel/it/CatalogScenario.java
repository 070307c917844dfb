package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.portal.kernel.it.PortalScenario.assertProblem;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/** The shared catalogs end to end: imports, exports, who may write, reassignment after a merge. */
final class CatalogScenario {

    private final PortalProcess portal;

    CatalogScenario(PortalProcess portal) {
        this.portal = portal;
    }

    HttpResponse<String> importCsv(String catalog, String csv, boolean dryRun) throws Exception {
        return portal.adminPost("/api/v1/catalogs/" + catalog + "/import" + (dryRun ? "?dryRun=true" : ""),
                "text/csv; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8));
    }

    void dryRunThenAllOrNothingIdempotentImportAndExportRoundTrip() throws Exception {
        assertTrue(portal.get("/api/v1/catalogs/admin-units/entries/99007").body().contains("Xã Sơn Thủy"),
                "the demo seed is loaded");
        String good = "code,name_vi,name_en,parent,unit\nH99.61,Ban Quản lý các khu công nghiệp (mẫu),"
                + "Industrial Zones Authority (sample),H99,99\n";
        HttpResponse<String> dry = importCsv("agencies", good, true);
        assertEquals(200, dry.statusCode(), dry.body());
        assertTrue(dry.body().contains("\"dryRun\":true") && dry.body().contains("\"created\":1"), dry.body());
        assertEquals(404, portal.get("/api/v1/catalogs/agencies/entries/H99.61").statusCode(), "a dry run writes nothing");

        String bad = good + "h99.62,Ban Sai Mã,,H99,99\nH99.63,Ban Cha Lạ,,H99.999,99\nH99.61,Ban Trùng,,H99,99\n";
        HttpResponse<String> rejected = importCsv("agencies", bad, false);
        assertProblem(rejected, 422);
        assertTrue(hasError(rejected.body(), 3, "code") && hasError(rejected.body(), 4, "parent")
                && hasError(rejected.body(), 5, "code"), rejected.body());
        assertEquals(404, portal.get("/api/v1/catalogs/agencies/entries/H99.61").statusCode(), "nothing half-imported");

        byte[] windows = good.getBytes(Charset.forName("windows-1258"));
        HttpResponse<String> encoding = portal.adminPost("/api/v1/catalogs/agencies/import", "text/csv", windows);
        assertProblem(encoding, 422);
        assertTrue(hasError(encoding.body(), 2, null) && encoding.body().contains("UTF-8"), encoding.body());

        HttpResponse<String> applied = importCsv("agencies", good, false);
        assertEquals(200, applied.statusCode(), applied.body());
        assertTrue(applied.body().contains("\"created\":1"), applied.body());
        HttpResponse<String> again = importCsv("agencies", good, false);
        assertTrue(again.body().contains("\"created\":0") && again.body().contains("\"unchanged\":1"), again.body());
        assertTrue(portal.get("/api/v1/catalogs/agencies/entries/H99.61").body().contains("Ban Quản lý"));

        HttpResponse<String> csv = portal.get("/api/v1/catalogs/agencies/export?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\uFEFFcode,name_vi,name_en,parent,valid_from,valid_to,successors,status,unit"),
                csv.body().substring(0, 80));
        assertTrue(csv.body().contains("H99.61,Ban Quản lý các khu công nghiệp (mẫu)"));
        HttpResponse<String> back = importCsv("agencies", csv.body(), false);
        assertEquals(200, back.statusCode(), back.body());
        assertTrue(back.body().contains("\"created\":0") && back.body().contains("\"updated\":0"),
                "the export imports back unchanged: " + back.body());
        HttpResponse<String> json = portal.get("/api/v1/catalogs/procedures/export?format=json");
        assertTrue(json.body().startsWith("[") && json.body().contains("\"online\":\"full\""), json.body());
        assertProblem(portal.get("/api/v1/catalogs/agencies/export?format=xml"), 400);
    }

    void onlyCatalogEditorsMayImport() throws Exception {
        IdentityScenario identity = new IdentityScenario(portal);
        String csv = "code,name_vi\nTHUNGHIEM" + UUID.randomUUID().toString().substring(0, 4).toUpperCase()
                + ",Lĩnh vực thử (mẫu)\n";
        SessionClient siteAdmin = identity.signedInUser("qtdm-" + UUID.randomUUID().toString().substring(0, 6),
                "Quan-Tri-Trang-2026!");
        identity.grant(PortalScenario.field(siteAdmin.get("/api/v1/auth/me").body(), "id"), "site-admin", "tinh");
        assertProblem(siteAdmin.write("POST", "/api/v1/catalogs/sectors/import", "[]"), 403);

        SessionClient editor = identity.signedInUser("btdm-" + UUID.randomUUID().toString().substring(0, 6),
                "Bien-Tap-Danh-Muc-2026!");
        identity.grant(PortalScenario.field(editor.get("/api/v1/auth/me").body(), "id"), "catalog-editor", null);
        String code = csv.split("\n")[1].split(",")[0];
        HttpResponse<String> r = editor.write("POST", "/api/v1/catalogs/sectors/import",
                "[{\"code\":\"" + code + "\",\"nameVi\":\"Lĩnh vực thử (mẫu)\"}]");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(portal.get("/api/v1/catalogs/sectors/entries/" + code).body().contains("Lĩnh vực thử"));
        assertProblem(portal.send("POST", "/api/v1/catalogs/sectors/import", "[]"), 401);
    }

    void aMergedUnitsSitesAreReassignedInOneStep() throws Exception {
        String today = LocalDate.now().toString();
        HttpResponse<String> units = importCsv("admin-units", "code,name_vi,parent,valid_from,level\n"
                + "99013,Xã Thử Nghiệm (mẫu),99,2025-07-01,commune\n99016,Xã Hợp Nhất (mẫu),99," + today + ",commune\n",
                false);
        assertEquals(200, units.statusCode(), units.body());
        String item = PortalScenario.field(portal.adminSend("POST", "/api/v1/probe/items?site=tinh",
                "{\"title\":\"Tin của xã thử nghiệm\",\"unitCode\":\"99013\"}").body(), "id");
        assertEquals(201, portal.adminSend("POST", "/api/v1/sites", "{\"key\":\"xa-thu-nghiem\",\"nameVi\":\"Xã Thử"
                + " Nghiệm (mẫu)\",\"kind\":\"COMMUNE\",\"parent\":\"tinh\",\"unitCode\":\"99013\"}").statusCode());
        assertProblem(portal.adminSend("POST", "/api/v1/sites", "{\"key\":\"xa-khong-co\",\"nameVi\":\"Xã Không Có\","
                + "\"kind\":\"COMMUNE\",\"parent\":\"tinh\",\"unitCode\":\"99998\"}"), 400);

        HttpResponse<String> merged = importCsv("admin-units", "code,name_vi,parent,valid_from,valid_to,successors,level\n"
                + "99013,Xã Thử Nghiệm (mẫu),99,2025-07-01," + today + ",99016,commune\n", false);
        assertTrue(merged.body().contains("\"updated\":1"), merged.body());
        HttpResponse<String> refs = portal.adminGet("/api/v1/catalogs/admin-units/entries/99013/references");
        assertEquals(200, refs.statusCode(), refs.body());
        assertTrue(refs.body().contains("\"id\":\"xa-thu-nghiem\"") && refs.body().contains("\"kind\":\"site\""),
                refs.body());
        assertTrue(refs.body().contains("\"id\":\"" + item + "\"") && refs.body().contains("\"owner\":\"probe\""),
                "a plugin's data is listed too: " + refs.body());
        assertProblem(portal.adminSend("POST", "/api/v1/catalogs/admin-units/entries/99013/reassign",
                "{\"to\":\"99101\"}"), 400);
        HttpResponse<String> moved = portal.adminSend("POST", "/api/v1/catalogs/admin-units/entries/99013/reassign",
                "{\"to\":\"99016\"}");
        assertEquals(200, moved.statusCode(), moved.body());
        assertTrue(moved.body().contains("\"moved\":2"), moved.body());
        assertTrue(portal.get("/api/v1/sites/xa-thu-nghiem").body().contains("\"unitCode\":\"99016\""));
        assertTrue(portal.get("/api/v1/probe/items/" + item + "?site=tinh").body().contains("\"unitCode\":\"99016\""));
        assertEquals("[]", portal.adminGet("/api/v1/catalogs/admin-units/entries/99013/references").body());
    }

    void pluginsDeclareTheirOwnCatalogsAndRules() throws Exception {
        assertTrue(portal.get("/api/v1/catalogs").body().contains("\"probe-colours\""));
        HttpResponse<String> bad = importCsv("probe-colours", "code,name_vi,hex\ndo,Đỏ,red\n", false);
        assertProblem(bad, 422);
        assertTrue(hasError(bad.body(), 2, "hex"), "the plugin's rule ran: " + bad.body());
        HttpResponse<String> good = importCsv("probe-colours", "code,name_vi,hex\ndo,Đỏ,#c0392b\n", false);
        assertEquals(200, good.statusCode(), good.body());
        assertTrue(portal.get("/api/v1/catalogs/probe-colours/entries?q=do").body().contains("#c0392b"));
        assertProblem(importCsv("khong-khai-bao", "code,name_vi\nA,B\n", false), 404);
    }

    /** Whether the report lists an error for the row (and field), whatever the member order. */
    static boolean hasError(String report, int row, String field) {
        for (String error : report.split("\\},\\{")) {
            if (java.util.regex.Pattern.compile("\"row\":" + row + "(?!\\d)").matcher(error).find()) {
                if (field == null || error.contains("\"field\":\"" + field + "\"")) {
                    return true;
                }
            }
        }
        return false;
    }
}
