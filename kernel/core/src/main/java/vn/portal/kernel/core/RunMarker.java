package vn.portal.kernel.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.Logger;
import vn.portal.kernel.core.config.PortalHome;

/**
 * {@code data/portal.running} exists while the portal runs and is removed by a clean
 * stop. Found at start, it means the last run crashed or was killed: the operator is
 * told, and undelivered outbox events are delivered now. Logging may already be shut
 * down during JVM shutdown, so the file is the reliable witness of a clean stop.
 */
final class RunMarker {

    private static final Logger LOG = Logger.getLogger(RunMarker.class.getName());

    private RunMarker() {
    }

    static void begin(PortalHome home) {
        Path marker = marker(home);
        try {
            if (Files.exists(marker)) {
                LOG.warning("The previous run did not stop cleanly (started " + Files.readString(marker).trim()
                        + "): it crashed or was killed. Undelivered events will be delivered now.");
            }
            Files.writeString(marker, Instant.now() + " pid " + ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            LOG.warning("Cannot write " + marker + ": " + e.getMessage());
        }
    }

    static void end(PortalHome home) {
        try {
            Files.deleteIfExists(marker(home));
        } catch (IOException e) {
            LOG.warning("Cannot remove " + marker(home) + ": " + e.getMessage());
        }
    }

    private static Path marker(PortalHome home) {
        return home.data().resolve("portal.running");
    }
}
