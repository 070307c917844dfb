package vn.portal.kernel.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalConfigTest {

    @TempDir
    Path dir;

    @Test
    void readsUtf8AndExpandsTheHome() throws Exception {
        PortalHome home = new PortalHome(dir);
        home.createFolders();
        Files.writeString(home.config().resolve("portal.properties"),
                "db.url=jdbc:h2:file:${portal.home}/data/x\nplugin.notice.title=Thông báo\n", StandardCharsets.UTF_8);
        PortalConfig c = PortalConfig.load(home);
        assertEquals("jdbc:h2:file:" + dir.toAbsolutePath() + "/data/x", c.dbUrl());
        assertEquals("Thông báo", c.get("plugin.notice.title").orElseThrow());
    }

    @Test
    void unknownKeysStopTheStartWithTheirName() throws Exception {
        PortalHome home = new PortalHome(dir);
        home.createFolders();
        Files.writeString(home.config().resolve("portal.properties"), "db.ulr=jdbc:h2:mem:x\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PortalConfig.load(home));
        assertTrue(e.getMessage().contains("db.ulr"), e.getMessage());
    }

    @Test
    void defaultsToEmbeddedH2UnderTheHome() {
        PortalConfig c = PortalConfig.of(new PortalHome(dir), java.util.Map.of());
        assertTrue(c.dbUrl().startsWith("jdbc:h2:file:" + dir.toAbsolutePath() + "/data/portal"), c.dbUrl());
    }
}
