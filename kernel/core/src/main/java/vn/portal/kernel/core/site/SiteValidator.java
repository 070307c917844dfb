package vn.portal.kernel.core.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.portal.kernel.api.site.SiteKind;

/**
 * Checks a {@link SiteInput} and returns every problem at once, by field, so an
 * administrator can fix a form or a file in one pass.
 */
public final class SiteValidator {

    static final Pattern KEY = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");
    static final Pattern HOST = Pattern.compile("(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*");
    static final Pattern PREFIX = Pattern.compile("(/[a-z0-9][a-z0-9-]*)+");
    static final Set<String> LOCALES = Set.of("vi", "en");
    static final Set<String> RESERVED_KEYS = Set.of("api", "admin", "theme", "health", "openapi", "s", "en", "vi");

    private SiteValidator() {
    }

    /** @return field name → message; empty when the input is valid. */
    public static Map<String, String> validate(SiteInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (in.key() == null || !KEY.matcher(in.key()).matches()) {
            errors.put("key", "must be 1-40 lower-case letters, digits or '-', e.g. so-tttt");
        } else if (RESERVED_KEYS.contains(in.key())) {
            errors.put("key", "'" + in.key() + "' is reserved");
        }
        if (blank(in.nameVi())) {
            errors.put("nameVi", "the Vietnamese name is required");
        } else if (in.nameVi().length() > 300) {
            errors.put("nameVi", "at most 300 characters");
        }
        SiteKind kind = null;
        try {
            kind = SiteKind.valueOf(String.valueOf(in.kind()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("kind", "must be one of PROVINCE, DEPARTMENT, COMMUNE, DISTRICT, OTHER");
        }
        if (!blank(in.agencyCode()) && !AgencyCodes.isValid(in.agencyCode())) {
            errors.put("agencyCode", "'" + in.agencyCode() + "' is not an electronic agency code: up to 35 characters"
                    + " of 0-9, A-Z and '.', like H99.01 or 000.00.01.H99");
        }
        if (!blank(in.unitCode())) {
            String unitProblem = unitCodeProblem(kind, in.unitCode());
            if (unitProblem != null) {
                errors.put("unitCode", unitProblem);
            }
        }
        if (in.hosts() != null) {
            List<String> bad = new ArrayList<>();
            for (String h : in.hosts()) {
                if (h == null || !HOST.matcher(h.toLowerCase(Locale.ROOT)).matches()) {
                    bad.add(String.valueOf(h));
                }
            }
            if (!bad.isEmpty()) {
                errors.put("hosts", "not host names: " + bad);
            }
        }
        if (!blank(in.pathPrefix()) && !PREFIX.matcher(in.pathPrefix()).matches()) {
            errors.put("pathPrefix", "must look like /so-tttt (lower-case segments, no trailing slash)");
        }
        if (in.locales() != null) {
            for (String l : in.locales()) {
                if (!LOCALES.contains(l)) {
                    errors.put("locales", "supported locales are vi and en");
                }
            }
        }
        if (!blank(in.theme()) && !in.theme().matches("[a-z0-9][a-z0-9-]{0,59}")) {
            errors.put("theme", "must be a theme folder name");
        }
        if (in.parent() != null && in.parent().equals(in.key())) {
            errors.put("parent", "a site cannot be its own parent");
        }
        return errors;
    }

    static String unitCodeProblem(SiteKind kind, String code) {
        if (!code.matches("\\d{2}|\\d{3}|\\d{5}")) {
            return "'" + code + "' is not an administrative unit code: province 2 digits, commune 5 digits"
                    + " (legacy district 3 digits)";
        }
        if (kind == SiteKind.PROVINCE && code.length() != 2) {
            return "a province's unit code has exactly 2 digits";
        }
        if (kind == SiteKind.COMMUNE && code.length() != 5) {
            return "a commune's unit code has exactly 5 digits";
        }
        if (kind == SiteKind.DISTRICT && code.length() != 3) {
            return "a district's unit code has exactly 3 digits";
        }
        return null;
    }

    /** NFC-normalises every text field, so "Sở" typed decomposed equals "Sở" typed composed. */
    public static SiteInput normalise(SiteInput in) {
        Map<String, String> settings = null;
        if (in.settings() != null) {
            settings = new LinkedHashMap<>();
            for (var e : in.settings().entrySet()) {
                settings.put(nfc(e.getKey()), nfc(e.getValue()));
            }
        }
        List<String> hosts = in.hosts() == null ? null
                : in.hosts().stream().map(h -> h == null ? null : h.trim().toLowerCase(Locale.ROOT)).toList();
        return new SiteInput(trim(in.key()), nfc(in.nameVi()), nfc(in.nameEn()), in.kind(), trim(in.parent()),
                trim(in.agencyCode()), trim(in.unitCode()), hosts, trim(in.pathPrefix()), in.locales(),
                trim(in.theme()), in.sample(), settings);
    }

    static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s.trim(), Normalizer.Form.NFC);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
