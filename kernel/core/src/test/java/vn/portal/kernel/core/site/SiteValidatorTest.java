package vn.portal.kernel.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteValidatorTest {

    static SiteInput site(String key, String kind, String agency, String unit) {
        return new SiteInput(key, "Sở Nội vụ", "Department of Home Affairs", kind, null, agency, unit, List.of(),
                null, List.of("vi", "en"), "default", false, Map.of());
    }

    @Test
    void acceptsBothFormsOfAgencyCode() {
        assertTrue(AgencyCodes.isValid("H99"));
        assertTrue(AgencyCodes.isValid("H99.01"));
        assertTrue(AgencyCodes.isValid("H30.12.3A"));
        assertTrue(AgencyCodes.isValid("000.00.00.H30"));
        assertTrue(AgencyCodes.isValid("000.00.01.H99"));
    }

    @Test
    void rejectsMalformedAgencyCodes() {
        assertFalse(AgencyCodes.isValid("h99"), "lower case");
        assertFalse(AgencyCodes.isValid("Z99"), "level-1 letter must be A-Y");
        assertFalse(AgencyCodes.isValid("H9"), "two digits");
        assertFalse(AgencyCodes.isValid("H99..01"), "empty group");
        assertFalse(AgencyCodes.isValid("H99.01." + "1".repeat(30)), "over 35 characters");
        assertFalse(AgencyCodes.isValid("000.00.00.30"), "older form ends in the level-1 group");
    }

    @Test
    void unitCodeLengthFollowsTheKind() {
        assertTrue(SiteValidator.validate(site("tinh", "PROVINCE", "H99", "99")).isEmpty());
        assertTrue(SiteValidator.validate(site("xa-a", "COMMUNE", "H99.41", "99001")).isEmpty());
        assertEquals(Map.of("unitCode", "a province's unit code has exactly 2 digits"),
                SiteValidator.validate(site("tinh", "PROVINCE", "H99", "99001")));
        assertTrue(SiteValidator.validate(site("xa-a", "COMMUNE", "H99.41", "99")).containsKey("unitCode"));
        assertTrue(SiteValidator.validate(site("huyen", "DISTRICT", "H99.40", "999")).isEmpty());
        assertTrue(SiteValidator.validate(site("xa-a", "COMMUNE", "H99.41", "9a001")).containsKey("unitCode"));
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        SiteInput bad = new SiteInput("Bad Key!", " ", null, "CITY", null, "abc", "1", List.of("not a host"),
                "no-slash", List.of("fr"), "../x", false, Map.of());
        Map<String, String> errors = SiteValidator.validate(bad);
        assertEquals(List.of("key", "nameVi", "kind", "agencyCode", "unitCode", "hosts", "pathPrefix", "locales", "theme"),
                List.copyOf(errors.keySet()));
    }

    @Test
    void reservedKeysAreRefused() {
        assertTrue(SiteValidator.validate(site("api", "OTHER", null, null)).containsKey("key"));
        assertTrue(SiteValidator.validate(site("admin", "OTHER", null, null)).containsKey("key"));
    }

    @Test
    void normalisesTextToNfc() {
        String decomposed = Normalizer.normalize("Sở Nội vụ", Normalizer.Form.NFD);
        SiteInput in = new SiteInput("so-noi-vu", decomposed, null, "DEPARTMENT", null, null, null,
                List.of(" Sở.Example.GOV.vn "), null, null, null, null, Map.of("owner", decomposed));
        SiteInput out = SiteValidator.normalise(in);
        assertEquals("Sở Nội vụ", out.nameVi());
        assertTrue(Normalizer.isNormalized(out.nameVi(), Normalizer.Form.NFC));
        assertEquals("Sở Nội vụ", out.settings().get("owner"));
        assertEquals(List.of("sở.example.gov.vn"), out.hosts());
    }
}
