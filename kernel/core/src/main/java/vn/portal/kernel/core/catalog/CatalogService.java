package vn.portal.kernel.core.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.catalog.Catalogs;
import vn.portal.kernel.core.common.Jdbc;
import vn.portal.kernel.core.persistence.PortalDataSourceDefinition;

/** The shared catalogs in {@code kernel_catalog_entry}, queried as of a day. */
@ApplicationScoped
public class CatalogService implements Catalogs {

    public static final List<String> BUILT_IN = List.of("agencies", "admin-units", "sectors", "procedures",
            "document-types");
    private static final LocalDate OPEN_START = LocalDate.of(1900, 1, 1);
    private static final Jsonb JSON = JsonbBuilder.create();

    @Resource(lookup = PortalDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource);
    }

    @Override
    public List<String> names() {
        TreeSet<String> names = new TreeSet<>(BUILT_IN);
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
        List<Object> args = new java.util.ArrayList<>(List.of(catalog, Date.valueOf(at), Date.valueOf(at)));
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

    /** Stores one entry version as given (imports validate first). */
    public void put(CatalogEntry e) {
        jdbc.update("INSERT INTO kernel_catalog_entry (catalog, code, valid_from, valid_to, name_vi, name_en, name_folded,"
                + " parent_code, successors, attributes, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.catalog(),
                e.code(), Date.valueOf(e.validFrom() == null ? OPEN_START : e.validFrom()),
                e.validTo() == null ? null : Date.valueOf(e.validTo()), e.nameVi(), e.nameEn(), Folding.fold(e.nameVi()),
                e.parentCode(), String.join(" ", e.successorCodes()), JSON.toJson(e.attributes()),
                e.status() == null ? "ACTIVE" : e.status());
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
        LocalDate from = rs.getDate("valid_from").toLocalDate();
        return new CatalogEntry(rs.getString("catalog"), rs.getString("code"), rs.getString("name_vi"),
                rs.getString("name_en"), rs.getString("parent_code"), from.equals(OPEN_START) ? null : from,
                to == null ? null : to.toLocalDate(),
                successors == null || successors.isBlank() ? List.of() : Arrays.asList(successors.trim().split("\\s+")),
                attrs, rs.getString("status"));
    }
}
