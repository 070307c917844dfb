package vn.portal.plugins.search.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.pf4j.Extension;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.event.PortalEvent;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.search.api.FacetLabels;
import vn.portal.plugins.search.api.Indexable;
import vn.portal.plugins.search.api.SearchDocument;

/**
 * The catalog's administrative procedures as search documents, in Vietnamese and (when the
 * catalog names them in English) in English: ids {@code <code>} and {@code <code>/en}. The
 * kernel emits no events when the catalog changes, so there are no event types here: the
 * procedures are read again by {@code SearchMaintenanceJob} on a schedule and by every full
 * rebuild.
 */
@Extension
public class ProcedureIndexable implements Indexable, FacetLabels {

    public static final String SOURCE = "procedure";
    public static final String TYPE = "procedure";

    private final Procedures procedures;

    public ProcedureIndexable(PluginContext context) {
        this.procedures = new Procedures(context);
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of();
    }

    @Override
    public List<String> affectedIds(PortalEvent event) {
        return List.of();
    }

    @Override
    public Optional<SearchDocument> document(String id) {
        boolean en = id.endsWith("/en");
        String code = en ? id.substring(0, id.length() - 3) : id;
        return procedures.find(code).flatMap(e -> {
            String site = procedures.ownerSite(e);
            return site == null ? Optional.empty() : Optional.ofNullable(toDocument(e, site, en ? "en" : "vi"));
        });
    }

    /** A rebuild asks site by site: the catalog is read once for all of them. */
    private volatile List<SearchDocument> recent = List.of();
    private volatile long recentAt;

    @Override
    public void forEachDocument(String siteKey, Consumer<SearchDocument> sink) {
        if (System.currentTimeMillis() - recentAt > 30_000) {
            recent = all();
            recentAt = System.currentTimeMillis();
        }
        for (SearchDocument d : recent) {
            if (d.siteKey().equals(siteKey)) {
                sink.accept(d);
            }
        }
    }

    /** Every procedure document of every site. */
    public List<SearchDocument> all() {
        List<SearchDocument> out = new ArrayList<>();
        for (CatalogEntry e : procedures.all()) {
            String site = procedures.ownerSite(e);
            if (site != null) {
                out.add(toDocument(e, site, "vi"));
                SearchDocument en = toDocument(e, site, "en");
                if (en != null) {
                    out.add(en);
                }
            }
        }
        return out;
    }

    /** Null for English when the catalog has no English name. */
    SearchDocument toDocument(CatalogEntry e, String siteKey, String locale) {
        boolean en = "en".equals(locale);
        String title = en ? e.nameEn() : e.nameVi();
        if (title == null || title.isBlank()) {
            return null;
        }
        String sector = e.attributes().get("sector");
        String agency = e.attributes().get("agency");
        String unit = agency == null ? null : procedures.unitOf(agency);
        StringBuilder summary = new StringBuilder();
        part(summary, en ? "Sector" : "Lĩnh vực", procedures.name("sectors", sector, locale));
        part(summary, en ? "Handled by" : "Cơ quan thực hiện", procedures.name("agencies", agency, locale));
        StringBuilder body = new StringBuilder();
        part(body, en ? "Procedure code" : "Mã thủ tục", e.code());
        part(body, en ? "Time limit (days)" : "Thời hạn giải quyết (ngày)", e.attributes().get("timeLimitDays"));
        part(body, en ? "Fee" : "Phí, lệ phí", e.attributes().get("fee"));
        part(body, en ? "Forms" : "Mẫu đơn, tờ khai", e.attributes().get("forms"));
        return new SearchDocument(SOURCE, en ? e.code() + "/en" : e.code(), siteKey, TYPE, locale, title,
                summary.toString(), body.toString(), procedures.url(siteKey, e.code(), locale),
                e.validFrom() == null ? null : e.validFrom().atStartOfDay(Procedures.VIETNAM).toInstant(),
                List.of(), sector, unit, null);
    }

    private static void part(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) {
            b.append(b.length() == 0 ? "" : " · ").append(label).append(": ").append(value);
        }
    }

    @Override
    public Optional<String> label(String dimension, String value, String siteKey, String locale) {
        if ("type".equals(dimension) && TYPE.equals(value)) {
            return Optional.of("en".equals(locale) ? "Administrative procedure" : "Thủ tục hành chính");
        }
        return Optional.empty();
    }
}
