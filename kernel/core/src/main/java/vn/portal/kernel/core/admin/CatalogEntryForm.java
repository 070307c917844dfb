package vn.portal.kernel.core.admin;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.catalog.CatalogEntry;

/**
 * What the entry dialog edits: one version of an entry, a new version of it, or a new entry.
 * Kept in the view scope so that a refused save leaves what was typed in place.
 */
public class CatalogEntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the dialog is doing, which decides what may be changed. */
    enum Mode { NEW_ENTRY, NEW_VERSION, EDIT_VERSION }

    /** One attribute row; the error of a refused save is shown under its value. */
    public static final class AttributeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key;
        private String value;
        private String error;

        AttributeRow(String key, String value) {
            this.key = key;
            this.value = value;
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getError() {
            return error;
        }

        void setError(String error) {
            this.error = error;
        }
    }

    private Mode mode = Mode.NEW_ENTRY;
    private String catalog;
    private String code;
    private String nameVi;
    private String nameEn;
    private String parent;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String successors;
    private String status = "ACTIVE";
    private final List<AttributeRow> attributes = new ArrayList<>();

    /** A new entry, under {@code parent} when one is chosen, with the catalog's usual attributes to fill in. */
    static CatalogEntryForm newEntry(String catalog, String parent, LocalDate from, List<String> suggested) {
        CatalogEntryForm f = new CatalogEntryForm();
        f.catalog = catalog;
        f.parent = parent;
        f.validFrom = from;
        f.suggest(suggested);
        return f;
    }

    /** The version as stored; its code and start identify it and stay fixed. */
    static CatalogEntryForm edit(CatalogEntryRow v, List<String> suggested) {
        CatalogEntryForm f = copy(v, suggested);
        f.mode = Mode.EDIT_VERSION;
        return f;
    }

    /** A new version of the entry, starting from what the latest one says, from the day given. */
    static CatalogEntryForm newVersion(CatalogEntryRow latest, LocalDate from, List<String> suggested) {
        CatalogEntryForm f = copy(latest, suggested);
        f.mode = Mode.NEW_VERSION;
        f.validFrom = from;
        f.validTo = null;
        f.successors = null;
        return f;
    }

    private static CatalogEntryForm copy(CatalogEntryRow v, List<String> suggested) {
        CatalogEntryForm f = new CatalogEntryForm();
        CatalogEntry e = v.toEntry();
        f.catalog = e.catalog();
        f.code = e.code();
        f.nameVi = e.nameVi();
        f.nameEn = e.nameEn();
        f.parent = e.parentCode();
        f.validFrom = e.validFrom();
        f.validTo = e.validTo();
        f.successors = String.join(" ", e.successorCodes());
        f.status = e.status();
        v.getAttributes().forEach(a -> f.attributes.add(new AttributeRow(a.getKey(), a.getValue())));
        f.suggest(suggested);
        return f;
    }

    /** Adds an empty row for each declared attribute the entry does not have yet. */
    private void suggest(List<String> names) {
        for (String n : names) {
            if (attributes.stream().noneMatch(a -> n.equals(a.key))) {
                attributes.add(new AttributeRow(n, null));
            }
        }
    }

    /** The entry to save; empty attribute rows are dropped, like empty cells of an imported file. */
    CatalogEntry toEntry() {
        Map<String, String> attrs = new LinkedHashMap<>();
        for (AttributeRow a : attributes) {
            if (!blank(a.key) && !blank(a.value)) {
                attrs.put(a.key.trim(), a.value.trim());
            }
        }
        List<String> next = blank(successors) ? List.of()
                : Arrays.stream(successors.trim().split("[\\s,;]+")).filter(s -> !s.isEmpty()).toList();
        return new CatalogEntry(catalog, trim(code), trim(nameVi), trim(nameEn), trim(parent), validFrom, validTo,
                next, attrs, status);
    }

    /** The row of an attribute named in an error, added when the entry had none. */
    AttributeRow attribute(String key) {
        return attributes.stream().filter(a -> key.equals(a.key)).findFirst().orElseGet(() -> {
            AttributeRow row = new AttributeRow(key, null);
            attributes.add(row);
            return row;
        });
    }

    void clearErrors() {
        attributes.forEach(a -> a.error = null);
    }

    public void addAttribute() {
        attributes.add(new AttributeRow(null, null));
    }

    public void removeAttribute(AttributeRow row) {
        attributes.remove(row);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }

    public boolean isCodeFixed() {
        return mode != Mode.NEW_ENTRY;
    }

    /** The start identifies a stored version: changing it would make another version. */
    public boolean isStartFixed() {
        return mode == Mode.EDIT_VERSION;
    }

    public String getMode() {
        return mode.name();
    }

    public String getCatalog() {
        return catalog;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getSuccessors() {
        return successors;
    }

    public void setSuccessors(String successors) {
        this.successors = successors;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<AttributeRow> getAttributes() {
        return attributes;
    }
}
