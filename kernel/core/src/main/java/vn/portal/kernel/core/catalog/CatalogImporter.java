package vn.portal.kernel.core.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.catalog.Catalogs;
import vn.portal.kernel.core.audit.AuditLog;
import vn.portal.kernel.core.common.PortalException;

/**
 * Imports catalog files and saves single entries (the admin's edits) the same way: read,
 * check every row against the file and what is stored, then write all of it in one
 * transaction or nothing. Re-importing a file changes nothing (rows equal to what is stored
 * are counted as unchanged), so an import can simply be run again.
 */
@ApplicationScoped
public class CatalogImporter {

    @Inject
    CatalogService catalogs;
    @Inject
    AuditLog audit;

    /**
     * @param actor who imports, for the history and the audit log
     * @return the report; when it has errors, nothing was written
     */
    public ImportReport importFile(String catalog, byte[] body, CatalogFormat format, boolean dryRun, String actor,
            ImportProgress progress) {
        requireDefined(catalog);
        progress.update(ImportProgress.Phase.READING, 0, body.length);
        CatalogFormat.Parsed parsed = format.parse(body);
        progress.update(ImportProgress.Phase.READING, body.length, body.length);
        if (parsed.rows().isEmpty()) {
            return new ImportReport(catalog, dryRun, 0, 0, 0, 0, parsed.errors().isEmpty()
                    ? List.of(new ImportReport.RowError(1, null, null, "The file has no entries")) : parsed.errors());
        }
        ImportReport report = run(catalog, parsed.rows(), parsed.errors(), dryRun, actor,
                "import (" + format.name().toLowerCase(java.util.Locale.ROOT) + ")", progress);
        if (report.applied() && audit != null) {
            audit.recordNow(actor, "catalog.imported", catalog, report.created() + " created, " + report.updated()
                    + " updated, " + report.unchanged() + " unchanged of " + report.rows() + " rows");
        }
        return report;
    }

    /** Saves one entry version from the admin's form, checked like an imported row. */
    public ImportReport save(CatalogEntry entry, String actor) {
        requireDefined(entry.catalog());
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "code", entry.code());
        put(values, "name_vi", entry.nameVi());
        put(values, "name_en", entry.nameEn());
        put(values, "parent", entry.parentCode());
        put(values, "valid_from", entry.validFrom() == null ? null : entry.validFrom().toString());
        put(values, "valid_to", entry.validTo() == null ? null : entry.validTo().toString());
        put(values, "successors", String.join(" ", entry.successorCodes()));
        put(values, "status", entry.status());
        entry.attributes().forEach((k, v) -> put(values, k, v));
        ImportReport report = run(entry.catalog(), List.of(new RawRow(1, values)), List.of(), false, actor, "admin",
                ImportProgress.NONE);
        if (report.applied() && report.unchanged() == 0 && audit != null) {
            audit.recordNow(actor, "catalog.entry-saved", entry.catalog() + "/" + entry.code(),
                    (report.created() > 0 ? "created" : "updated") + " the version from "
                            + (entry.validFrom() == null ? "the start" : entry.validFrom()));
        }
        return report;
    }

    /** One import at a time on this node: checks and writes must see the same stored catalog. */
    synchronized ImportReport run(String catalog, List<RawRow> rows, List<ImportReport.RowError> readErrors,
            boolean dryRun, String actor, String source, ImportProgress progress) {
        Map<String, List<CatalogEntry>> stored = catalogs.versions(catalog);
        EntryChecker checker = new EntryChecker(catalog, catalogs.validators(catalog), new CachingCatalogs(catalogs),
                stored);
        EntryChecker.Result checked = checker.check(rows, progress);
        List<CatalogService.Change> changes = new ArrayList<>();
        int unchanged = 0;
        for (EntryChecker.Checked c : checked.entries()) {
            Optional<CatalogEntry> before = stored.getOrDefault(c.entry().code(), List.of()).stream()
                    .filter(s -> Objects.equals(s.validFrom(), c.entry().validFrom())).findFirst();
            if (before.isEmpty()) {
                changes.add(new CatalogService.Change(c.entry(), true, "created"));
            } else if (before.get().equals(c.entry())) {
                unchanged++;
            } else {
                changes.add(new CatalogService.Change(c.entry(), false, difference(before.get(), c.entry())));
            }
        }
        List<ImportReport.RowError> errors = new ArrayList<>(readErrors);
        errors.addAll(checked.errors());
        errors.sort(java.util.Comparator.comparingInt(ImportReport.RowError::row));
        if (errors.isEmpty() && !dryRun && !changes.isEmpty()) {
            catalogs.write(changes, actor, source, progress);
        }
        progress.update(ImportProgress.Phase.DONE, rows.size(), rows.size());
        if (!errors.isEmpty()) {
            // the counts of a file that cannot be imported would only mislead
            return new ImportReport(catalog, dryRun, rows.size(), 0, 0, 0, errors);
        }
        int created = (int) changes.stream().filter(CatalogService.Change::created).count();
        return new ImportReport(catalog, dryRun, rows.size(), created, changes.size() - created, unchanged, errors);
    }

    private void requireDefined(String catalog) {
        if (!catalogs.definitions().containsKey(catalog)) {
            throw PortalException.notFound("No catalog '" + catalog + "' to write to: catalogs are declared by the"
                    + " kernel (" + String.join(", ", CatalogService.BUILT_IN) + ") or by a started plugin");
        }
    }

    /** What changed, field by field, for the entry's history. */
    static String difference(CatalogEntry a, CatalogEntry b) {
        List<String> out = new ArrayList<>();
        diff(out, "name_vi", a.nameVi(), b.nameVi());
        diff(out, "name_en", a.nameEn(), b.nameEn());
        diff(out, "parent", a.parentCode(), b.parentCode());
        diff(out, "valid_to", a.validTo(), b.validTo());
        diff(out, "successors", String.join(" ", a.successorCodes()), String.join(" ", b.successorCodes()));
        diff(out, "status", a.status(), b.status());
        java.util.Set<String> keys = new java.util.TreeSet<>(a.attributes().keySet());
        keys.addAll(b.attributes().keySet());
        keys.forEach(k -> diff(out, k, a.attributes().get(k), b.attributes().get(k)));
        return String.join("; ", out);
    }

    private static void diff(List<String> out, String field, Object before, Object after) {
        String x = before == null ? "" : before.toString();
        String y = after == null ? "" : after.toString();
        if (!x.equals(y)) {
            out.add(field + ": '" + x + "' → '" + y + "'");
        }
    }

    private static void put(Map<String, String> values, String key, String value) {
        String v = CatalogFormat.clean(value);
        if (v != null) {
            values.put(key, v);
        }
    }

    /** Remembers look-ups during one import: 100,000 procedures name a few hundred sectors. */
    private static final class CachingCatalogs implements Catalogs {
        private final Catalogs delegate;
        private final Map<String, Optional<CatalogEntry>> found = new HashMap<>();

        CachingCatalogs(Catalogs delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<String> names() {
            return delegate.names();
        }

        @Override
        public Optional<CatalogEntry> find(String catalog, String code, LocalDate at) {
            return found.computeIfAbsent(catalog + "\u0000" + code + "\u0000" + at, k -> delegate.find(catalog, code, at));
        }

        @Override
        public List<CatalogEntry> search(String catalog, String query, String parentCode, LocalDate at, int offset,
                int limit) {
            return delegate.search(catalog, query, parentCode, at, offset, limit);
        }

        @Override
        public List<CatalogEntry> history(String catalog, String code) {
            return delegate.history(catalog, code);
        }
    }
}
