package vn.portal.kernel.core.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.sql.DataSource;
import vn.portal.kernel.api.catalog.CatalogDefinition;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.catalog.CatalogValidator;
import vn.portal.kernel.api.catalog.Catalogs;
import vn.portal.kernel.core.common.Jdbc;
import vn.portal.kernel.core.persistence.PortalDataSourceDefinition;
import vn.portal.kernel.core.plugin.Contribution;
import vn.portal.kernel.core.plugin.PluginHost;

/**
 * The shared catalogs in {@code kernel_catalog_entry}: which catalogs exist (the kernel's and
 * those plugins declare), their rules, queries as of a day, and batched writes with a change
 * history in {@code kernel_catalog_change}.
 */
@ApplicationScoped
public class CatalogService implements Catalogs {

    public static final List<String> BUILT_IN = BuiltInCatalogs.definitions().stream().map(CatalogDefinition::name)
            .toList();
    private static final LocalDate OPEN_START = LocalDate.of(1900, 1, 1);
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final int BATCH = 1000;

    /** One version to insert or update, with what the history should say about it. */
    public record Change(CatalogEntry entry, boolean created, String detail) {
    }

    /** One line of an entry's history. */
    public record HistoryLine(LocalDate validFrom, Instant at, String actor, String source, String action,
            String detail) {
    }

    @Resource(lookup = PortalDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    @Inject
    PluginHost plugins;

    Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource);
    }

    // ---- which catalogs, which rules ----------------------------------------------------------

    /** The kernel's catalogs and those declared by started plugins, by name. */
    public Map<String, CatalogDefinition> definitions() {
        Map<String, CatalogDefinition> out = new LinkedHashMap<>();
        BuiltInCatalogs.definitions().forEach(d -> out.put(d.name(), d));
        for (Contribution<CatalogDefinition> c : contributions(CatalogDefinition.class)) {
            out.putIfAbsent(c.extension().name(), c.extension());
        }
        return out;
    }

    public List<CatalogValidator> validators(String catalog) {
        List<CatalogValidator> out = new ArrayList<>(
                BuiltInCatalogs.validators().stream().filter(v -> v.catalog().equals(catalog)).toList());
        contributions(CatalogValidator.class).stream().map(Contribution::extension)
                .filter(v -> catalog.equals(v.catalog())).forEach(out::add);
        return out;
    }

    <T> List<Contribution<T>> contributions(Class<T> type) {
        return plugins == null ? List.of() : plugins.extensions(type);
    }

    // ---- reads ---------------------------------------------------------------------------------

    @Override
    public List<String> names() {
        TreeSet<String> names = new TreeSet<>(definitions().keySet());
        names.addAll(jdbc.query("SELECT DISTINCT catalog FROM kernel_catalog_entry", rs -> rs.getString(1)));
        return List.copyOf(names);
    }

    @Override
    public Optional<CatalogEntry> find(String catalog, String code, LocalDate at) {
        return jdbc.one("SELECT * FROM kernel_catalog_entry WHERE catalog = ? AND code = ? AND valid_from <= ?"
                + " AND (valid_to IS NULL OR valid_to > ?)", CatalogService::map, catalog, code, Date.valueOf(at),
                Date.valueOf(at));
    }

    @Override
    public List<CatalogEntry> search(String catalog, String query, String parentCode, LocalDate at, int offset,
            int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM kernel_catalog_entry WHERE catalog = ? AND valid_from <= ?"
                + " AND (valid_to IS NULL OR valid_to > ?)");
        List<Object> args = new ArrayList<>(List.of(catalog, Date.valueOf(at), Date.valueOf(at)));
        if (query != null && !query.isBlank()) {
            sql.append(" AND (name_folded LIKE ? OR LOWER(code) LIKE ?)");
            args.add("%" + Folding.fold(query) + "%");
            args.add("%" + query.trim().toLowerCase() + "%");
        }
        if (parentCode != null && !parentCode.isBlank()) {
            sql.append(" AND parent_code = ?");
            args.add(parentCode);
        }
        sql.append(" ORDER BY code OFFSET ").append(Math.max(0, offset)).append(" ROWS FETCH NEXT ")
                .append(Math.min(Math.max(limit, 1), 1000)).append(" ROWS ONLY");
        return jdbc.query(sql.toString(), CatalogService::map, args.toArray());
    }

    /** Entries valid on the day with no parent (or a parent not valid that day): the roots of the tree. */
    public List<CatalogEntry> roots(String catalog, LocalDate at, int limit) {
        Date day = Date.valueOf(at);
        return jdbc.query("SELECT * FROM kernel_catalog_entry e WHERE catalog = ? AND valid_from <= ?"
                + " AND (valid_to IS NULL OR valid_to > ?) AND (parent_code IS NULL OR NOT EXISTS (SELECT 1 FROM"
                + " kernel_catalog_entry p WHERE p.catalog = e.catalog AND p.code = e.parent_code AND p.valid_from <= ?"
                + " AND (p.valid_to IS NULL OR p.valid_to > ?))) ORDER BY code FETCH FIRST " + Math.max(1, limit)
                + " ROWS ONLY", CatalogService::map, catalog, day, day, day, day);
    }

    @Override
    public List<CatalogEntry> history(String catalog, String code) {
        return jdbc.query("SELECT * FROM kernel_catalog_entry WHERE catalog = ? AND code = ? ORDER BY valid_from",
                CatalogService::map, catalog, code);
    }

    /** Who changed the entry's versions, newest first. */
    public List<HistoryLine> changes(String catalog, String code) {
        return jdbc.query("SELECT * FROM kernel_catalog_change WHERE catalog = ? AND code = ? ORDER BY changed_at DESC",
                rs -> new HistoryLine(fromStored(rs.getDate("valid_from").toLocalDate()),
                        Jdbc.instant(rs, "changed_at"), rs.getString("actor"), rs.getString("source"),
                        rs.getString("action"), rs.getString("detail")), catalog, code);
    }

    /** Every stored version of the catalog, by code (for checking an import against). */
    public Map<String, List<CatalogEntry>> versions(String catalog) {
        Map<String, List<CatalogEntry>> out = new HashMap<>();
        each(catalog, e -> out.computeIfAbsent(e.code(), k -> new ArrayList<>(1)).add(e));
        return out;
    }

    /** Streams every version of the catalog, by code and start, without holding them all. */
    public void each(String catalog, Consumer<CatalogEntry> sink) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT * FROM kernel_catalog_entry WHERE catalog = ? ORDER BY code, valid_from")) {
            ps.setFetchSize(1000);
            ps.setString(1, catalog);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(map(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read catalog " + catalog + ": " + e.getMessage(), e);
        }
    }

    public long count(String catalog) {
        return jdbc.one("SELECT COUNT(*) FROM kernel_catalog_entry WHERE catalog = ?", rs -> rs.getLong(1), catalog)
                .orElse(0L);
    }

    // ---- writes --------------------------------------------------------------------------------

    /** Stores one entry version as given (tests and seeds that were checked elsewhere). */
    public void put(CatalogEntry e) {
        write(List.of(new Change(e, true, "created")), "system", "put", ImportProgress.NONE);
    }

    /**
     * Writes the changes in one transaction, in batches: all of them or, on any failure,
     * none. Each change leaves a line in the entry's history.
     */
    public void write(List<Change> changes, String actor, String source, ImportProgress progress) {
        String insert = "INSERT INTO kernel_catalog_entry (name_vi, name_en, name_folded, parent_code, valid_to,"
                + " successors, attributes, status, catalog, code, valid_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String update = "UPDATE kernel_catalog_entry SET name_vi = ?, name_en = ?, name_folded = ?, parent_code = ?,"
                + " valid_to = ?, successors = ?, attributes = ?, status = ? WHERE catalog = ? AND code = ? AND valid_from = ?";
        String history = "INSERT INTO kernel_catalog_change (catalog, code, valid_from, changed_at, actor, source, action,"
                + " detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ins = c.prepareStatement(insert); PreparedStatement upd = c.prepareStatement(update);
                    PreparedStatement his = c.prepareStatement(history)) {
                int n = 0;
                for (Change ch : changes) {
                    CatalogEntry e = ch.entry();
                    PreparedStatement ps = ch.created() ? ins : upd;
                    bindEntry(ps, e);
                    ps.addBatch();
                    his.setString(1, e.catalog());
                    his.setString(2, e.code());
                    his.setDate(3, Date.valueOf(toStored(e.validFrom())));
                    his.setTimestamp(4, now);
                    his.setString(5, actor);
                    his.setString(6, source);
                    his.setString(7, ch.created() ? "CREATED" : "UPDATED");
                    his.setString(8, ch.detail());
                    his.addBatch();
                    if (++n % BATCH == 0) {
                        ins.executeBatch();
                        upd.executeBatch();
                        his.executeBatch();
                        progress.update(ImportProgress.Phase.WRITING, n, changes.size());
                    }
                }
                ins.executeBatch();
                upd.executeBatch();
                his.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Catalog write failed, nothing was stored: " + e.getMessage(), e);
        }
        progress.update(ImportProgress.Phase.WRITING, changes.size(), changes.size());
    }

    private static void bindEntry(PreparedStatement ps, CatalogEntry e) throws SQLException {
        ps.setString(1, e.nameVi());
        ps.setString(2, e.nameEn());
        ps.setString(3, Folding.fold(e.nameVi()));
        ps.setString(4, e.parentCode());
        ps.setDate(5, e.validTo() == null ? null : Date.valueOf(e.validTo()));
        ps.setString(6, e.successorCodes().isEmpty() ? null : String.join(" ", e.successorCodes()));
        ps.setString(7, e.attributes().isEmpty() ? null : JSON.toJson(e.attributes()));
        ps.setString(8, e.status() == null ? "ACTIVE" : e.status());
        ps.setString(9, e.catalog());
        ps.setString(10, e.code());
        ps.setDate(11, Date.valueOf(toStored(e.validFrom())));
    }

    private static LocalDate toStored(LocalDate validFrom) {
        return validFrom == null ? OPEN_START : validFrom;
    }

    private static LocalDate fromStored(LocalDate validFrom) {
        return validFrom.equals(OPEN_START) ? null : validFrom;
    }

    @SuppressWarnings("unchecked")
    static CatalogEntry map(ResultSet rs) throws SQLException {
        Date to = rs.getDate("valid_to");
        String successors = rs.getString("successors");
        String attributes = rs.getString("attributes");
        Map<String, String> attrs = new LinkedHashMap<>();
        if (attributes != null && !attributes.isBlank()) {
            ((Map<String, Object>) JSON.fromJson(attributes, LinkedHashMap.class)).forEach((k, v) -> attrs.put(k, String.valueOf(v)));
        }
        return new CatalogEntry(rs.getString("catalog"), rs.getString("code"), rs.getString("name_vi"),
                rs.getString("name_en"), rs.getString("parent_code"), fromStored(rs.getDate("valid_from").toLocalDate()),
                to == null ? null : to.toLocalDate(),
                successors == null || successors.isBlank() ? List.of() : Arrays.asList(successors.trim().split("\\s+")),
                attrs, rs.getString("status"));
    }
}
