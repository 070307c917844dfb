package vn.portal.kernel.api.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read access to the shared catalogs, as of a day. Writes go through imports and the admin. */
public interface Catalogs {

    /** The catalogs that exist: agencies, admin-units, sectors, procedures, document-types, and plugins' own. */
    List<String> names();

    /** The entry with this code valid on the day, if any. */
    Optional<CatalogEntry> find(String catalog, String code, LocalDate at);

    /**
     * Entries valid on the day whose code or name contains {@code query} (Vietnamese with or
     * without diacritics), optionally only the children of {@code parentCode}, ordered by code.
     */
    List<CatalogEntry> search(String catalog, String query, String parentCode, LocalDate at, int offset, int limit);

    /** Every version of the entry with this code, oldest first. */
    List<CatalogEntry> history(String catalog, String code);
}
