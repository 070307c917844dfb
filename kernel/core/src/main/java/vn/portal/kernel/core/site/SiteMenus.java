package vn.portal.kernel.core.site;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import vn.portal.kernel.api.event.Events;
import vn.portal.kernel.api.web.PageCache;
import vn.portal.kernel.core.audit.AuditLog;
import vn.portal.kernel.core.common.AfterCommit;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.persistence.PortalDataSourceDefinition;
import vn.portal.kernel.core.web.PageCacheStore;

/**
 * Each site's own main-menu entries (table {@code kernel_site_menu}). Every page needs its
 * site's menu, so reads come from an in-memory copy, replaced after each committed write (and
 * re-read with the site tree, for other nodes' writes); the site's cached pages are dropped then.
 */
@ApplicationScoped
public class SiteMenus {

    @Resource(lookup = PortalDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;
    @Resource
    TransactionSynchronizationRegistry registry;
    @Inject
    SiteService sites;
    @Inject
    Events events;
    @Inject
    AuditLog audit;
    @Inject
    PageCacheStore pageCache;

    private final AtomicReference<Map<String, List<MenuItem>>> menus = new AtomicReference<>(Map.of());

    /** The site's own entries (after the four required ones), in order; empty when it has none. */
    public List<MenuItem> own(String siteKey) {
        return menus.get().getOrDefault(siteKey, List.of());
    }

    /** Re-reads every site's menu: at start and with the site tree. */
    public void reload() {
        menus.set(read(dataSource));
    }

    /**
     * Replaces the site's own entries with those of {@code whole} (the whole menu, required
     * entries first), in one transaction; audited; the public pages show it once committed.
     *
     * @return the site's own entries as stored
     */
    @Transactional
    public List<MenuItem> replace(String siteKey, List<MenuItem> whole) {
        if (sites.find(siteKey).isEmpty()) {
            throw PortalException.notFound("No site '" + siteKey + "'");
        }
        List<MenuItem> in = MenuValidator.normalise(whole);
        Map<String, String> errors = MenuValidator.validate(in);
        if (!errors.isEmpty()) {
            throw PortalException.invalid("The menu has invalid entries", errors);
        }
        List<MenuItem> own = MenuValidator.own(in);
        List<MenuItem> before = own(siteKey);
        try (Connection c = dataSource.getConnection()) {
            write(c, siteKey, own);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the menu of site " + siteKey + ": " + e.getMessage(), e);
        }
        events.publish("kernel.menu.updated", siteKey, "{\"site\":\"" + siteKey + "\"}");
        audit.record("site.menu.updated", siteKey, siteKey, null, "before: " + summary(before) + "; after: "
                + summary(own));
        AfterCommit.run(registry, () -> {
            menus.updateAndGet(m -> {
                Map<String, List<MenuItem>> next = new HashMap<>(m);
                next.put(siteKey, own);
                return Map.copyOf(next);
            });
            pageCache.invalidate(PageCache.site(siteKey)); // after the swap, so no page is cached with the old menu
        });
        return own;
    }

    /** Gives seeded sites their menus on first start (sites/&lt;seed&gt;/sites.json, "menus"). */
    @Transactional
    public void seed(Map<String, List<MenuItem>> whole) {
        whole.forEach((key, entries) -> {
            List<MenuItem> all = new ArrayList<>();
            MenuValidator.REQUIRED.forEach(k -> all.add(new MenuItem(k, true, null, null, null, null)));
            all.addAll(entries);
            replace(key, all);
        });
    }

    /** Replaces the site's rows: item_no numbers the entries depth-first, parent_no names the section. */
    static void write(Connection c, String siteKey, List<MenuItem> own) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM kernel_site_menu WHERE site_key = ?")) {
            ps.setString(1, siteKey);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kernel_site_menu (site_key, item_no, parent_no,"
                + " label_vi, label_en, target, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int no = 0;
            for (MenuItem e : own) {
                int parent = ++no;
                add(ps, siteKey, parent, null, e, now);
                for (MenuItem child : e.children()) {
                    add(ps, siteKey, ++no, parent, child, now);
                }
            }
            ps.executeBatch();
        }
    }

    private static void add(PreparedStatement ps, String siteKey, int no, Integer parent, MenuItem e, Timestamp now)
            throws SQLException {
        ps.setString(1, siteKey);
        ps.setInt(2, no);
        if (parent == null) {
            ps.setNull(3, java.sql.Types.INTEGER);
        } else {
            ps.setInt(3, parent);
        }
        ps.setString(4, e.labelVi());
        ps.setString(5, e.labelEn());
        ps.setString(6, e.target());
        ps.setTimestamp(7, now);
        ps.addBatch();
    }

    /** Every site's own entries, by site key. */
    static Map<String, List<MenuItem>> read(DataSource dataSource) {
        record Row(String site, int no, Integer parent, String labelVi, String labelEn, String target) {
        }
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT site_key, item_no, parent_no, label_vi, label_en, target"
                        + " FROM kernel_site_menu ORDER BY site_key, item_no");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int parent = rs.getInt(3);
                Integer parentNo = rs.wasNull() ? null : parent; // right after reading it: wasNull() is about the last column read
                rows.add(new Row(rs.getString(1), rs.getInt(2), parentNo, rs.getString(4), rs.getString(5),
                        rs.getString(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the site menus: " + e.getMessage(), e);
        }
        // parents before children (item_no is depth-first), so each child finds its section
        Map<String, LinkedHashMap<Integer, List<MenuItem>>> children = new HashMap<>();
        Map<String, LinkedHashMap<Integer, Row>> tops = new HashMap<>();
        for (Row r : rows) {
            if (r.parent() == null) {
                tops.computeIfAbsent(r.site(), k -> new LinkedHashMap<>()).put(r.no(), r);
            } else {
                children.computeIfAbsent(r.site(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.parent(), k -> new ArrayList<>())
                        .add(MenuItem.own(r.labelVi(), r.labelEn(), r.target(), List.of()));
            }
        }
        Map<String, List<MenuItem>> out = new HashMap<>();
        tops.forEach((site, entries) -> out.put(site, entries.values().stream()
                .map(r -> MenuItem.own(r.labelVi(), r.labelEn(), r.target(),
                        children.getOrDefault(site, new LinkedHashMap<>()).getOrDefault(r.no(), List.of())))
                .toList()));
        return Map.copyOf(out);
    }

    /** "Tin tức → /tin-tuc [Thông báo → /thong-bao]; …" for the audit log, at most about 2,000 characters. */
    static String summary(List<MenuItem> own) {
        if (own.isEmpty()) {
            return "(no own entries)";
        }
        StringBuilder b = new StringBuilder();
        for (MenuItem e : own) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(e.labelVi()).append(" → ").append(e.target());
            if (!e.children().isEmpty()) {
                b.append(" [");
                for (int i = 0; i < e.children().size(); i++) {
                    MenuItem c = e.children().get(i);
                    b.append(i == 0 ? "" : ", ").append(c.labelVi()).append(" → ").append(c.target());
                }
                b.append(']');
            }
            if (b.length() > 2000) {
                return b.substring(0, 2000) + "…";
            }
        }
        return b.toString();
    }
}
