package vn.portal.plugins.eform;

import static vn.portal.kernel.api.web.Html.escape;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.web.PageContent;
import vn.portal.kernel.api.web.PublicRoute;
import vn.portal.kernel.api.web.RenderRequest;
import vn.portal.plugins.eform.schema.Answers;
import vn.portal.plugins.eform.schema.Field;
import vn.portal.plugins.eform.schema.FieldType;
import vn.portal.plugins.eform.schema.Step;

/**
 * {@code /dich-vu-cong/<form>/xem-truoc/<version>}: any version of a form (a draft from the
 * builder) as the citizen will see it — the same field markup ({@link FieldHtml}) in the site's
 * theme — one step at a time ({@code ?buoc=}), for staff who may design forms on the site. Nothing
 * can be sent from it. Anyone else gets the theme's 404; the kernel never caches pages of signed-in
 * users, nor a 404.
 */
@Extension
public class PreviewPage implements PublicRoute {

    static final String SEGMENT = "xem-truoc";
    private static final String NOTE_STYLE = "background:#fff7d6;border:1px solid #e7c65b;border-left:5px solid #b7791f;"
            + "padding:.6rem .9rem;border-radius:4px;color:#3f2d00";

    private final PluginContext context;

    public PreviewPage(PluginContext context) {
        this.context = context;
    }

    @Override
    public String pattern() {
        return Links.SERVICES + "/{form}/" + SEGMENT + "/{version}";
    }

    /** A site without its own host name is previewed on the admin's host (a path), so the session goes along. */
    static String url(PluginContext context, Site site, String formKey, int version) {
        String base = context.sites().url(site.key());
        if (site.hosts().isEmpty()) {
            base = URI.create(base).getRawPath();
        }
        return base + Links.SERVICES.substring(1) + "/" + formKey + "/" + SEGMENT + "/" + version;
    }

    @Override
    public Optional<PageContent> render(RenderRequest r) {
        String siteKey = r.site().key();
        if (context.identity().currentUser().isEmpty()
                || !context.identity().isPermitted(EformPermissions.DESIGN + ":" + siteKey)) {
            return Optional.empty();
        }
        EformPlugin.Services s = EformPlugin.services(context);
        Form form = s.forms().byKey(siteKey, r.pathParams().get("form")).orElse(null);
        int version;
        try {
            version = Integer.parseInt(r.pathParams().get("version"));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (form == null || s.forms().versions(form.id).stream().noneMatch(v -> v.version == version)) {
            return Optional.empty();
        }
        LoadedForm loaded = s.forms().version(form.id, version).orElseThrow();
        Texts t = Texts.of(r.locale());
        Texts bt = Texts.of("eform.builder", r.locale());
        List<Step> steps = loaded.definition().steps();
        int step = Math.max(0, Math.min(steps.size() - 1, number(r.param("buoc")) - 1));
        StringBuilder b = new StringBuilder("<p class=\"preview-note\" role=\"note\" style=\"").append(NOTE_STYLE)
                .append("\"><strong>").append(escape(bt.get("preview.title", version))).append("</strong> — ")
                .append(escape(bt.get("preview.note"))).append("</p><div class=\"eform\">");
        if (step == 0 && !loaded.definition().description().isEmpty()) {
            b.append("<p class=\"lead\">").append(escape(loaded.definition().description().in(r.locale()))).append("</p>");
        }
        b.append("<nav aria-label=\"").append(escape(t.get("form.progress"))).append("\"><ol class=\"eform-steps\">");
        for (int i = 0; i < steps.size(); i++) {
            String title = escape(steps.get(i).title().in(r.locale()));
            b.append("<li").append(i == step ? " aria-current=\"step\" class=\"current\"" : i < step ? " class=\"done\"" : "")
                    .append(">").append(i == step ? title : "<a href=\"?buoc=" + (i + 1) + "\">" + title + "</a>")
                    .append("</li>");
        }
        b.append("</ol></nav>");
        if (loaded.definition().hasFiles()) {
            String types = String.join(", ", loaded.definition().fields().stream().filter(f -> f.type() == FieldType.FILE)
                    .flatMap(f -> f.accept().stream()).map(Uploads::shortName).distinct().toList());
            b.append("<p class=\"limit\">").append(escape(t.get("form.maxUpload", loaded.definition().maxUploadMb(),
                    types))).append("</p>");
        }
        Step current = steps.get(step);
        b.append("<form class=\"eform-step\" onsubmit=\"return false\"><h2 id=\"step-title\">")
                .append(escape(t.get("form.step", step + 1, steps.size(), current.title().in(r.locale())))).append("</h2>");
        if (!current.help().isEmpty()) {
            b.append("<p>").append(escape(current.help().in(r.locale()))).append("</p>");
        }
        b.append("<p class=\"required-note\">").append(escape(t.get("form.required"))).append("</p>");
        Answers answers = new Answers();
        // the preview fills from the catalog and the staff member's own profile, as a citizen's page would
        s.prefill().apply(current.fields(), answers, Prefill.request(siteKey, r.locale(), loaded.procedureCode(),
                context.identity().currentUser(), answers));
        FieldHtml html = new FieldHtml(t, context.catalogs(), loaded.definition(), Map.of(), Map.of());
        for (Field f : current.fields()) {
            b.append(html.render(f, answers, 0));
        }
        b.append("<div class=\"buttons\">");
        if (step > 0) {
            b.append("<a class=\"button secondary\" href=\"?buoc=").append(step).append("\">")
                    .append(escape(t.get("form.back"))).append("</a>");
        }
        if (step < steps.size() - 1) {
            b.append("<a class=\"button\" href=\"?buoc=").append(step + 2).append("\">").append(escape(t.get("form.next")))
                    .append("</a>");
        } else {
            b.append("<button type=\"button\" class=\"primary\" disabled>").append(escape(t.get("form.submit")))
                    .append("</button>");
        }
        b.append("</div></form></div>");
        return Optional.of(new PageContent(200, loaded.definition().title().in(r.locale()), b.toString(), Set.of(),
                Map.of("robots", "noindex, nofollow")));
    }

    private static int number(String s) {
        try {
            return s == null ? 1 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
