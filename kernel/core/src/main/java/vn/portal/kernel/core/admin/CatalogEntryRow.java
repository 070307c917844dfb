package vn.portal.kernel.core.admin;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.catalog.CatalogEntry;

/**
 * One version of a catalog entry for the views: {@link CatalogEntry} is a record (EL cannot
 * read it) and not serializable (view-scoped beans must be).
 */
public final class CatalogEntryRow implements Serializable {

    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** An attribute as a key and a value, in the order the entry has them. */
    public static final class Attribute implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String value;

        Attribute(String key, String value) {
            this.key = key;
            this.value = value;
        }

        public String getKey() {
            return key;
        }

        public String getValue() {
            return value;
        }
    }

    private final String catalog;
    private final String code;
    private final String nameVi;
    private final String nameEn;
    private final String parentCode;
    private final LocalDate validFrom;
    private final LocalDate validTo;
    private final List<String> successors;
    private final List<Attribute> attributes = new ArrayList<>();
    private final String status;
    private final boolean english;

    CatalogEntryRow(CatalogEntry e, boolean english) {
        this.catalog = e.catalog();
        this.code = e.code();
        this.nameVi = e.nameVi();
        this.nameEn = e.nameEn();
        this.parentCode = e.parentCode();
        this.validFrom = e.validFrom();
        this.validTo = e.validTo();
        this.successors = List.copyOf(e.successorCodes());
        // attributes come from a JSON object: show them sorted, as a reader expects a stable order
        e.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(a -> attributes.add(new Attribute(a.getKey(), a.getValue())));
        this.status = e.status();
        this.english = english;
    }

    CatalogEntry toEntry() {
        Map<String, String> attrs = new java.util.LinkedHashMap<>();
        attributes.forEach(a -> attrs.put(a.key, a.value));
        return new CatalogEntry(catalog, code, nameVi, nameEn, parentCode, validFrom, validTo, successors, attrs, status);
    }

    boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name in the administrator's language, Vietnamese when there is no English one. */
    public String getName() {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameVi;
    }

    /** "code — name", as pickers and lists show an entry. */
    public String getLabel() {
        return code + " — " + getName();
    }

    public String getParentCode() {
        return parentCode;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    /** Empty for a version valid since the start of the catalog. */
    public String getValidFromText() {
        return validFrom == null ? "" : DAY.format(validFrom);
    }

    public String getValidToText() {
        return validTo == null ? "" : DAY.format(validTo);
    }

    /** Identifies the version among the code's versions (its start; "" for the open start). */
    public String getVersionKey() {
        return validFrom == null ? "" : validFrom.toString();
    }

    public List<String> getSuccessors() {
        return successors;
    }

    public String getSuccessorsText() {
        return String.join(" ", successors);
    }

    public List<Attribute> getAttributes() {
        return attributes;
    }

    public String getStatus() {
        return status;
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }
}
