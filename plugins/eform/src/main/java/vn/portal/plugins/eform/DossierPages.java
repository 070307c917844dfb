package vn.portal.plugins.eform;

import static vn.portal.kernel.api.web.Html.escape;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.web.PageContent;
import vn.portal.kernel.api.web.PublicRoute;
import vn.portal.kernel.api.web.RenderRequest;
import vn.portal.plugins.eform.schema.Answers;

/**
 * The applicant's pages under {@code /ho-so/}: {@code bien-nhan} (the receipt, with code and
 * lookup token), {@code tra-cuu} (code + token → status and history; documents when asked),
 * {@code ban-in} (what was entered, to print) and {@code cua-toi} (a signed-in applicant's
 * dossiers). A wrong token and an unknown code look the same.
 */
@Extension
public class DossierPages implements PublicRoute {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final PluginContext context;

    public DossierPages(PluginContext context) {
        this.context = context;
    }

    @Override
    public String pattern() {
        return "/ho-so/{page}";
    }

    @Override
    public Optional<PageContent> render(RenderRequest r) {
        return switch (r.pathParams().get("page")) {
            case "tra-cuu" -> Optional.of(track(r));
            case "bien-nhan" -> Optional.of(withDossier(r, this::receipt));
            case "ban-in" -> Optional.of(withDossier(r, this::print));
            case "cua-toi" -> Optional.of(mine(r));
            default -> Optional.empty();
        };
    }

    private interface DossierPage {
        PageContent render(RenderRequest r, Dossier d, String token, Texts t);
    }

    private PageContent withDossier(RenderRequest r, DossierPage page) {
        Texts t = Texts.of(r.locale());
        Optional<Dossier> d = EformPlugin.services(context).dossiers().lookUp(r.site().key(), r.param("ma"), r.param("token"));
        if (d.isEmpty()) {
            return new PageContent(404, t.get("track.title"), "<p class=\"form-errors\" role=\"alert\">"
                    + escape(t.get("track.notFound")) + "</p>" + lookupForm(r, t));
        }
        return page.render(r, d.get(), r.param("token").strip(), t);
    }

    private PageContent receipt(RenderRequest r, Dossier d, String token, Texts t) {
        Links links = new Links(context.sites());
        String q = "?ma=" + Links.q(d.receiptCode) + "&token=" + Links.q(token);
        StringBuilder b = new StringBuilder("<div class=\"eform-receipt\"><p class=\"form-ok\" role=\"status\">")
                .append(escape(t.get("receipt.done"))).append("</p><dl class=\"receipt\">");
        row(b, t.get("receipt.code"), "<strong class=\"code\">" + escape(d.receiptCode) + "</strong>");
        row(b, t.get("receipt.token"), "<strong class=\"code\">" + escape(token) + "</strong>");
        row(b, t.get("track.status"), escape(t.get("status." + d.status)));
        row(b, t.get("track.received"), escape(when(d.receivedAt)));
        row(b, t.get("receipt.due"), escape(when(d.dueAt)));
        b.append("</dl><p>").append(escape(t.get("receipt.keep"))).append("</p>");
        if (!d.complete) {
            b.append("<p class=\"notice\">").append(escape(t.get("receipt.incomplete", missingLabels(d, r.locale()))))
                    .append("</p>");
        }
        b.append("<p class=\"eform-links\"><a href=\"").append(escape(links.page(d.siteKey, r.locale(), Links.PRINT) + q))
                .append("\">").append(escape(t.get("receipt.print"))).append("</a> · <a href=\"")
                .append(escape(links.page(d.siteKey, r.locale(), Links.TRACK) + q)).append("\">")
                .append(escape(t.get("receipt.track"))).append("</a></p></div>");
        return new PageContent(200, t.get("receipt.title"), b.toString(), Set.of(EformPlugin.dossierTag(d.id)),
                Map.of("robots", "noindex"));
    }

    private PageContent print(RenderRequest r, Dossier d, String token, Texts t) {
        EformPlugin.Services s = EformPlugin.services(context);
        LoadedForm form = s.forms().version(d.formId, d.formVersion).orElseThrow();
        StringBuilder b = new StringBuilder("<div class=\"eform-print\"><dl class=\"receipt\">");
        row(b, t.get("receipt.code"), escape(d.receiptCode));
        row(b, t.get("track.received"), escape(when(d.receivedAt)));
        row(b, t.get("track.agency"), escape(agency(d, r.locale())));
        b.append("</dl><h2>").append(escape(form.definition().title().in(r.locale()))).append("</h2>");
        b.append(AnswersHtml.render(form.definition(), Answers.fromJson(d.answers), s.dossiers().attachments(d.id),
                context.catalogs(), r.locale()));
        b.append("</div>");
        return new PageContent(200, t.get("print.title"), b.toString(), Set.of(EformPlugin.dossierTag(d.id)),
                Map.of("robots", "noindex"));
    }

    private PageContent track(RenderRequest r) {
        Texts t = Texts.of(r.locale());
        String code = r.param("ma");
        String token = r.param("token");
        EformPlugin.Services s = EformPlugin.services(context);
        String owner = context.identity().currentUser().map(PortalUser::id).orElse(null);
        boolean noToken = token == null || token.isBlank();
        // a signed-in applicant opens their own dossiers from "my dossiers" without the token
        Optional<Dossier> own = code == null || !noToken ? Optional.empty() : s.dossiers().owned(r.site().key(), code, owner);
        if (code == null || code.isBlank() || noToken && own.isEmpty()) {
            return new PageContent(200, t.get("track.title"), lookupForm(r, t));
        }
        Optional<Dossier> found = noToken ? own : s.dossiers().lookUp(r.site().key(), code, token);
        if (found.isEmpty()) {
            return new PageContent(404, t.get("track.title"), "<p class=\"form-errors\" role=\"alert\">"
                    + escape(t.get("track.notFound")) + "</p>" + lookupForm(r, t));
        }
        Dossier d = found.get();
        StringBuilder b = new StringBuilder("<div class=\"eform-track\">");
        if ("1".equals(r.param("bo-sung"))) {
            b.append("<p class=\"form-ok\" role=\"status\">").append(escape(t.get("track.supplement.done"))).append("</p>");
        }
        String error = r.param("loi");
        if (error != null && error.matches("[A-Za-z]{1,30}")) {
            b.append("<p class=\"form-errors\" role=\"alert\">").append(escape(t.get("error." + error,
                    s.maxUploadMb(), "PDF, JPG, PNG"))).append("</p>");
        }
        b.append("<dl class=\"receipt\">");
        row(b, t.get("receipt.code"), "<strong class=\"code\">" + escape(d.receiptCode) + "</strong>");
        row(b, t.get("track.status"), "<strong class=\"status status-" + d.status.toLowerCase(java.util.Locale.ROOT)
                + "\">" + escape(t.get("status." + d.status)) + "</strong>"
                + (Dossiers.overdue(d, Instant.now()) ? " <span class=\"badge overdue\">" + escape(t.get("track.overdue"))
                        + "</span>" : ""));
        row(b, t.get("track.agency"), escape(agency(d, r.locale())));
        if (d.handler != null) {
            row(b, t.get("track.handler"), escape(d.handler));
        }
        row(b, t.get("track.received"), escape(when(d.receivedAt)));
        row(b, t.get("track.due"), escape(when(d.dueAt)));
        b.append("</dl><h2>").append(escape(t.get("track.history"))).append("</h2><table class=\"history\"><thead><tr>")
                .append("<th scope=\"col\">").append(escape(t.get("track.when"))).append("</th><th scope=\"col\">")
                .append(escape(t.get("track.status"))).append("</th><th scope=\"col\">").append(escape(t.get("track.comment")))
                .append("</th></tr></thead><tbody>");
        for (HistoryEntry h : s.dossiers().history(d.id)) {
            b.append("<tr><td>").append(escape(when(h.at))).append("</td><td>").append(escape(t.get("status." + h.toStatus)))
                    .append("</td><td>").append(escape(h.comment == null ? "" : h.comment)).append("</td></tr>");
        }
        b.append("</tbody></table>");
        if (Status.NEEDS_INFO.name().equals(d.status)) {
            supplementForm(b, r, d, token, t);
        }
        b.append(RatingForm.html(context, r, d, token));
        b.append("</div>");
        return new PageContent(200, t.get("track.title"), b.toString(), Set.of(EformPlugin.dossierTag(d.id)),
                Map.of("robots", "noindex"));
    }

    private void supplementForm(StringBuilder b, RenderRequest r, Dossier d, String token, Texts t) {
        // signed in: the session's CSRF token rides in the address (such pages are never cached)
        b.append("<form class=\"eform-step\" method=\"post\" enctype=\"multipart/form-data\" action=\"")
                .append(escape("/api/v1/eform/dossiers/" + Links.q(d.receiptCode) + "/documents?site="
                        + Links.q(r.site().key()) + "&lang=" + t.locale()
                        + context.identity().csrfToken().map(c -> "&_csrf=" + Links.q(c)).orElse("")))
                .append("\"><h2>").append(escape(t.get("track.supplement"))).append("</h2><p id=\"bs-help\">")
                .append(escape(t.get("track.supplement.help"))).append("</p>");
        if (token != null && !token.isBlank()) {
            b.append("<input type=\"hidden\" name=\"token\" value=\"").append(escape(token)).append("\">");
        }
        b.append("<input type=\"hidden\" name=\"_return\" value=\"page\">");
        LoadedForm form = EformPlugin.services(context).forms().version(d.formId, d.formVersion).orElseThrow();
        int i = 0;
        for (var f : form.definition().fields()) {
            if (f.type() != vn.portal.plugins.eform.schema.FieldType.FILE) {
                continue;
            }
            String id = "bs-" + i++;
            b.append("<div class=\"field\"><label for=\"").append(id).append("\">").append(escape(f.label().in(r.locale())))
                    .append("</label><input type=\"file\" id=\"").append(id).append("\" name=\"").append(f.name())
                    .append("\" accept=\"").append(escape(String.join(",", f.accept()))).append("\"")
                    .append(f.multiple() ? " multiple" : "").append(" aria-describedby=\"bs-help ").append(id)
                    .append("-limit\"><p class=\"limit\" id=\"").append(id).append("-limit\">")
                    .append(escape(t.get("form.maxUpload", f.maxSizeMb() == null ? form.definition().maxUploadMb()
                            : f.maxSizeMb(), String.join(", ", f.accept().stream().map(Uploads::shortName).toList()))))
                    .append("</p></div>");
        }
        b.append("<div class=\"buttons\"><button type=\"submit\" class=\"primary\">").append(escape(t.get(
                "track.supplement.send"))).append("</button></div></form>");
    }

    private PageContent mine(RenderRequest r) {
        Texts t = Texts.of(r.locale());
        Optional<PortalUser> user = context.identity().currentUser();
        if (user.isEmpty()) {
            return new PageContent(200, t.get("mine.title"), "<p>" + escape(t.get("mine.signin")) + "</p>");
        }
        EformPlugin.Services s = EformPlugin.services(context);
        List<Dossier> dossiers = s.dossiers().ofUser(user.get().id());
        StringBuilder b = new StringBuilder();
        if (dossiers.isEmpty()) {
            b.append("<p>").append(escape(t.get("mine.none"))).append("</p>");
        } else {
            Links links = new Links(context.sites());
            b.append("<table class=\"history\"><thead><tr><th scope=\"col\">").append(escape(t.get("receipt.code")))
                    .append("</th><th scope=\"col\">").append(escape(t.get("mine.procedure")))
                    .append("</th><th scope=\"col\">").append(escape(t.get("track.received"))).append("</th><th scope=\"col\">")
                    .append(escape(t.get("track.status"))).append("</th></tr></thead><tbody>");
            for (Dossier d : dossiers) {
                // the owner's tracking page needs no token (see track): the account is the proof
                b.append("<tr><td><a href=\"").append(escape(links.page(d.siteKey, r.locale(), Links.TRACK) + "?ma="
                        + Links.q(d.receiptCode))).append("\">").append(escape(d.receiptCode)).append("</a></td><td>")
                        .append(escape(procedureName(d.procedureCode, r.locale()))).append("</td><td>")
                        .append(escape(when(d.receivedAt))).append("</td><td>")
                        .append(escape(t.get("status." + d.status))).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        return new PageContent(200, t.get("mine.title"), b.toString());
    }

    private String lookupForm(RenderRequest r, Texts t) {
        String code = r.param("ma") == null ? "" : r.param("ma");
        return "<form class=\"eform-lookup\" method=\"get\" action=\"" + escape(new Links(context.sites())
                .page(r.site().key(), r.locale(), Links.TRACK)) + "\"><p><label for=\"tc-ma\">" + escape(t.get("track.code"))
                + "</label><input id=\"tc-ma\" name=\"ma\" required aria-required=\"true\" value=\"" + escape(code)
                + "\" autocomplete=\"off\"></p><p><label for=\"tc-token\">" + escape(t.get("track.token"))
                + "</label><input id=\"tc-token\" name=\"token\" required aria-required=\"true\" autocomplete=\"off\"></p>"
                + "<p><button type=\"submit\" class=\"primary\">" + escape(t.get("track.submit")) + "</button></p></form>";
    }

    private String procedureName(String code, String locale) {
        return context.catalogs().find("procedures", code, EformPlugin.today())
                .map(e -> CatalogPrefill.name(e, "en".equals(locale))).orElse(code);
    }

    private String agency(Dossier d, String locale) {
        return context.catalogs().find("agencies", d.agencyCode, EformPlugin.today())
                .map(e -> CatalogPrefill.name(e, "en".equals(locale))).orElse(d.agencyCode);
    }

    private String missingLabels(Dossier d, String locale) {
        LoadedForm form = EformPlugin.services(context).forms().version(d.formId, d.formVersion).orElseThrow();
        return String.join(", ", DossierViews.missing(d).stream().map(n -> form.definition().field(n)
                .map(f -> f.label().in(locale)).orElse(n)).toList());
    }

    static String when(java.sql.Timestamp ts) {
        return ts == null ? "" : WHEN.format(ts.toInstant().atZone(WorkingDays.VIETNAM));
    }

    private static void row(StringBuilder b, String label, String html) {
        b.append("<dt>").append(escape(label)).append("</dt><dd>").append(html).append("</dd>");
    }
}
