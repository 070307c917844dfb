package vn.portal.kernel.core.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import vn.portal.kernel.api.catalog.CatalogDefinition;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.catalog.CatalogProblem;
import vn.portal.kernel.api.catalog.CatalogValidator;
import vn.portal.kernel.api.catalog.Catalogs;
import vn.portal.kernel.core.site.AgencyCodes;

/** The kernel's own catalogs and their rules (REQUIREMENTS-VN.md §3). */
public final class BuiltInCatalogs {

    /** Local government has two levels from this day: province (2 digits) and commune (5). */
    public static final LocalDate TWO_LEVELS = LocalDate.of(2025, 7, 1);
    /** How a procedure can be done online: "toàn trình" (full), "một phần" (partial) or not at all. */
    static final Set<String> ONLINE = Set.of("full", "partial", "none");

    private BuiltInCatalogs() {
    }

    public static List<CatalogDefinition> definitions() {
        return List.of(
                definition("agencies", "Cơ quan, đơn vị", "Agencies", List.of("unit", "shortName")),
                definition("admin-units", "Đơn vị hành chính", "Administrative units", List.of("level")),
                definition("sectors", "Lĩnh vực", "Sectors", List.of()),
                definition("procedures", "Thủ tục hành chính", "Administrative procedures",
                        List.of("sector", "agency", "online", "timeLimitDays", "fee", "forms")),
                definition("document-types", "Loại văn bản", "Document types", List.of("abbreviation")));
    }

    public static List<CatalogValidator> validators() {
        return List.of(validator("agencies", BuiltInCatalogs::agency),
                validator("admin-units", (e, lookup) -> unit(e)),
                validator("sectors", (e, lookup) -> e.code().matches("[0-9A-Za-z._-]{1,30}") ? List.of()
                        : List.of(new CatalogProblem("code", "'" + e.code()
                                + "' is not a sector code: up to 30 letters, digits, '.', '_' or '-'"))),
                validator("procedures", BuiltInCatalogs::procedure),
                validator("document-types", (e, lookup) -> e.code().matches("\\p{Lu}[\\p{L}0-9-]{0,19}") ? List.of()
                        : List.of(new CatalogProblem("code", "'" + e.code()
                                + "' is not a document type code: capital letters, like QĐ, NQ, TT"))));
    }

    static List<CatalogProblem> agency(CatalogEntry e, Catalogs lookup) {
        List<CatalogProblem> out = new ArrayList<>();
        if (!AgencyCodes.isValid(e.code())) {
            out.add(new CatalogProblem("code", "'" + e.code() + "' is not an electronic agency code (up to 35 of"
                    + " 0-9 A-Z '.', like H99.01 or 000.00.01.H99)"));
        }
        reference(e, "unit", "admin-units", lookup, out);
        return out;
    }

    /** Province 2 digits, commune 5; 3-digit district codes only for entries that ended by 1 July 2025. */
    static List<CatalogProblem> unit(CatalogEntry e) {
        String c = e.code();
        String level = e.attributes().get("level");
        String expected = switch (c.length()) {
            case 2 -> "province";
            case 3 -> "district";
            case 5 -> "commune";
            default -> null;
        };
        if (!c.matches("\\d{2}|\\d{3}|\\d{5}")) {
            return List.of(new CatalogProblem("code", "'" + c
                    + "' is not an administrative unit code: province 2 digits, commune 5 (legacy district 3)"));
        }
        if (c.length() == 3 && (e.validTo() == null || e.validTo().isAfter(TWO_LEVELS))) {
            return List.of(new CatalogProblem("valid_to", "district code '" + c
                    + "' must end (valid_to) by 2025-07-01: there is no district level since"));
        }
        if (level != null && !level.equals(expected)) {
            return List.of(new CatalogProblem("level", "a " + c.length() + "-digit code is a " + expected
                    + ", not a '" + level + "'"));
        }
        if (e.parentCode() != null && e.parentCode().length() >= c.length()) {
            return List.of(new CatalogProblem("parent", "the parent of '" + c + "' must be a larger unit (fewer digits)"));
        }
        return List.of();
    }

    static List<CatalogProblem> procedure(CatalogEntry e, Catalogs lookup) {
        List<CatalogProblem> out = new ArrayList<>();
        if (!e.code().matches("[0-9A-Za-z.-]{1,60}")) {
            out.add(new CatalogProblem("code", "'" + e.code() + "' is not a procedure code (digits, letters, '.', '-')"));
        }
        if (blank(e.attributes().get("sector"))) {
            out.add(new CatalogProblem("sector", "every procedure belongs to a sector (lĩnh vực): give its code"));
        } else {
            reference(e, "sector", "sectors", lookup, out);
        }
        reference(e, "agency", "agencies", lookup, out);
        String online = e.attributes().get("online");
        if (online != null && !ONLINE.contains(online)) {
            out.add(new CatalogProblem("online", "must be full (toàn trình), partial (một phần) or none, not '"
                    + online + "'"));
        }
        String days = e.attributes().get("timeLimitDays");
        if (days != null && !days.matches("\\d{1,4}")) {
            out.add(new CatalogProblem("timeLimitDays", "must be a whole number of working days, not '" + days + "'"));
        }
        return out;
    }

    /** An attribute naming an entry of another catalog must name one valid when this entry starts. */
    private static void reference(CatalogEntry e, String attribute, String catalog, Catalogs lookup,
            List<CatalogProblem> out) {
        String code = e.attributes().get(attribute);
        if (blank(code)) {
            return;
        }
        LocalDate day = e.validFrom() == null ? LocalDate.now() : e.validFrom();
        if (lookup.find(catalog, code, day).isEmpty()) {
            out.add(new CatalogProblem(attribute, "no " + catalog + " entry '" + code + "' valid on " + day));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static CatalogDefinition definition(String name, String vi, String en, List<String> attributes) {
        return new CatalogDefinition() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String titleVi() {
                return vi;
            }

            @Override
            public String titleEn() {
                return en;
            }

            @Override
            public List<String> attributes() {
                return attributes;
            }
        };
    }

    private static CatalogValidator validator(String catalog,
            BiFunction<CatalogEntry, Catalogs, List<CatalogProblem>> rule) {
        return new CatalogValidator() {
            @Override
            public String catalog() {
                return catalog;
            }

            @Override
            public List<CatalogProblem> check(CatalogEntry entry, Catalogs lookup) {
                return rule.apply(entry, lookup);
            }
        };
    }
}
