package vn.portal.kernel.testkit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.catalog.Catalogs;

/** Catalogs over a list, for plugin unit tests. Search matches code or name, ignoring case only. */
final class InMemoryCatalogs implements Catalogs {

    private final List<CatalogEntry> entries;

    InMemoryCatalogs(List<CatalogEntry> entries) {
        this.entries = entries;
    }

    @Override
    public List<String> names() {
        return List.copyOf(new TreeSet<>(entries.stream().map(CatalogEntry::catalog).toList()));
    }

    @Override
    public Optional<CatalogEntry> find(String catalog, String code, LocalDate at) {
        return entries.stream().filter(e -> e.catalog().equals(catalog) && e.code().equals(code) && e.validOn(at))
                .findFirst();
    }

    @Override
    public List<CatalogEntry> search(String catalog, String query, String parentCode, LocalDate at, int offset,
            int limit) {
        String q = query == null ? "" : query.toLowerCase();
        return entries.stream().filter(e -> e.catalog().equals(catalog) && e.validOn(at))
                .filter(e -> parentCode == null || parentCode.equals(e.parentCode()))
                .filter(e -> e.code().toLowerCase().contains(q) || e.nameVi().toLowerCase().contains(q))
                .sorted(Comparator.comparing(CatalogEntry::code)).skip(offset).limit(limit).toList();
    }

    @Override
    public List<CatalogEntry> history(String catalog, String code) {
        return entries.stream().filter(e -> e.catalog().equals(catalog) && e.code().equals(code))
                .sorted(Comparator.comparing(e -> e.validFrom() == null ? LocalDate.MIN : e.validFrom())).toList();
    }
}
