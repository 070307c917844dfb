package vn.portal.kernel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** The portal is built for Java 17 and must also run on JDK 25 (the Temurin JDK beside the default one). */
class RunsOnJdk25IT {

    static final Path JDK25 = Paths.get(System.getProperty("portal.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));

    @Test
    void startsServesAndLoadsPluginsOnJdk25() throws Exception {
        assertTrue(Files.isExecutable(JDK25.resolve("bin/java")),
                "JDK 25 is needed for this test at " + JDK25 + " (set -Dportal.jdk25=...)");
        try (PortalProcess portal = new PortalProcess(Files.createTempDirectory("portal-it-jdk25"))) {
            portal.env("JAVA_HOME", JDK25.toString());
            portal.start();
            assertTrue(portal.log().contains(", Java 25"), "the kernel reports the Java it runs on");
            assertEquals(200, portal.get("/").statusCode());
            assertTrue(portal.get("/").body().contains("Ủy ban nhân dân tỉnh Hòa An"));
            assertTrue(portal.adminGet("/api/v1/plugins/notice").body().contains("\"state\":\"STARTED\""));
        }
    }
}
