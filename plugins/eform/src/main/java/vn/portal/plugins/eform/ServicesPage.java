package vn.portal.plugins.eform;

import static vn.portal.kernel.api.web.Html.escape;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.pf4j.Extension;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.web.PageContent;
import vn.portal.kernel.api.web.PublicRoute;
import vn.portal.kernel.api.web.RenderRequest;

/**
 * The site's "Online public services" page (the main menu's required entry, so every form is
 * two clicks from the home page and the form itself the third): each procedure with an online
 * form, what the catalog says of it, and the way to the form and to tracking.
 */
@Extension
public class ServicesPage implements PublicRoute {

    private final PluginContext context;

    public ServicesPage(PluginContext context) {
        this.context = context;
    }

    @Override
    public String pattern() {
        return Links.SERVICES;
    }

    @Override
    public Optional<PageContent> render(RenderRequest r) {
        return Optional.of(page(context, r));
    }

    static PageContent page(PluginContext context, RenderRequest r) {
        Texts t = Texts.of(r.locale());
        String siteKey = r.site().key();
        Links links = new Links(context.sites());
        List<LoadedForm> forms = EformPlugin.forms(context).published(siteKey);
        LocalDate today = EformPlugin.today();
        StringBuilder b = new StringBuilder("<div class=\"eform-services\"><p>").append(escape(t.get("services.intro")))
                .append("</p>");
        b.append("<p class=\"eform-links\"><a href=\"").append(escape(links.page(siteKey, r.locale(), Links.TRACK)))
                .append("\">").append(escape(t.get("services.track"))).append("</a> · <a href=\"")
                .append(escape(links.page(siteKey, r.locale(), Links.MINE))).append("\">")
                .append(escape(t.get("services.mine"))).append("</a></p>");
        if (forms.isEmpty() && EformPlugin.services(context).files().ofSite(siteKey).isEmpty()) {
            b.append("<p>").append(escape(t.get("services.none"))).append("</p>");
        }
        // procedures with an online form, or only downloadable forms (level 2), in code order
        Map<String, LoadedForm> byProcedure = new TreeMap<>();
        forms.forEach(f -> byProcedure.putIfAbsent(f.procedureCode(), f));
        Map<String, List<ProcedureLinksWidget.Link>> files = new TreeMap<>();
        EformPlugin.Services services = EformPlugin.services(context);
        String host = context.sites().url(siteKey).replaceAll("^(https?://[^/]+).*$", "$1");
        for (FormFile file : services.files().ofSite(siteKey)) {
            services.files().current(file).ifPresent(v -> files.computeIfAbsent(file.procedureCode, k -> new ArrayList<>())
                    .add(new ProcedureLinksWidget.Link(file.title(r.locale()), host + FormFiles.url(siteKey,
                            file.procedureCode, file.fileKey), siteKey, r.site().name(r.locale()),
                            Uploads.shortName(v.contentType), v.sizeBytes, v.version)));
        }
        java.util.Set<String> codes = new java.util.TreeSet<>(byProcedure.keySet());
        codes.addAll(files.keySet());
        b.append("<ul class=\"procedures\">");
        for (String code : codes) {
            LoadedForm f = byProcedure.get(code);
            Optional<CatalogEntry> p = context.catalogs().find("procedures", code, today);
            String name = p.map(e -> CatalogPrefill.name(e, t.en())).orElse(f != null ? f.definition().title()
                    .in(r.locale()) : code);
            b.append("<li id=\"tt-").append(escape(code)).append("\"><h2>");
            if (f != null) {
                b.append("<a href=\"").append(escape(links.form(siteKey, r.locale(), f.key()))).append("\">")
                        .append(escape(name)).append("</a>");
            } else {
                b.append(escape(name));
            }
            b.append("</h2><dl>");
            p.ifPresent(e -> {
                Map<String, String> a = e.attributes();
                String agency = Optional.ofNullable(a.get("agency")).flatMap(c -> context.catalogs().find("agencies",
                        c, today)).map(x -> CatalogPrefill.name(x, t.en())).orElse(a.getOrDefault("agency", ""));
                row(b, t.get("services.agency"), agency);
                if (a.get("timeLimitDays") != null) {
                    row(b, t.get("services.time"), t.get("services.days", a.get("timeLimitDays")));
                }
                row(b, t.get("services.fee"), a.get("fee"));
                if (a.get("online") != null) {
                    row(b, t.get("services.level"), t.get("services.online." + a.get("online")));
                }
            });
            b.append("</dl>");
            if (files.containsKey(code)) {
                b.append(ProcedureLinksWidget.filesHtml(files.get(code), t));
            }
            if (f != null) {
                b.append("<p><a class=\"button\" href=\"").append(escape(links.form(siteKey, r.locale(), f.key())))
                        .append("\">").append(escape(t.get("services.apply"))).append("<span class=\"visually-hidden\">: ")
                        .append(escape(name)).append("</span></a></p>");
            }
            b.append("</li>");
        }
        b.append("</ul></div>");
        return new PageContent(200, t.get("services.title"), b.toString(), Set.of(EformPlugin.FORMS_TAG + siteKey),
                Map.of());
    }

    private static void row(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) {
            b.append("<dt>").append(escape(label)).append("</dt><dd>").append(escape(value)).append("</dd>");
        }
    }
}
