package vn.portal.kernel.core.catalog;

import java.time.LocalDate;
import java.util.List;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.catalog.CodeValidator;
import vn.portal.kernel.core.site.AgencyCodes;

/** Code rules of the built-in catalogs (REQUIREMENTS-VN.md §3). */
public final class BuiltInValidators {

    /** Local government has two levels from this day: province (2 digits) and commune (5). */
    static final LocalDate TWO_LEVELS = LocalDate.of(2025, 7, 1);

    private BuiltInValidators() {
    }

    public static List<CodeValidator> all() {
        return List.of(validator("agencies", e -> AgencyCodes.isValid(e.code()) ? null
                : "'" + e.code() + "' is not an electronic agency code (up to 35 of 0-9 A-Z '.', like H99.01 or"
                        + " 000.00.01.H99)"),
                validator("admin-units", BuiltInValidators::unitProblem),
                validator("procedures", e -> e.code().matches("[0-9A-Za-z.\\-]{1,60}") ? null
                        : "'" + e.code() + "' is not a procedure code (digits, letters, '.', '-')"));
    }

    /** Province 2 digits, commune 5; 3-digit district codes only for entries that ended by 1 July 2025. */
    static String unitProblem(CatalogEntry e) {
        String c = e.code();
        if (c.matches("\\d{2}|\\d{5}")) {
            return null;
        }
        if (c.matches("\\d{3}")) {
            return e.validTo() != null && !e.validTo().isAfter(TWO_LEVELS) ? null
                    : "district code '" + c + "' must end (valid_to) by 2025-07-01: there is no district level since";
        }
        return "'" + c + "' is not an administrative unit code: province 2 digits, commune 5 (legacy district 3)";
    }

    private static CodeValidator validator(String catalog, java.util.function.Function<CatalogEntry, String> rule) {
        return new CodeValidator() {
            @Override
            public String catalog() {
                return catalog;
            }

            @Override
            public String problem(CatalogEntry entry) {
                return rule.apply(entry);
            }
        };
    }
}
