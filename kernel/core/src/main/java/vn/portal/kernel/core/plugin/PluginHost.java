package vn.portal.kernel.core.plugin;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginWrapper;
import vn.portal.kernel.api.KernelApi;
import vn.portal.kernel.api.blob.Blobs;
import vn.portal.kernel.api.event.EventListener;
import vn.portal.kernel.api.identity.Identity;
import vn.portal.kernel.api.persistence.EntityContribution;
import vn.portal.kernel.api.persistence.Transactions;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.plugin.PluginIds;
import vn.portal.kernel.api.rest.RestResource;
import vn.portal.kernel.api.scheduler.ScheduledJob;
import vn.portal.kernel.api.security.PermissionContribution;
import vn.portal.kernel.api.security.PermissionDefinition;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.config.PortalConfig;
import vn.portal.kernel.core.config.PortalHome;
import vn.portal.kernel.core.event.ListenerDirectory;
import vn.portal.kernel.core.event.OutboxEvents;
import vn.portal.kernel.core.event.RegisteredListener;
import vn.portal.kernel.core.persistence.Migrations;
import vn.portal.kernel.core.persistence.PluginEntityManagerFactories;
import vn.portal.kernel.core.persistence.PortalDataSourceDefinition;
import vn.portal.kernel.core.persistence.TransactionScopedEntityManagers;
import vn.portal.kernel.core.scheduler.JobScheduler;
import vn.portal.kernel.core.site.SiteService;

/**
 * Loads plugins from {@code portal-home/plugins} and runs their lifecycle:
 * load (descriptor, id, Plugin-Requires) → verify and create extensions →
 * migrate → build the EntityManagerFactory → start. A plugin that fails any step
 * is reported FAILED with the reason; the portal starts without it.
 */
@ApplicationScoped
public class PluginHost implements ListenerDirectory {

    private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

    @Inject
    PortalHome home;
    @Inject
    PortalConfig config;
    @Inject
    SiteService sites;
    @Inject
    Identity identity;
    @Inject
    OutboxEvents events;
    @Inject
    Transactions transactions;
    @Inject
    TransactionScopedEntityManagers entityManagers;
    @Inject
    Blobs blobs;
    @Inject
    JobScheduler scheduler;
    @Inject
    vn.portal.kernel.core.audit.AuditLog audit;
    @Inject
    vn.portal.kernel.core.catalog.CatalogService catalogs;
    @Inject
    vn.portal.kernel.core.web.SanitizedRichText richText;
    @Inject
    vn.portal.kernel.core.web.PageCacheStore pageCache;
    @Resource(lookup = PortalDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    private PortalPluginManager manager;
    private final Map<String, PluginRuntime> runtimes = new LinkedHashMap<>();
    private volatile List<PluginRuntime> started = List.of();

    public synchronized void start() {
        manager = new PortalPluginManager(home.plugins(), this::contextFor);
        Map<String, Path> paths = new LinkedHashMap<>();
        Map<String, List<String>> dependsOn = new LinkedHashMap<>();
        for (Path path : candidates()) {
            PluginDescriptor d;
            try {
                d = manager.describe(path);
            } catch (RuntimeException e) {
                fail(new PluginRuntime(path.getFileName().toString(), path), "not a valid plugin: " + e.getMessage(), e);
                continue;
            }
            String id = d.getPluginId();
            if (id == null || paths.containsKey(id)) {
                fail(new PluginRuntime(path.getFileName().toString(), path), id == null ? "not a valid plugin: no Plugin-Id"
                        : "plugin id '" + id + "' is already used by " + paths.get(id).getFileName(), null);
                continue;
            }
            paths.put(id, path);
            dependsOn.put(id, d.getDependencies().stream().map(PluginDependency::getPluginId).toList());
        }
        List<String> order = PluginOrder.sort(dependsOn);
        for (String id : paths.keySet()) {
            if (!order.contains(id)) {
                fail(new PluginRuntime(id, paths.get(id)), "its dependencies form a cycle: " + dependsOn.get(id), null);
            }
        }
        for (String id : order) {
            PluginRuntime rt = load(paths.get(id));
            if (rt.state != PluginState.FAILED) {
                startPlugin(rt);
            }
        }
        LOG.info("Plugins: " + list().stream().map(p -> p.id() + " " + p.version() + " " + p.state()).toList());
    }

    public synchronized void stop() {
        for (PluginRuntime rt : new ArrayList<>(runtimes.values())) {
            if (rt.state == PluginState.STARTED) {
                stopPlugin(rt);
            }
        }
        if (manager != null) {
            manager.unloadPlugins();
        }
        runtimes.clear();
    }

    private List<Path> candidates() {
        try (Stream<Path> s = Files.list(home.plugins())) {
            return s.filter(p -> Files.isDirectory(p) || p.toString().endsWith(".jar") || p.toString().endsWith(".zip"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            LOG.severe("Cannot list plugins in " + home.plugins() + ": " + e.getMessage());
            return List.of();
        }
    }

    private PluginRuntime load(Path path) {
        String id;
        try {
            PluginDescriptor d = manager.describe(path);
            String unmet = unmetRequiredDependency(d);
            if (unmet != null) {
                return fail(new PluginRuntime(d.getPluginId(), path), unmet, null);
            }
            id = manager.loadPlugin(path);
        } catch (RuntimeException e) {
            return fail(new PluginRuntime(path.getFileName().toString(), path),
                    "not a valid plugin: " + e.getMessage(), e);
        }
        PluginWrapper w = manager.getPlugin(id);
        PluginRuntime rt = runtimes.computeIfAbsent(id, k -> new PluginRuntime(k, path));
        rt.version = w.getDescriptor().getVersion();
        rt.requires = w.getDescriptor().getRequires();
        rt.classLoader = w.getPluginClassLoader();
        String idProblem = PluginIds.problem(id);
        if (idProblem != null) {
            manager.unloadPlugin(id);
            return fail(rt, idProblem, null);
        }
        if (rt.requires == null || rt.requires.isBlank() || "*".equals(rt.requires)) {
            LOG.warning("Plugin '" + id + "' declares no Plugin-Requires; it may not fit kernel-api " + KernelApi.VERSION);
        } else if (!manager.getVersionManager().checkVersionConstraint(KernelApi.VERSION, rt.requires)) {
            manager.unloadPlugin(id);
            return fail(rt, "requires kernel-api '" + rt.requires + "' but this kernel provides " + KernelApi.VERSION
                    + "; rebuild the plugin against this kernel or install a matching version", null);
        }
        if (!manager.getResolvedPlugins().contains(w)) {
            return fail(rt, "its dependencies could not be resolved: " + w.getDescriptor().getDependencies(), null);
        }
        return rt;
    }

    private PluginRuntime fail(PluginRuntime rt, String reason, Throwable cause) {
        rt.state = PluginState.FAILED;
        rt.error = reason;
        runtimes.put(rt.id, rt);
        LOG.log(Level.SEVERE, "[plugin=" + rt.id + "] Plugin " + rt.path.getFileName() + " NOT started: " + reason, cause);
        return rt;
    }

    private void startPlugin(PluginRuntime rt) {
        try {
            String unmet = unmetRequiredDependency(manager.getPlugin(rt.id).getDescriptor());
            if (unmet != null) {
                throw new IllegalStateException(unmet);
            }
            rt.extensions = createExtensions(rt);
            List<EntityContribution> persistence = ofType(rt, EntityContribution.class);
            if (ofType(rt, RestResource.class).size() > 1) {
                throw new IllegalStateException("declares more than one RestResource; combine them in one root resource");
            }
            if (!persistence.isEmpty()) {
                List<String> locations = persistence.stream().flatMap(p -> p.migrationLocations().stream()).toList();
                Migrations.migrate(dataSource, rt.id, locations, rt.classLoader);
                List<Class<?>> entities = persistence.stream().flatMap(p -> p.entityClasses().stream()).toList();
                rt.emf = PluginEntityManagerFactories.create(rt.id, rt.path.toUri().toURL(), rt.classLoader, entities,
                        dataSource);
            }
            org.pf4j.PluginState s = manager.startPlugin(rt.id);
            if (s != org.pf4j.PluginState.STARTED) {
                throw new IllegalStateException("PF4J left it " + s);
            }
            rt.state = PluginState.STARTED;
            rt.error = null;
            refreshStarted();
            LOG.info("[plugin=" + rt.id + "] started " + rt.version + " with " + rt.extensions.size() + " extensions");
        } catch (RuntimeException | IOException e) {
            closePersistence(rt);
            manager.forgetExtensions(rt.classLoader);
            rt.extensions = List.of();
            fail(rt, String.valueOf(e.getMessage()), e);
        }
    }

    private List<Object> createExtensions(PluginRuntime rt) throws IOException {
        List<String> names = ExtensionIndex.read(rt.classLoader);
        if (names.isEmpty()) {
            LOG.warning("[plugin=" + rt.id + "] declares no extensions (no META-INF/extensions.idx): it contributes nothing");
        }
        List<String> problems = new ArrayList<>();
        List<Object> out = new ArrayList<>();
        for (String name : names) {
            try {
                Class<?> c = rt.classLoader.loadClass(name);
                String problem = ExtensionPoints.problem(c);
                if (problem != null) {
                    problems.add(problem);
                } else {
                    out.add(manager.getExtensionFactory().create(c));
                }
            } catch (ClassNotFoundException | LinkageError e) {
                List<String> absent = absentOptionalDependencies(rt);
                if (e instanceof NoClassDefFoundError && !absent.isEmpty()) {
                    // e.g. content's Indexable when the search plugin is not installed
                    LOG.info("[plugin=" + rt.id + "] extension " + name + " left out: it needs a class of "
                            + absent + ", which is not started (" + e.getMessage() + ")");
                } else {
                    problems.add("declared extension " + name + " is not in the plugin: " + e);
                }
            } catch (RuntimeException e) {
                problems.add("extension " + name + " could not be created: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("declared extensions not usable: " + String.join("; ", problems));
        }
        return List.copyOf(out);
    }

    private void stopPlugin(PluginRuntime rt) {
        try {
            manager.stopAlone(rt.id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "[plugin=" + rt.id + "] stop() failed: " + e.getMessage(), e);
        }
        closePersistence(rt);
        manager.forgetExtensions(rt.classLoader);
        rt.extensions = List.of();
        rt.state = PluginState.STOPPED;
        refreshStarted();
        LOG.info("[plugin=" + rt.id + "] stopped");
    }

    /** @return why the plugin cannot start yet (a required plugin is not started), or null */
    private String unmetRequiredDependency(PluginDescriptor d) {
        for (PluginDependency dep : d.getDependencies()) {
            PluginRuntime other = runtimes.get(dep.getPluginId());
            if (!dep.isOptional() && (other == null || other.state != PluginState.STARTED)) {
                return "needs plugin '" + dep.getPluginId() + "', which is "
                        + (other == null || other.path == null ? "not installed" : "not started ("
                                + (other.error == null ? other.state : other.error) + ")");
            }
        }
        return null;
    }

    private List<String> absentOptionalDependencies(PluginRuntime rt) {
        PluginWrapper w = manager.getPlugin(rt.id);
        return w == null ? List.of() : w.getDescriptor().getDependencies().stream().filter(PluginDependency::isOptional)
                .map(PluginDependency::getPluginId).filter(id -> !isStarted(id)).toList();
    }

    /** Started plugins that depend on this one, directly or through others, dependants of dependants last. */
    private List<PluginRuntime> startedDependants(String id, boolean optionalToo) {
        List<PluginRuntime> out = new ArrayList<>();
        List<String> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            String target = todo.remove(0);
            for (PluginRuntime rt : started) {
                PluginWrapper w = manager.getPlugin(rt.id);
                boolean depends = w != null && w.getDescriptor().getDependencies().stream().anyMatch(
                        d -> d.getPluginId().equals(target) && (optionalToo || !d.isOptional()));
                if (depends && !out.contains(rt)) {
                    out.add(rt);
                    todo.add(rt.id);
                }
            }
        }
        return out;
    }

    /** Closed before the class loader goes, or EclipseLink keeps stale metadata (STACK.md trap 5). */
    private static void closePersistence(PluginRuntime rt) {
        EntityManagerFactory emf = rt.emf;
        rt.emf = null;
        if (emf != null && emf.isOpen()) {
            emf.close();
        }
    }

    private void refreshStarted() {
        started = runtimes.values().stream().filter(r -> r.state == PluginState.STARTED).toList();
        if (pageCache != null) {
            pageCache.invalidateAll(); // routes and widgets of the plugin appear or go on every site
        }
    }

    private PluginContext contextFor(String pluginId) {
        PluginRuntime rt = runtimes.computeIfAbsent(pluginId, k -> new PluginRuntime(k, null));
        if (rt.context == null) {
            rt.context = new PortalPluginContext(pluginId, new PortalPluginContext.Services(sites, identity, events,
                    transactions, entityManagers, blobs, scheduler, config, audit, catalogs, richText, pageCache, this),
                    () -> rt.emf);
        }
        return rt.context;
    }

    // ---- administration -------------------------------------------------------------

    public synchronized PluginInfo start(String id) {
        PluginRuntime rt = runtime(id);
        audit.record("plugin.started", id, null, id, null);
        if (rt.state != PluginState.STARTED) {
            if (manager.getPlugin(id) == null) {
                return reload(id);
            }
            startPlugin(rt);
        }
        return info(rt);
    }

    /** Stops the plugin, and first every started plugin that cannot run without it. */
    public synchronized PluginInfo stop(String id) {
        PluginRuntime rt = runtime(id);
        audit.record("plugin.stopped", id, null, id, null);
        if (rt.state == PluginState.STARTED) {
            List<PluginRuntime> dependants = startedDependants(id, false);
            for (PluginRuntime d : lastFirst(dependants)) {
                stopPlugin(d);
                d.error = "stopped because plugin '" + id + "', which it needs, was stopped";
            }
            stopPlugin(rt);
        }
        return info(rt);
    }

    /**
     * Stops, unloads and loads the plugin again from its file (e.g. after replacing the jar). Plugins
     * that depend on it are reloaded after it: their classes were linked to the old ones.
     */
    public synchronized PluginInfo reload(String id) {
        PluginRuntime rt = runtime(id);
        audit.record("plugin.reloaded", id, null, id, rt.path.getFileName().toString());
        Path path = rt.path;
        List<PluginRuntime> dependants = rt.state == PluginState.STARTED ? startedDependants(id, true) : List.of();
        for (PluginRuntime d : lastFirst(dependants)) {
            stopPlugin(d);
        }
        if (rt.state == PluginState.STARTED) {
            stopPlugin(rt);
        }
        if (manager.getPlugin(id) != null) {
            manager.unloadAlone(id);
        }
        runtimes.remove(id);
        PluginRuntime fresh = load(path);
        if (fresh.state != PluginState.FAILED) {
            startPlugin(fresh);
        }
        for (PluginRuntime d : dependants) {
            reloadStopped(d);
        }
        return info(fresh);
    }

    private static List<PluginRuntime> lastFirst(List<PluginRuntime> list) {
        List<PluginRuntime> out = new ArrayList<>(list);
        java.util.Collections.reverse(out);
        return out;
    }

    private void reloadStopped(PluginRuntime rt) {
        if (manager.getPlugin(rt.id) != null) {
            manager.unloadAlone(rt.id);
        }
        runtimes.remove(rt.id);
        PluginRuntime fresh = load(rt.path);
        if (fresh.state != PluginState.FAILED) {
            startPlugin(fresh);
        }
    }

    private PluginRuntime runtime(String id) {
        PluginRuntime rt = runtimes.get(id);
        if (rt == null || rt.path == null) {
            throw PortalException.notFound("No plugin '" + id + "'");
        }
        return rt;
    }

    public synchronized List<PluginInfo> list() {
        return runtimes.values().stream().filter(r -> r.path != null).map(this::info).toList();
    }

    public Optional<PluginInfo> find(String id) {
        return list().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private PluginInfo info(PluginRuntime rt) {
        List<String> enabled = sites.all().stream().filter(s -> sites.isPluginEnabled(s.key(), rt.id))
                .map(s -> s.key()).toList();
        List<PermissionDefinition> permissions = ofType(rt, PermissionContribution.class).stream()
                .flatMap(p -> p.permissions().stream()).toList();
        return new PluginInfo(rt.id, rt.version, rt.requires, rt.state.name(), rt.error,
                rt.path.getFileName().toString(), enabled, permissions);
    }

    // ---- contributions of started plugins -------------------------------------------

    public <T> List<Contribution<T>> extensions(Class<T> type) {
        List<Contribution<T>> out = new ArrayList<>();
        for (PluginRuntime rt : started) {
            ofType(rt, type).forEach(e -> out.add(new Contribution<>(rt.id, e)));
        }
        return out;
    }

    public boolean isStarted(String pluginId) {
        return started.stream().anyMatch(r -> r.id.equals(pluginId));
    }

    private static <T> List<T> ofType(PluginRuntime rt, Class<T> type) {
        return rt.extensions.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public List<RegisteredListener> listeners() {
        List<RegisteredListener> out = new ArrayList<>();
        for (PluginRuntime rt : started) {
            for (EventListener l : ofType(rt, EventListener.class)) {
                out.add(new RegisteredListener(rt.id + ":" + l.getClass().getName(), l, rt.classLoader));
            }
        }
        return out;
    }

    public List<JobScheduler.RegisteredJob> jobs() {
        List<JobScheduler.RegisteredJob> out = new ArrayList<>();
        for (PluginRuntime rt : started) {
            for (ScheduledJob j : ofType(rt, ScheduledJob.class)) {
                out.add(new JobScheduler.RegisteredJob(rt.id + ":" + j.id(), j, rt.classLoader));
            }
        }
        return out;
    }

    /** Where a plugin keeps its rebuildable local files (see PluginContext.localDirectory). */
    Path localDirectory(String pluginId) {
        return home.data().resolve("plugins").resolve(pluginId);
    }

    /** The class loader to run a plugin's code with. */
    public ClassLoader classLoader(String pluginId) {
        PluginRuntime rt = runtimes.get(pluginId);
        return rt == null ? getClass().getClassLoader() : rt.classLoader;
    }
}
