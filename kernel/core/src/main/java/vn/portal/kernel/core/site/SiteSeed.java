package vn.portal.kernel.core.site;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** Reads a site file from {@code sites/<name>/sites.json}, bundled into the kernel at build time. */
public final class SiteSeed {

    /** The file's shape: the sites, and the own main-menu entries of some of them by site key. */
    public record SiteFile(Boolean sample, String note, List<SiteInput> sites, Map<String, List<MenuItem>> menus) {
    }

    private SiteSeed() {
    }

    public static List<SiteInput> read(String name) {
        SiteFile file = file(name);
        boolean sample = Boolean.TRUE.equals(file.sample());
        return file.sites().stream().map(s -> new SiteInput(s.key(), s.nameVi(), s.nameEn(), s.kind(), s.parent(),
                s.agencyCode(), s.unitCode(), s.hosts(), s.pathPrefix(), s.locales(), s.theme(),
                sample || Boolean.TRUE.equals(s.sample()), s.settings())).toList();
    }

    /** The sites' own menu entries (without the required ones), by site key. */
    public static Map<String, List<MenuItem>> menus(String name) {
        Map<String, List<MenuItem>> menus = file(name).menus();
        return menus == null ? Map.of() : menus;
    }

    private static SiteFile file(String name) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalStateException("portal.seed must be a folder name under sites/, not '" + name + "'");
        }
        String resource = "seed/sites/" + name + "/sites.json";
        try (InputStream in = SiteSeed.class.getClassLoader().getResourceAsStream(resource);
                Jsonb jsonb = JsonbBuilder.create()) {
            if (in == null) {
                throw new IllegalStateException("No site file " + resource + " in the kernel");
            }
            return jsonb.fromJson(in, SiteFile.class);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
