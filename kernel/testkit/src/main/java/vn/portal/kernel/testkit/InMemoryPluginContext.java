package vn.portal.kernel.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.portal.kernel.api.blob.BlobRef;
import vn.portal.kernel.api.blob.Blobs;
import vn.portal.kernel.api.config.Settings;
import vn.portal.kernel.api.event.Events;
import vn.portal.kernel.api.event.PortalEvent;
import vn.portal.kernel.api.identity.Identity;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.persistence.PluginPersistence;
import vn.portal.kernel.api.persistence.Transactions;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.scheduler.Scheduler;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.site.Sites;

/**
 * A {@link PluginContext} for fast unit tests of plugin code: sites, settings and
 * the signed-in user are plain data; published events and scheduled jobs are
 * recorded for assertions. Persistence needs the real kernel: use an integration
 * test (see the plugin guide).
 */
public final class InMemoryPluginContext implements PluginContext {

    private final String pluginId;
    private final List<Site> sites = new ArrayList<>();
    private final Map<String, String> settings = new HashMap<>();
    private final Set<String> disabled = new HashSet<>();
    private final List<PortalEvent> published = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private final Map<String, Instant> scheduled = new HashMap<>();
    private final Map<String, byte[]> blobData = new ConcurrentHashMap<>();
    private final Map<String, BlobRef> blobRefs = new ConcurrentHashMap<>();
    private final List<vn.portal.kernel.api.catalog.CatalogEntry> catalogEntries = new ArrayList<>();
    private final List<String> invalidatedTags = new ArrayList<>();
    private final List<Object> extensions = new ArrayList<>();
    private PortalUser user;
    private vn.portal.kernel.api.plugin.SeedData seed = vn.portal.kernel.api.plugin.SeedData.NONE;
    private final Set<String> permissions = new HashSet<>();

    public InMemoryPluginContext(String pluginId) {
        this.pluginId = pluginId;
    }

    public InMemoryPluginContext site(Site site) {
        sites.add(site);
        return this;
    }

    public InMemoryPluginContext setting(String name, String value) {
        settings.put(name, value);
        return this;
    }

    /** The sample data {@link #seedData()} gives, e.g. {@code new FolderSeedData("demo", Path.of("../../sites/demo/content"))}. */
    public InMemoryPluginContext seed(vn.portal.kernel.api.plugin.SeedData data) {
        this.seed = data;
        return this;
    }

    @Override
    public vn.portal.kernel.api.plugin.SeedData seedData() {
        return seed;
    }

    /** Adds an entry to the in-memory catalogs. */
    /** An extension other plugins contribute, as {@link #extensions(Class)} will return it. */
    public InMemoryPluginContext extension(Object extension) {
        extensions.add(extension);
        return this;
    }

    public InMemoryPluginContext catalogEntry(vn.portal.kernel.api.catalog.CatalogEntry entry) {
        catalogEntries.add(entry);
        return this;
    }

    public InMemoryPluginContext disableOn(String siteKey) {
        disabled.add(siteKey);
        return this;
    }

    /** Signs in a user holding exactly these permissions ("*" for all). */
    public InMemoryPluginContext signIn(PortalUser u, String... perms) {
        this.user = u;
        permissions.clear();
        permissions.addAll(List.of(perms));
        return this;
    }

    public List<PortalEvent> publishedEvents() {
        return List.copyOf(published);
    }

    /** Audit records as "action site target summary" lines. */
    public List<String> auditRecords() {
        return List.copyOf(audited);
    }

    public Map<String, Instant> scheduledJobs() {
        return Map.copyOf(scheduled);
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public Sites sites() {
        return new Sites() {
            @Override
            public Optional<Site> find(String key) {
                return sites.stream().filter(s -> s.key().equals(key)).findFirst();
            }

            @Override
            public List<Site> all() {
                return List.copyOf(sites);
            }

            @Override
            public List<Site> children(String key) {
                return sites.stream().filter(s -> key.equals(s.parentKey())).toList();
            }

            @Override
            public List<Site> subtree(String key) {
                List<Site> out = new ArrayList<>(find(key).stream().toList());
                for (int i = 0; i < out.size(); i++) {
                    out.addAll(children(out.get(i).key()));
                }
                return out;
            }

            @Override
            public String url(String key) {
                return "http://localhost:8080/s/" + key + "/";
            }

            @Override
            public boolean isPluginEnabled(String siteKey, String id) {
                return !disabled.contains(siteKey);
            }
        };
    }

    @Override
    public Identity identity() {
        return new Identity() {
            @Override
            public Optional<PortalUser> currentUser() {
                return Optional.ofNullable(user);
            }

            @Override
            public boolean isPermitted(PortalUser u, String permission) {
                return u != null && u.equals(user) && (permissions.contains("*") || permissions.contains(permission));
            }
        };
    }

    @Override
    public Events events() {
        return (type, siteKey, payload) -> {
            String id = UUID.randomUUID().toString();
            published.add(new PortalEvent(id, type, siteKey, pluginId, Instant.now(), payload));
            return id;
        };
    }

    @Override
    public PluginPersistence persistence() {
        return () -> {
            throw new UnsupportedOperationException(
                    "The in-memory context has no database; test persistence against the real kernel");
        };
    }

    @Override
    public Transactions transactions() {
        return new Transactions() {
            @Override
            public <T> T required(java.util.concurrent.Callable<T> work) {
                try {
                    return work.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    @Override
    public Blobs blobs() {
        return new Blobs() {
            @Override
            public BlobRef put(InputStream content, String contentType) throws IOException {
                byte[] data = content.readAllBytes();
                String id = UUID.randomUUID().toString();
                BlobRef ref = new BlobRef(id, contentType, data.length, sha256(data));
                blobData.put(id, data);
                blobRefs.put(id, ref);
                return ref;
            }

            @Override
            public Optional<InputStream> open(String id) {
                return Optional.ofNullable(blobData.get(id)).map(ByteArrayInputStream::new);
            }

            @Override
            public Optional<BlobRef> find(String id) {
                return Optional.ofNullable(blobRefs.get(id));
            }

            @Override
            public boolean delete(String id) {
                blobRefs.remove(id);
                return blobData.remove(id) != null;
            }
        };
    }

    @Override
    public vn.portal.kernel.api.audit.Audit audit() {
        return (action, siteKey, target, summary) -> audited.add(action + " " + siteKey + " " + target + " " + summary);
    }

    @Override
    public Scheduler scheduler() {
        return (jobId, when, job) -> scheduled.put(jobId, when);
    }

    @Override
    public Settings settings() {
        return new Settings() {
            @Override
            public Optional<String> get(String name) {
                return Optional.ofNullable(settings.get(name));
            }

            @Override
            public Optional<String> forSite(String siteKey, String name) {
                return sites().find(siteKey).map(s -> s.setting(pluginId + "." + name)).or(() -> get(name));
            }
        };
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public vn.portal.kernel.api.catalog.Catalogs catalogs() {
        return new InMemoryCatalogs(catalogEntries);
    }

    /**
     * Escapes all markup: the in-memory context has no sanitiser library, so it keeps
     * nothing rather than something unsafe. The real allow-list is tested in the kernel.
     */
    @Override
    public vn.portal.kernel.api.web.RichText richText() {
        return new vn.portal.kernel.api.web.RichText() {
            @Override
            public String sanitize(String html) {
                return html == null ? "" : html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        .replace("\"", "&quot;");
            }

            @Override
            public String text(String html) {
                return html == null ? "" : html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
            }
        };
    }

    /** Tags this plugin invalidated, in order. */
    public List<String> invalidatedTags() {
        return invalidatedTags;
    }

    @Override
    public vn.portal.kernel.api.web.PageCache pageCache() {
        return tags -> invalidatedTags.addAll(List.of(tags));
    }

    @Override
    public <T> List<T> extensions(Class<T> type) {
        return extensions.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private java.nio.file.Path localDirectory;

    /** A temporary folder, made on first use (tests may clean it up with their own @TempDir instead). */
    public InMemoryPluginContext localDirectory(java.nio.file.Path dir) {
        this.localDirectory = dir;
        return this;
    }

    @Override
    public java.nio.file.Path localDirectory() {
        try {
            if (localDirectory == null) {
                localDirectory = java.nio.file.Files.createTempDirectory("plugin-" + pluginId);
            }
            return java.nio.file.Files.createDirectories(localDirectory);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
