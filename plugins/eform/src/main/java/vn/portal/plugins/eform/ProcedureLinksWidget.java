package vn.portal.plugins.eform;

import static vn.portal.kernel.api.web.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.site.SiteStatus;
import vn.portal.kernel.api.web.RenderRequest;
import vn.portal.kernel.api.web.Widget;

/**
 * Beside a procedure's page ({@code /thu-tuc-hanh-chinh/<code>}, the search plugin's page of a catalog
 * procedure): the way to apply online and the downloadable forms, wherever in the province they are
 * published. Done from this side so the search plugin need not know the e-form plugin; the page's
 * cache tag is dropped when a form is published or a file uploaded ({@link EformPlugin#procedureTag}).
 */
@Extension
public class ProcedureLinksWidget implements Widget {

    /** The search plugin's address of a procedure's page. */
    static final Pattern PROCEDURE_PAGE = Pattern.compile("/thu-tuc-hanh-chinh/([^/]{1,100})");

    /** A form to fill in or a file to download, with where it is published. */
    public record Link(String title, String url, String siteKey, String siteName, String type, long size, int version) {
    }

    /** A procedure's online forms and downloadable files. */
    record Found(List<Link> forms, List<Link> files) {
        boolean isEmpty() {
            return forms.isEmpty() && files.isEmpty();
        }
    }

    private final PluginContext context;

    public ProcedureLinksWidget(PluginContext context) {
        this.context = context;
    }

    @Override
    public String region() {
        return "sidebar";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String render(RenderRequest request) {
        Matcher m = PROCEDURE_PAGE.matcher(request.path());
        if (!m.matches()) {
            return "";
        }
        Found links = links(context, m.group(1), request.locale());
        return links.isEmpty() ? "" : html(links, request.locale());
    }

    /** The published forms and files of a procedure on active sites where the plugin is on. */
    static Found links(PluginContext context, String procedureCode, String locale) {
        EformPlugin.Services s = EformPlugin.services(context);
        Links pages = new Links(context.sites());
        Found links = new Found(new ArrayList<>(), new ArrayList<>());
        for (LoadedForm f : s.forms().publishedForProcedure(procedureCode)) {
            site(context, f.siteKey()).ifPresent(site -> links.forms().add(new Link(f.definition().title().in(locale),
                    pages.form(site.key(), locale, f.key()), site.key(), site.name(locale), null, 0, f.version())));
        }
        for (FormFile f : s.files().ofProcedure(procedureCode)) {
            Optional<Site> site = site(context, f.siteKey);
            Optional<FormFileVersion> v = site.isEmpty() ? Optional.empty() : s.files().current(f);
            if (v.isPresent()) {
                String base = context.sites().url(site.get().key()).replaceAll("^(https?://[^/]+).*$", "$1");
                links.files().add(new Link(f.title(locale), base + FormFiles.url(f.siteKey, f.procedureCode, f.fileKey),
                        f.siteKey, site.get().name(locale), Uploads.shortName(v.get().contentType), v.get().sizeBytes,
                        v.get().version));
            }
        }
        return links;
    }

    private static Optional<Site> site(PluginContext context, String key) {
        return context.sites().find(key).filter(x -> x.status() == SiteStatus.ACTIVE)
                .filter(x -> context.sites().isPluginEnabled(x.key(), context.pluginId()));
    }

    static String html(Found links, String locale) {
        Texts t = Texts.of(locale);
        StringBuilder b = new StringBuilder("<section class=\"eform-procedure\" aria-labelledby=\"eform-procedure-h\">")
                .append("<h2 id=\"eform-procedure-h\">").append(escape(t.get("procedure.title"))).append("</h2>");
        for (Link f : links.forms()) {
            b.append("<p><a class=\"button\" href=\"").append(escape(f.url())).append("\">")
                    .append(escape(t.get("services.apply"))).append("</a><br><small>").append(escape(f.siteName()))
                    .append("</small></p>");
        }
        if (!links.files().isEmpty()) {
            b.append(filesHtml(links.files(), t));
        }
        return b.append("</section>").toString();
    }

    /** The list of downloadable forms, also used by the services page. */
    static String filesHtml(List<Link> files, Texts t) {
        StringBuilder b = new StringBuilder("<h3>").append(escape(t.get("files.heading"))).append("</h3><ul class=\"eform-files\">");
        for (Link f : files) {
            b.append("<li><a href=\"").append(escape(f.url())).append("\" download>").append(escape(f.title()))
                    .append("</a> <span class=\"meta\">(").append(escape(t.get("files.meta", f.type(),
                            AnswersHtml.kb(f.size()), f.version()))).append(")</span></li>");
        }
        return b.append("</ul>").toString();
    }
}
