package vn.portal.kernel.core.site;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.site.SiteKind;
import vn.portal.kernel.api.site.SiteStatus;

/** Converts between the {@code kernel_site} row, the input record and the API's {@link Site}. */
final class SiteMapper {

    private static final Jsonb JSON = JsonbBuilder.create();

    private SiteMapper() {
    }

    static Site toSite(SiteEntity e) {
        return new Site(e.key, e.nameVi, e.nameEn, SiteKind.valueOf(e.kind), e.parentKey, e.agencyCode, e.unitCode,
                split(e.hosts), e.pathPrefix, split(e.locales), e.theme, SiteStatus.valueOf(e.status), e.redirectTo,
                e.sample, readSettings(e.settings));
    }

    static void apply(SiteInput in, SiteEntity e) {
        e.key = in.key();
        e.nameVi = in.nameVi();
        e.nameEn = in.nameEn();
        e.kind = in.kind().toUpperCase(Locale.ROOT);
        e.parentKey = in.parent();
        e.agencyCode = in.agencyCode();
        e.unitCode = in.unitCode();
        e.hosts = in.hosts() == null ? null : String.join(",", in.hosts());
        e.pathPrefix = in.pathPrefix();
        e.locales = in.locales() == null || in.locales().isEmpty() ? "vi,en" : String.join(",", in.locales());
        e.theme = in.theme() == null ? "default" : in.theme();
        e.sample = Boolean.TRUE.equals(in.sample());
        e.settings = in.settings() == null ? null : JSON.toJson(new LinkedHashMap<>(in.settings()));
    }

    static SiteInput toInput(Site s) {
        return new SiteInput(s.key(), s.nameVi(), s.nameEn(), s.kind().name(), s.parentKey(), s.agencyCode(),
                s.unitCode(), s.hosts(), s.pathPrefix(), s.locales(), s.theme(), s.sample(), s.settings());
    }

    static List<String> split(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> readSettings(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        Map<String, Object> raw = JSON.fromJson(json, LinkedHashMap.class);
        Map<String, String> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(k, v == null ? null : String.valueOf(v)));
        return out;
    }
}
