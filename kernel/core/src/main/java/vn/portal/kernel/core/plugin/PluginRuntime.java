package vn.portal.kernel.core.plugin;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.List;

/** What the kernel holds for one plugin: its context, extensions, persistence unit and state. */
final class PluginRuntime {

    final String id;
    final Path path;
    String version = "";
    String requires = "";
    PluginState state = PluginState.STOPPED;
    String error;
    PortalPluginContext context;
    ClassLoader classLoader;
    List<Object> extensions = List.of();
    EntityManagerFactory emf;

    PluginRuntime(String id, Path path) {
        this.id = id;
        this.path = path;
    }

    String error() {
        return error;
    }
}
