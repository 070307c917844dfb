package vn.portal.plugins.eform;

import java.time.LocalDate;
import java.util.Optional;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.catalog.Catalogs;
import vn.portal.plugins.eform.api.PrefillRequest;
import vn.portal.plugins.eform.api.PrefillSource;

/**
 * {@code catalog:<key>} — what the procedures catalog says of the form's procedure:
 * {@code procedure} (its name), {@code agency} (the handling agency's name), {@code fee},
 * {@code timeLimit} (working days).
 */
final class CatalogPrefill implements PrefillSource {

    private final Catalogs catalogs;

    CatalogPrefill(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public String id() {
        return "catalog";
    }

    @Override
    public Optional<String> value(String key, PrefillRequest request) {
        LocalDate today = LocalDate.now(WorkingDays.VIETNAM);
        Optional<CatalogEntry> p = catalogs.find("procedures", request.procedureCode(), today);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        boolean en = "en".equals(request.locale());
        return switch (key) {
            case "procedure" -> Optional.of(name(p.get(), en));
            case "agency" -> Optional.ofNullable(p.get().attributes().get("agency"))
                    .flatMap(a -> catalogs.find("agencies", a, today)).map(a -> name(a, en));
            case "fee" -> Optional.ofNullable(p.get().attributes().get("fee"));
            case "timeLimit" -> Optional.ofNullable(p.get().attributes().get("timeLimitDays"));
            default -> Optional.empty();
        };
    }

    static String name(CatalogEntry e, boolean en) {
        return en && e.nameEn() != null && !e.nameEn().isBlank() ? e.nameEn() : e.nameVi();
    }
}
