package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The scenario on the embedded H2 database, plus restart and crash behaviour. */
class PortalOnH2IT extends PortalScenario {

    @Override
    PortalProcess createPortal() throws Exception {
        return new PortalProcess(tempHome("h2"));
    }

    @Test
    void everyEndpointRefusesAnonymousCallersAndOtherSitesAdministrators() throws Exception {
        new IsolationMatrix(portal).everyEndpointRefusesAnonymousCallersAndOtherSitesAdministrators();
    }

    @Test
    void dataSurvivesARestartAndAnUndeliveredEventSurvivesKill9() throws Exception {
        String id = field(portal.adminSend("POST", "/api/v1/probe/items?site=tinh", "{\"title\":\"trước khi dừng\"}")
                .body(), "id");
        String site = "{\"key\":\"xa-khoi-dong\",\"nameVi\":\"Xã Khởi Động\",\"kind\":\"COMMUNE\",\"parent\":\"tinh\","
                + "\"unitCode\":\"99007\"}";
        assertEquals(201, portal.adminSend("POST", "/api/v1/sites", site).statusCode());
        assertEquals(200, portal.adminSend("PUT", "/api/v1/sites/xa-khoi-dong", site.replace("Xã Khởi Động", "Xã Đã Sửa"))
                .statusCode());
        assertEquals(200, portal.adminSend("PUT", "/api/v1/sites/xa-khoi-dong/menu", MenuScenario.menu("{\"labelVi\":"
                + "\"Trước khi dừng\",\"target\":\"/truoc\",\"children\":[{\"labelVi\":\"Mục con\",\"target\":\"/truoc/con\"}]}"))
                .statusCode());
        portal.stop();
        assertFalse(java.nio.file.Files.exists(portal.home.resolve("data/portal.running")),
                "a clean stop ran the kernel's shutdown (it removes the run marker)");

        // restart with the dispatcher off: the next event is committed but cannot be delivered
        portal.env("PORTAL_JAVA_OPTS", "-Devents.dispatcher.enabled=false");
        portal.start();
        assertTrue(portal.get("/api/v1/probe/items/" + id + "?site=tinh").body().contains("trước khi dừng"),
                "data written before the restart is still there");
        String seeded = "Kinh tế – xã hội tỉnh Hòa An 11 tháng năm 2026 tiếp tục tăng trưởng khá (mẫu)";
        assertEquals(1, new ContentScenario(portal).itemsTitled("tinh", seeded), "a restart loads no sample content again");
        assertTrue(portal.get("/api/v1/sites/xa-khoi-dong").body().contains("Xã Đã Sửa"), "site edits are persisted");
        String menu = MenuScenario.nav(portal.get("/s/xa-khoi-dong/").body());
        assertTrue(menu.contains(">Trước khi dừng</a>") && menu.contains(">Mục con</a>"), "menus are persisted: " + menu);
        assertTrue(MenuScenario.nav(portal.get("/").body()).contains(">Hỏi đáp</a>"), "the seeded menu too");
        String eventId = field(portal.adminSend("POST", "/api/v1/probe/items?site=tinh", "{\"title\":\"kill -9\"}")
                .body(), "eventId");
        Thread.sleep(1500);
        assertEquals(404, portal.get("/api/v1/probe/received/" + eventId + "?site=tinh").statusCode(),
                "not delivered while the dispatcher is off");
        portal.kill9();
        assertTrue(java.nio.file.Files.exists(portal.home.resolve("data/portal.running")), "kill -9 leaves the marker");

        portal.env("PORTAL_JAVA_OPTS", "");
        portal.start();
        assertTrue(awaitReceived(eventId, Duration.ofSeconds(20)).contains("\"times\":1"),
                "the event committed before kill -9 is delivered after the restart");
        assertTrue(portal.log().contains("The previous run did not stop cleanly"), "the operator is told");
    }
}
