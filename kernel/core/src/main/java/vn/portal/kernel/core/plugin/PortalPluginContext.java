package vn.portal.kernel.core.plugin;

import jakarta.persistence.EntityManagerFactory;
import java.util.Optional;
import java.util.function.Supplier;
import vn.portal.kernel.api.audit.Audit;
import vn.portal.kernel.api.blob.Blobs;
import vn.portal.kernel.api.config.Settings;
import vn.portal.kernel.api.event.Events;
import vn.portal.kernel.api.identity.Identity;
import vn.portal.kernel.api.persistence.PluginPersistence;
import vn.portal.kernel.api.persistence.Transactions;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.scheduler.Scheduler;
import vn.portal.kernel.api.site.Sites;
import vn.portal.kernel.core.audit.AuditLog;
import vn.portal.kernel.core.config.PortalConfig;
import vn.portal.kernel.core.event.OutboxEvents;
import vn.portal.kernel.core.persistence.TransactionScopedEntityManagers;
import vn.portal.kernel.core.scheduler.JobScheduler;

/** The kernel services one plugin sees, each bound to the plugin's id. */
final class PortalPluginContext implements PluginContext {

    /** The kernel services shared by every plugin context. */
    record Services(Sites sites, Identity identity, OutboxEvents events, Transactions transactions,
            TransactionScopedEntityManagers entityManagers, Blobs blobs, JobScheduler scheduler, PortalConfig config,
            AuditLog audit, vn.portal.kernel.api.catalog.Catalogs catalogs,
            vn.portal.kernel.api.web.RichText richText, vn.portal.kernel.api.web.PageCache pageCache,
            PluginHost plugins) {
    }

    private final String pluginId;
    private final Services services;
    private final Supplier<EntityManagerFactory> emf;

    PortalPluginContext(String pluginId, Services services, Supplier<EntityManagerFactory> emf) {
        this.pluginId = pluginId;
        this.services = services;
        this.emf = emf;
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public Sites sites() {
        return services.sites();
    }

    @Override
    public Identity identity() {
        return services.identity();
    }

    @Override
    public Events events() {
        return (type, siteKey, payload) -> services.events().publishAs(pluginId, type, siteKey, payload);
    }

    @Override
    public PluginPersistence persistence() {
        return () -> {
            EntityManagerFactory factory = emf.get();
            if (factory == null) {
                throw new IllegalStateException("Plugin '" + pluginId
                        + "' has no persistence unit: declare an EntityContribution extension");
            }
            return services.entityManagers().current(factory);
        };
    }

    @Override
    public Transactions transactions() {
        return services.transactions();
    }

    @Override
    public Blobs blobs() {
        return services.blobs();
    }

    @Override
    public Scheduler scheduler() {
        return (jobId, when, job) -> services.scheduler().runOnceAt(pluginId + ":" + jobId, when, job);
    }

    @Override
    public vn.portal.kernel.api.web.PageCache pageCache() {
        return services.pageCache();
    }

    @Override
    public vn.portal.kernel.api.web.RichText richText() {
        return services.richText();
    }

    @Override
    public vn.portal.kernel.api.catalog.Catalogs catalogs() {
        return services.catalogs();
    }

    /** From the kernel's bundled seed ({@code portal.seed}, default {@code demo} as in Bootstrap). */
    @Override
    public vn.portal.kernel.api.plugin.SeedData seedData() {
        return BundledSeedData.of(services.config().get("portal.seed", "demo"), pluginId,
                PortalPluginContext.class.getClassLoader());
    }

    @Override
    public java.nio.file.Path localDirectory() {
        java.nio.file.Path dir = services.plugins().localDirectory(pluginId);
        try {
            return java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot create " + dir, e);
        }
    }

    @Override
    public <T> java.util.List<T> extensions(Class<T> type) {
        return services.plugins().extensions(type).stream().map(Contribution::extension).toList();
    }

    @Override
    public Audit audit() {
        return (action, siteKey, target, summary) -> services.audit().record(
                action.startsWith(pluginId + ".") ? action : pluginId + "." + action, target, siteKey, pluginId, summary);
    }

    @Override
    public Settings settings() {
        return new Settings() {
            @Override
            public Optional<String> get(String name) {
                return services.config().get("plugin." + pluginId + "." + name);
            }

            @Override
            public Optional<String> forSite(String siteKey, String name) {
                return services.sites().find(siteKey).map(s -> s.setting(pluginId + "." + name))
                        .or(() -> get(name));
            }
        };
    }
}
