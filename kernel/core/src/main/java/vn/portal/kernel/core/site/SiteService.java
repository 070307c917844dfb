package vn.portal.kernel.core.site;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import vn.portal.kernel.api.event.Events;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.site.SiteStatus;
import vn.portal.kernel.api.site.Sites;
import vn.portal.kernel.core.common.AfterCommit;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.config.PortalConfig;

/**
 * The site tree: reads from an in-memory snapshot (every request needs it),
 * writes through the database, each write with its outbox event.
 */
@ApplicationScoped
public class SiteService implements Sites {

    @PersistenceContext(unitName = "kernel")
    EntityManager em;

    @Inject
    Events events;

    @Inject
    PortalConfig config;

    @Inject
    vn.portal.kernel.core.audit.AuditLog audit;
    @Inject
    vn.portal.kernel.core.catalog.CatalogService catalogs;
    @Inject
    vn.portal.kernel.core.web.PageCacheStore pageCache;

    @Resource
    TransactionSynchronizationRegistry registry;

    private static final Object PENDING = SiteService.class.getName() + ".pending";

    private volatile SiteSnapshot snapshot = SiteSnapshot.EMPTY;

    public SiteSnapshot snapshot() {
        return snapshot;
    }

    /** Re-reads the tree; called at start and periodically (writes by other nodes). */
    @Transactional
    public void reload() {
        snapshot = read();
    }

    private SiteSnapshot read() {
        List<Site> sites = em.createQuery("select s from SiteEntity s order by s.key", SiteEntity.class)
                .getResultList().stream().map(SiteMapper::toSite).toList();
        Map<String, Map<String, Boolean>> switches = new HashMap<>();
        for (Object r : em.createNativeQuery("SELECT site_key, plugin_id, enabled FROM kernel_site_plugin")
                .getResultList()) {
            Object[] row = (Object[]) r;
            switches.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((String) row[1], toBoolean(row[2]));
        }
        return new SiteSnapshot(sites, switches, config.get("portal.default-site").orElse(null),
                config.get("portal.base-url").orElse("http://localhost:8080"));
    }

    private static boolean toBoolean(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }

    @Override
    public Optional<Site> find(String key) {
        return Optional.ofNullable(snapshot.byKey().get(key));
    }

    @Override
    public List<Site> all() {
        return snapshot.sites();
    }

    @Override
    public List<Site> children(String key) {
        return snapshot.children(key);
    }

    @Override
    public List<Site> subtree(String key) {
        return snapshot.subtree(key);
    }

    @Override
    public String url(String key) {
        return snapshot.url(key);
    }

    @Override
    public boolean isPluginEnabled(String siteKey, String pluginId) {
        return snapshot.isPluginEnabled(siteKey, pluginId);
    }

    @Transactional
    public Site create(SiteInput raw) {
        if (raw.key() != null && em.find(SiteEntity.class, raw.key().trim()) != null) {
            throw new PortalException(PortalException.Kind.CONFLICT, "A site with key '" + raw.key() + "' exists already");
        }
        SiteInput in = checked(raw, null);
        SiteEntity e = new SiteEntity();
        SiteMapper.apply(in, e);
        e.status = SiteStatus.ACTIVE.name();
        e.createdAt = now();
        e.updatedAt = e.createdAt;
        em.persist(e);
        em.flush();
        events.publish("kernel.site.created", e.key, "{\"key\":\"" + e.key + "\"}");
        audit.record("site.created", e.key, e.key, null, e.nameVi + " (" + e.kind + ", parent " + e.parentKey + ")");
        afterWrite();
        return SiteMapper.toSite(e);
    }

    @Transactional
    public Site update(String key, SiteInput raw) {
        SiteEntity e = existing(key);
        if (raw.key() != null && !raw.key().equals(key)) {
            throw PortalException.invalid("The key of a site cannot be changed here", Map.of("key", "must stay '" + key + "'"));
        }
        SiteInput withKey = new SiteInput(key, raw.nameVi(), raw.nameEn(), raw.kind(), raw.parent(), raw.agencyCode(),
                raw.unitCode(), raw.hosts(), raw.pathPrefix(), raw.locales(), raw.theme(),
                raw.sample() == null ? e.sample : raw.sample(), raw.settings());
        SiteInput in = checked(withKey, key);
        String before = e.nameVi + " | " + e.agencyCode + " | " + e.unitCode + " | " + e.hosts + " | " + e.parentKey;
        SiteMapper.apply(in, e);
        e.updatedAt = now();
        em.flush();
        events.publish("kernel.site.updated", key, "{\"key\":\"" + key + "\"}");
        audit.record("site.updated", key, key, null, "before: " + before + "; after: " + e.nameVi + " | " + e.agencyCode
                + " | " + e.unitCode + " | " + e.hosts + " | " + e.parentKey);
        afterWrite();
        return SiteMapper.toSite(e);
    }

    /**
     * Archives a site: it is no longer served; its URLs redirect to {@code redirectTo}
     * (if given) or answer 410 Gone. Children must be moved or archived first.
     */
    @Transactional
    public Site archive(String key, String redirectTo) {
        SiteEntity e = existing(key);
        if (!children(key).stream().filter(s -> s.status() == SiteStatus.ACTIVE).toList().isEmpty()) {
            throw new PortalException(PortalException.Kind.CONFLICT,
                    "Site '" + key + "' still has active sub-sites; move or archive them first");
        }
        if (redirectTo != null) {
            Site target = find(redirectTo).orElseThrow(() -> PortalException.invalid("Unknown redirect target",
                    Map.of("redirectTo", "no site '" + redirectTo + "'")));
            if (target.key().equals(key) || target.status() != SiteStatus.ACTIVE) {
                throw PortalException.invalid("Redirect target must be another active site",
                        Map.of("redirectTo", "'" + redirectTo + "' is not an active site"));
            }
        }
        e.status = SiteStatus.ARCHIVED.name();
        e.redirectTo = redirectTo;
        e.updatedAt = now();
        em.flush();
        events.publish("kernel.site.archived", key, "{\"key\":\"" + key + "\"}");
        audit.record("site.archived", key, key, null, redirectTo == null ? "no redirect" : "redirects to " + redirectTo);
        afterWrite();
        return SiteMapper.toSite(e);
    }

    @Transactional
    public void setPluginEnabled(String siteKey, String pluginId, boolean enabled) {
        existing(siteKey);
        int n = em.createNativeQuery("UPDATE kernel_site_plugin SET enabled = ?, updated_at = ? WHERE site_key = ? AND plugin_id = ?")
                .setParameter(1, enabled).setParameter(2, now()).setParameter(3, siteKey).setParameter(4, pluginId)
                .executeUpdate();
        if (n == 0) {
            em.createNativeQuery("INSERT INTO kernel_site_plugin (site_key, plugin_id, enabled, updated_at) VALUES (?, ?, ?, ?)")
                    .setParameter(1, siteKey).setParameter(2, pluginId).setParameter(3, enabled).setParameter(4, now())
                    .executeUpdate();
        }
        audit.record(enabled ? "plugin.enabled" : "plugin.disabled", pluginId, siteKey, pluginId, null);
        events.publish(enabled ? "kernel.plugin.enabled" : "kernel.plugin.disabled", siteKey,
                "{\"plugin\":\"" + pluginId + "\",\"site\":\"" + siteKey + "\"}");
        afterWrite();
    }

    /** Loads a site file (sites/demo) when the tree is empty: parents first, all or nothing. */
    @Transactional
    public int seedIfEmpty(List<SiteInput> sites) {
        long count = em.createQuery("select count(s) from SiteEntity s", Long.class).getSingleResult();
        if (count > 0) {
            return 0;
        }
        Map<String, SiteInput> pending = new LinkedHashMap<>();
        sites.forEach(s -> pending.put(s.key(), s));
        Set<String> done = new HashSet<>();
        int created = 0;
        while (!pending.isEmpty()) {
            List<SiteInput> ready = new ArrayList<>();
            for (SiteInput s : pending.values()) {
                if (s.parent() == null || done.contains(s.parent())) {
                    ready.add(s);
                }
            }
            if (ready.isEmpty()) {
                throw PortalException.invalid("Sites " + pending.keySet() + " name parents that do not exist",
                        Map.of("parent", "unknown parent"));
            }
            for (SiteInput s : ready) {
                create(s);
                pending.remove(s.key());
                done.add(s.key());
                created++;
            }
        }
        return created;
    }

    private SiteInput checked(SiteInput raw, String existingKey) {
        SiteInput in = SiteValidator.normalise(raw);
        Map<String, String> errors = new LinkedHashMap<>(SiteValidator.validate(in));
        if (in.parent() != null && !errors.containsKey("parent")) {
            SiteEntity parent = em.find(SiteEntity.class, in.parent());
            if (parent == null) {
                errors.put("parent", "no site '" + in.parent() + "'");
            } else if (existingKey != null && createsCycle(existingKey, in.parent())) {
                errors.put("parent", "'" + in.parent() + "' is below '" + existingKey + "': that would make a cycle");
            }
        }
        SiteEntity stored = existingKey == null ? null : em.find(SiteEntity.class, existingKey);
        if (stored == null || !Objects.equals(stored.agencyCode, in.agencyCode())) {
            catalogCode("agencies", "agencyCode", in.agencyCode(), errors);
        }
        if (stored == null || !Objects.equals(stored.unitCode, in.unitCode())) {
            catalogCode("admin-units", "unitCode", in.unitCode(), errors);
        }
        if (in.hosts() != null) {
            for (String host : in.hosts()) {
                Site owner = snapshot.byHost().get(host);
                if (owner != null && !owner.key().equals(existingKey)) {
                    errors.put("hosts", "host '" + host + "' already belongs to site '" + owner.key() + "'");
                }
            }
        }
        if (in.pathPrefix() != null) {
            for (Site s : all()) {
                if (in.pathPrefix().equals(s.pathPrefix()) && !s.key().equals(existingKey)) {
                    errors.put("pathPrefix", "prefix already used by site '" + s.key() + "'");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw PortalException.invalid("The site has invalid fields", errors);
        }
        return in;
    }

    /**
     * Sites name their agency and unit by catalog code: once the catalog holds entries, the
     * code must be one valid today (a province that has not loaded the catalog yet is not blocked).
     */
    private void catalogCode(String catalog, String field, String code, Map<String, String> errors) {
        if (code == null || errors.containsKey(field) || catalogs == null || catalogs.count(catalog) == 0) {
            return;
        }
        if (catalogs.find(catalog, code, java.time.LocalDate.now()).isEmpty()) {
            errors.put(field, "'" + code + "' is not in the " + catalog + " catalog today: pick a current entry"
                    + " (a merged or split unit names its successors)");
        }
    }

    /**
     * Points every listed site that uses {@code oldCode} as its agency or unit code at
     * {@code newCode}; part of a catalog reassignment, in the caller's transaction.
     */
    @Transactional
    public int reassignCode(String catalog, String oldCode, String newCode, List<String> siteKeys) {
        int changed = 0;
        for (String key : siteKeys) {
            SiteEntity e = em.find(SiteEntity.class, key);
            if (e == null) {
                continue;
            }
            if ("agencies".equals(catalog) && oldCode.equals(e.agencyCode)) {
                e.agencyCode = newCode;
            } else if ("admin-units".equals(catalog) && oldCode.equals(e.unitCode)) {
                e.unitCode = newCode;
            } else {
                continue;
            }
            e.updatedAt = now();
            changed++;
            events.publish("kernel.site.updated", key, "{\"key\":\"" + key + "\"}");
            audit.record("site.updated", key, key, null, catalog + " code " + oldCode + " → " + newCode);
        }
        if (changed > 0) {
            afterWrite();
        }
        return changed;
    }

    private boolean createsCycle(String key, String newParent) {
        String cursor = newParent;
        Set<String> seen = new HashSet<>();
        while (cursor != null && seen.add(cursor)) {
            if (cursor.equals(key)) {
                return true;
            }
            SiteEntity p = em.find(SiteEntity.class, cursor);
            cursor = p == null ? null : p.parentKey;
        }
        return false;
    }

    private SiteEntity existing(String key) {
        SiteEntity e = em.find(SiteEntity.class, key);
        if (e == null) {
            throw PortalException.notFound("No site '" + key + "'");
        }
        return e;
    }

    /** The new tree becomes visible when (and only if) the transaction commits. */
    private void afterWrite() {
        em.flush();
        SiteSnapshot next = read();
        @SuppressWarnings("unchecked")
        AtomicReference<SiteSnapshot> pending = (AtomicReference<SiteSnapshot>) registry.getResource(PENDING);
        if (pending == null) {
            AtomicReference<SiteSnapshot> holder = new AtomicReference<>();
            registry.putResource(PENDING, holder);
            AfterCommit.run(registry, () -> {
                snapshot = holder.get();
                if (pageCache != null) {
                    pageCache.invalidateAll(); // names, menus and the tree show on every page
                }
            });
            pending = holder;
        }
        pending.set(next);
    }

    static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
