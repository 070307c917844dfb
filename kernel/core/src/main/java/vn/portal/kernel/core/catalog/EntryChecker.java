package vn.portal.kernel.core.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.catalog.CatalogProblem;
import vn.portal.kernel.api.catalog.CatalogValidator;
import vn.portal.kernel.api.catalog.Catalogs;

/**
 * Turns the rows of a file into entries and finds everything wrong with them at once: the
 * rules every catalog shares (code, names, dates, status, parents that exist and make no
 * cycle, successors that exist, no duplicate or overlapping versions of a code — within the
 * file and against what is stored) and the catalog's own validators.
 */
final class EntryChecker {

    static final Set<String> STATUSES = Set.of("ACTIVE", "INACTIVE");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[\\p{L}\\p{N}._-]{1,60}");
    private static final java.util.regex.Pattern ATTRIBUTE = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    /** An entry that passed, with its row. */
    record Checked(int row, CatalogEntry entry) {
    }

    record Result(List<Checked> entries, List<ImportReport.RowError> errors) {
    }

    private final String catalog;
    private final List<CatalogValidator> validators;
    private final Catalogs lookup;
    /** Stored versions of the catalog by code. */
    private final Map<String, List<CatalogEntry>> stored;

    EntryChecker(String catalog, List<CatalogValidator> validators, Catalogs lookup,
            Map<String, List<CatalogEntry>> stored) {
        this.catalog = catalog;
        this.validators = validators;
        this.lookup = lookup;
        this.stored = stored;
    }

    Result check(List<RawRow> rows, ImportProgress progress) {
        List<ImportReport.RowError> errors = new ArrayList<>();
        List<Checked> entries = new ArrayList<>();
        int done = 0;
        for (RawRow row : rows) {
            CatalogEntry e = entry(row, errors);
            if (e != null) {
                entries.add(new Checked(row.number(), e));
            }
            if (++done % 2000 == 0) {
                progress.update(ImportProgress.Phase.CHECKING, done, rows.size());
            }
        }
        List<Checked> ok = new ArrayList<>();
        for (Checked c : entries) {
            List<CatalogProblem> problems = new ArrayList<>();
            for (CatalogValidator v : validators) {
                problems.addAll(v.check(c.entry(), lookup));
            }
            problems.forEach(p -> errors.add(error(c.row(), p.field(), c.entry().code(), p.message())));
            ok.add(c);
        }
        versions(ok, errors);
        references(ok, errors);
        errors.sort(Comparator.comparingInt(ImportReport.RowError::row));
        progress.update(ImportProgress.Phase.CHECKING, rows.size(), rows.size());
        return new Result(ok, errors);
    }

    /** The row as an entry, or null (with errors) when a value cannot be read at all. */
    private CatalogEntry entry(RawRow row, List<ImportReport.RowError> errors) {
        Map<String, String> v = row.values();
        String code = v.get("code");
        int before = errors.size();
        if (code == null) {
            errors.add(error(row.number(), "code", null, "the code is required"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add(error(row.number(), "code", code, "'" + code
                    + "' is not a code: up to 60 letters, digits, '.', '_' or '-', no spaces"));
        }
        String nameVi = v.get("name_vi");
        if (nameVi == null) {
            errors.add(error(row.number(), "name_vi", code, "the Vietnamese name is required"));
        }
        length(row, "name_vi", code, 500, errors);
        length(row, "name_en", code, 500, errors);
        LocalDate from = date(row, "valid_from", code, errors);
        LocalDate to = date(row, "valid_to", code, errors);
        if (from != null && to != null && !from.isBefore(to)) {
            errors.add(error(row.number(), "valid_to", code, "valid_to (" + to + ") must be after valid_from (" + from
                    + "); valid_to is the first day the entry no longer applies"));
        }
        String status = v.getOrDefault("status", "ACTIVE").toUpperCase(java.util.Locale.ROOT);
        if (!STATUSES.contains(status)) {
            errors.add(error(row.number(), "status", code, "status must be ACTIVE or INACTIVE, not '" + v.get("status") + "'"));
        }
        String parent = v.get("parent");
        if (parent != null && parent.equals(code)) {
            errors.add(error(row.number(), "parent", code, "an entry cannot be its own parent"));
        }
        List<String> successors = v.containsKey("successors")
                ? Arrays.asList(v.get("successors").split("[\\s;]+")) : List.of();
        if (!successors.isEmpty() && to == null && v.get("valid_to") == null) {
            errors.add(error(row.number(), "valid_to", code, "an entry with successors must end: give valid_to"));
        }
        if (successors.contains(code)) {
            errors.add(error(row.number(), "successors", code, "an entry cannot succeed itself"));
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, String> a : v.entrySet()) {
            if (CatalogFormat.COLUMNS.contains(a.getKey())) {
                continue;
            }
            if (!ATTRIBUTE.matcher(a.getKey()).matches()) {
                errors.add(error(row.number(), a.getKey(), code, "'" + a.getKey()
                        + "' is not an attribute name: a letter, then letters, digits or '_' (at most 40)"));
            } else if (a.getValue().length() > 2000) {
                errors.add(error(row.number(), a.getKey(), code, "at most 2000 characters"));
            } else {
                attributes.put(a.getKey(), a.getValue());
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new CatalogEntry(catalog, code, nameVi, v.get("name_en"), parent, from, to, successors, attributes, status);
    }

    /** No two rows for the same version; no two versions of a code valid on the same day. */
    private void versions(List<Checked> rows, List<ImportReport.RowError> errors) {
        Map<String, Map<LocalDate, Checked>> byCode = new HashMap<>();
        for (Checked c : rows) {
            Map<LocalDate, Checked> versions = byCode.computeIfAbsent(c.entry().code(), k -> new HashMap<>());
            Checked earlier = versions.putIfAbsent(start(c.entry()), c);
            if (earlier != null) {
                errors.add(error(c.row(), "code", c.entry().code(), "duplicate: row " + earlier.row()
                        + " has the same code and valid_from"));
            }
        }
        for (Map.Entry<String, Map<LocalDate, Checked>> code : byCode.entrySet()) {
            Map<LocalDate, Object> all = new HashMap<>();
            stored.getOrDefault(code.getKey(), List.of()).forEach(s -> all.put(start(s), s));
            all.putAll(code.getValue()); // a row replaces the stored version it names
            if (all.size() < 2) {
                continue;
            }
            List<Map.Entry<LocalDate, Object>> sorted = new ArrayList<>(all.entrySet());
            sorted.sort(Map.Entry.comparingByKey());
            for (int i = 1; i < sorted.size(); i++) {
                CatalogEntry previous = entryOf(sorted.get(i - 1).getValue());
                LocalDate next = sorted.get(i).getKey();
                if (previous.validTo() == null || previous.validTo().isAfter(next)) {
                    Object blamed = sorted.get(i).getValue() instanceof Checked c ? c : sorted.get(i - 1).getValue();
                    Object other = blamed == sorted.get(i).getValue() ? sorted.get(i - 1).getValue() : sorted.get(i).getValue();
                    if (blamed instanceof Checked c) {
                        errors.add(error(c.row(), "valid_from", c.entry().code(), "validity overlaps the version "
                                + describe(other) + ": end the earlier version (valid_to) on or before " + next));
                    }
                }
            }
        }
    }

    /** Parents and successors must exist (in the file or stored); parents must not form a cycle. */
    private void references(List<Checked> rows, List<ImportReport.RowError> errors) {
        Map<String, Set<String>> parents = new HashMap<>();
        stored.forEach((code, versions) -> versions.forEach(s -> {
            if (s.parentCode() != null) {
                parents.computeIfAbsent(code, k -> new HashSet<>()).add(s.parentCode());
            }
        }));
        Set<String> inFile = new HashSet<>();
        rows.forEach(c -> inFile.add(c.entry().code()));
        for (Checked c : rows) {
            if (c.entry().parentCode() != null) {
                parents.computeIfAbsent(c.entry().code(), k -> new HashSet<>()).add(c.entry().parentCode());
            }
        }
        for (Checked c : rows) {
            String parent = c.entry().parentCode();
            if (parent != null && !inFile.contains(parent) && !stored.containsKey(parent)) {
                errors.add(error(c.row(), "parent", c.entry().code(), "no entry '" + parent + "' in " + catalog));
            } else if (parent != null && reaches(parent, c.entry().code(), parents)) {
                errors.add(error(c.row(), "parent", c.entry().code(), "parent '" + parent + "' makes a cycle: '"
                        + c.entry().code() + "' would be above itself"));
            }
            for (String s : c.entry().successorCodes()) {
                if (!inFile.contains(s) && !stored.containsKey(s)) {
                    errors.add(error(c.row(), "successors", c.entry().code(), "no entry '" + s + "' in " + catalog));
                }
            }
        }
    }

    /** Whether walking up from {@code start} reaches {@code target}. */
    private static boolean reaches(String start, String target, Map<String, Set<String>> parents) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(start));
        while (!todo.isEmpty()) {
            String code = todo.remove(todo.size() - 1);
            if (code.equals(target)) {
                return true;
            }
            if (seen.add(code)) {
                todo.addAll(parents.getOrDefault(code, Set.of()));
            }
        }
        return false;
    }

    private static CatalogEntry entryOf(Object o) {
        return o instanceof Checked c ? c.entry() : (CatalogEntry) o;
    }

    private static String describe(Object o) {
        CatalogEntry e = entryOf(o);
        String span = (e.validFrom() == null ? "…" : e.validFrom().toString()) + " – "
                + (e.validTo() == null ? "…" : e.validTo().toString());
        return o instanceof Checked c ? "in row " + c.row() + " (" + span + ")" : "already stored (" + span + ")";
    }

    static LocalDate start(CatalogEntry e) {
        return e.validFrom() == null ? LocalDate.MIN : e.validFrom();
    }

    private static void length(RawRow row, String field, String code, int max, List<ImportReport.RowError> errors) {
        String value = row.values().get(field);
        if (value != null && value.length() > max) {
            errors.add(error(row.number(), field, code, "at most " + max + " characters"));
        }
    }

    private static LocalDate date(RawRow row, String field, String code, List<ImportReport.RowError> errors) {
        String value = row.values().get(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(error(row.number(), field, code, "'" + value + "' is not a date like 2025-07-01"));
            return null;
        }
    }

    private static ImportReport.RowError error(int row, String field, String code, String message) {
        return new ImportReport.RowError(row, field, code, message);
    }
}
