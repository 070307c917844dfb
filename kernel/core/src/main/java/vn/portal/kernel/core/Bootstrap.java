package vn.portal.kernel.core;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.portal.kernel.api.KernelApi;
import vn.portal.kernel.core.config.PortalConfig;
import vn.portal.kernel.core.config.PortalHome;
import vn.portal.kernel.core.event.EventDispatcher;
import vn.portal.kernel.core.identity.LocalIdentity;
import vn.portal.kernel.core.persistence.Migrations;
import vn.portal.kernel.core.persistence.PortalDataSourceDefinition;
import vn.portal.kernel.core.plugin.PluginHost;
import vn.portal.kernel.core.scheduler.JobScheduler;
import vn.portal.kernel.core.catalog.CatalogImporter;
import vn.portal.kernel.core.catalog.CatalogSeed;
import vn.portal.kernel.core.catalog.CatalogService;
import vn.portal.kernel.core.site.SiteSeed;
import vn.portal.kernel.core.site.SiteService;

/**
 * Start and stop, in order: folders → kernel migrations → administrator → sites
 * (demo seed on first start) → plugins (each migrates after the kernel) → event
 * dispatcher and scheduler. Stop runs the other way round.
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    PortalHome home;
    @Inject
    PortalConfig config;
    @Inject
    LocalIdentity identity;
    @Inject
    SiteService sites;
    @Inject
    vn.portal.kernel.core.site.SiteMenus menus;
    @Inject
    PluginHost plugins;
    @Inject
    CatalogService catalogs;
    @Inject
    CatalogImporter catalogImporter;
    @Inject
    EventDispatcher dispatcher;
    @Inject
    JobScheduler scheduler;
    @Inject
    vn.portal.kernel.core.identity.KernelJobs kernelJobs;
    @Resource(lookup = PortalDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;
    @Resource
    ManagedScheduledExecutorService executor;

    private ScheduledFuture<?> siteRefresh;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long t0 = System.nanoTime();
        try {
            home.createFolders();
            RunMarker.begin(home);
            LOG.info("Portal home " + home.root() + ", database " + Migrations.vendorOf(dataSource) + ", kernel-api "
                    + KernelApi.VERSION + ", Java " + Runtime.version().feature());
            Migrations.migrate(dataSource, "kernel", List.of("classpath:db/kernel"), Bootstrap.class.getClassLoader());
            identity.ensureAdministrator();
            String seed = config.get("portal.seed", "demo");
            if (!"none".equals(seed)) {
                String entries = CatalogSeed.load(seed, catalogImporter, catalogs);
                if (!entries.isEmpty()) {
                    LOG.info("First start: loaded catalog entries from sites/" + seed + "/catalog (sample data): "
                            + entries);
                }
                int n = sites.seedIfEmpty(SiteSeed.read(seed));
                if (n > 0) {
                    LOG.info("First start: loaded " + n + " sites from sites/" + seed + " (sample data)");
                    sites.reload();
                    menus.seed(SiteSeed.menus(seed));
                }
            }
            sites.reload();
            menus.reload();
            plugins.start();
            dispatcher.start();
            scheduler.start(() -> java.util.stream.Stream.concat(kernelJobs.jobs().stream(), plugins.jobs().stream())
                    .toList());
            // other nodes may change the tree; pick their writes up within half a minute
            siteRefresh = executor.scheduleWithFixedDelay(() -> {
                sites.reload();
                menus.reload();
            }, 30, 30, TimeUnit.SECONDS);
            LOG.info(String.format("Portal ready in %d ms: %d sites, %d plugins", (System.nanoTime() - t0) / 1_000_000,
                    sites.all().size(), plugins.list().size()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "PORTAL START FAILED: " + e.getMessage(), e);
            throw e;
        }
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        LOG.info("Portal stopping");
        if (siteRefresh != null) {
            siteRefresh.cancel(false);
        }
        scheduler.stop();
        dispatcher.stop();
        plugins.stop();
        RunMarker.end(home);
        LOG.info("Portal stopped cleanly");
    }
}
