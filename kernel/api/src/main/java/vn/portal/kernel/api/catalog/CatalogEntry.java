package vn.portal.kernel.api.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One entry of a shared catalog (danh mục dùng chung), valid from {@code validFrom}
 * until the day before {@code validTo} (open-ended when null). A replaced entry names
 * its successors (administrative units merged or split since 1 July 2025, say).
 */
public record CatalogEntry(String catalog, String code, String nameVi, String nameEn, String parentCode,
        LocalDate validFrom, LocalDate validTo, List<String> successorCodes, Map<String, String> attributes,
        String status) {

    public CatalogEntry {
        successorCodes = successorCodes == null ? List.of() : List.copyOf(successorCodes);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** Valid on the given day. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
    }
}
