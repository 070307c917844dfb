package vn.portal.plugins.eform;

import static vn.portal.kernel.api.web.Html.escape;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import vn.portal.plugins.eform.schema.Field;
import vn.portal.plugins.eform.schema.FieldType;
import vn.portal.plugins.eform.schema.FormValidator;
import vn.portal.plugins.eform.schema.Problem;
import vn.portal.plugins.eform.schema.Step;

/**
 * {@code /dich-vu-cong/<form>}: one step of a form. Without {@code nhap} it is the first step
 * of a new application (the same for everyone, so it may be cached); with {@code nhap=<resume
 * token>} the applicant's draft at step {@code buoc}, with its problems when {@code loi=1}.
 */
@Extension
public class FormPage implements PublicRoute {

    private final PluginContext context;

    public FormPage(PluginContext context) {
        this.context = context;
    }

    @Override
    public String pattern() {
        return Links.SERVICES + "/{form}";
    }

    @Override
    public Optional<PageContent> render(RenderRequest r) {
        EformPlugin.Services s = EformPlugin.services(context);
        String siteKey = r.site().key();
        Texts t = Texts.of(r.locale());
        String token = r.param("nhap");
        Draft draft = token == null ? null : s.drafts().byToken(siteKey, token).orElse(null);
        LoadedForm form;
        if (draft != null) {
            form = s.forms().version(draft.formId, draft.formVersion).orElse(null);
        } else {
            form = s.forms().current(siteKey, r.pathParams().get("form")).orElse(null);
        }
        if (form == null || !form.key().equals(r.pathParams().get("form"))) {
            return Optional.empty();
        }
        List<Step> steps = form.definition().steps();
        int step = draft == null ? 0 : Math.max(0, Math.min(steps.size() - 1, parse(r.param("buoc"), draft.step + 1) - 1));
        Answers answers = draft == null ? new Answers() : Answers.fromJson(draft.answers);
        Optional<PortalUser> user = context.identity().currentUser();
        // only this step's fields: a remote source is asked for what the page shows, not the whole form
        s.prefill().apply(steps.get(step).fields(), answers, Prefill.request(siteKey, r.locale(), form.procedureCode(),
                user, answers));
        Map<String, List<String>> files = new HashMap<>();
        if (draft != null) {
            s.dossiers().draftAttachments(draft.id).forEach(a -> files.computeIfAbsent(a.field, k -> new ArrayList<>())
                    .add(a.fileName));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if ("1".equals(r.param("loi")) && draft != null) {
            Map<String, Integer> counts = new HashMap<>();
            files.forEach((k, v) -> counts.put(k, v.size()));
            for (Problem p : new FormValidator(context.catalogs(), EformPlugin.today()).check(List.of(steps.get(step)),
                    answers.copy(), counts)) {
                errors.merge(p.field(), t.problem(p), (a, b) -> a + " " + b);
            }
        }
        String fileErrors = r.param("tep");
        if (fileErrors != null) {
            for (String fe : fileErrors.split(",")) {
                int colon = fe.indexOf(':');
                if (colon > 0) {
                    String field = fe.substring(0, colon);
                    Field f = form.definition().field(field).orElse(null);
                    int mb = f != null && f.maxSizeMb() != null ? f.maxSizeMb() : form.definition().maxUploadMb();
                    String types = f == null ? "" : String.join(", ", f.accept().stream().map(Uploads::shortName).toList());
                    errors.merge(field, t.problem(new Problem(field, fe.substring(colon + 1),
                            "fileSize".equals(fe.substring(colon + 1)) ? mb : types)), (a, b) -> a + " " + b);
                }
            }
        }
        StringBuilder b = new StringBuilder("<div class=\"eform\">");
        if (step == 0 && !form.definition().description().isEmpty()) {
            b.append("<p class=\"lead\">").append(escape(form.definition().description().in(r.locale()))).append("</p>");
        }
        progress(b, steps, step, t);
        notices(b, r, t, errors, form, token, s.drafts().days());
        Step current = steps.get(step);
        // a signed-in applicant's post needs the session's CSRF token, which a plain form can only carry in the
        // address; pages of signed-in users are never cached, so the token never reaches anyone else
        String action = "/api/v1/eform/drafts?site=" + Links.q(siteKey) + "&lang=" + t.locale()
                + context.identity().csrfToken().map(c -> "&_csrf=" + Links.q(c)).orElse("");
        b.append("<form class=\"eform-step\" method=\"post\" enctype=\"multipart/form-data\" action=\"")
                .append(escape(context.sites().url(siteKey).replaceAll("^(https?://[^/]+).*$", "$1") + action))
                .append("\" data-processing=\"").append(escape(t.get("form.processing"))).append("\">");
        b.append("<h2 id=\"step-title\">").append(escape(t.get("form.step", step + 1, steps.size(),
                current.title().in(r.locale())))).append("</h2>");
        if (!current.help().isEmpty()) {
            b.append("<p>").append(escape(current.help().in(r.locale()))).append("</p>");
        }
        b.append("<p class=\"required-note\">").append(escape(t.get("form.required"))).append("</p>");
        hidden(b, "_form", form.key());
        hidden(b, "_step", Integer.toString(step));
        if (draft != null) {
            hidden(b, "_draft", token);
        } else {
            hidden(b, "_csrf", s.secrets().formToken(siteKey, form.key(), Instant.now().getEpochSecond()));
        }
        FieldHtml html = new FieldHtml(t, context.catalogs(), form.definition(), errors, files);
        String more = r.param("them");
        for (Field f : current.fields()) {
            if (f.showIf() != null && !sameStep(current, f.showIf().field()) && !f.visible(answers)) {
                continue; // decided by an earlier step's answer
            }
            b.append(html.render(f, answers, f.name().equals(more) ? 1 : 0));
        }
        b.append("<div class=\"buttons\">");
        if (step > 0) {
            b.append("<button type=\"submit\" name=\"_action\" value=\"back\" formnovalidate class=\"secondary\">")
                    .append(escape(t.get("form.back"))).append("</button>");
        }
        boolean last = step == steps.size() - 1;
        b.append("<button type=\"submit\" name=\"_action\" value=\"").append(last ? "submit" : "next")
                .append("\" class=\"primary\">").append(escape(t.get(last ? "form.submit" : "form.next"))).append("</button>");
        b.append("<button type=\"submit\" name=\"_action\" value=\"save\" formnovalidate class=\"secondary\">")
                .append(escape(t.get("form.save"))).append("</button>");
        b.append("</div><p class=\"processing\" role=\"status\" aria-live=\"polite\"></p></form></div>");
        String title = form.definition().title().in(r.locale());
        Set<String> tags = draft == null ? Set.of(EformPlugin.FORMS_TAG + siteKey) : Set.of(EformPlugin.draftTag(draft.id));
        return Optional.of(new PageContent(200, title, b.toString(), tags, Map.of()));
    }

    private static boolean sameStep(Step step, String field) {
        return step.fields().stream().anyMatch(f -> f.name().equals(field));
    }

    private static void progress(StringBuilder b, List<Step> steps, int step, Texts t) {
        b.append("<nav aria-label=\"").append(escape(t.get("form.progress"))).append("\"><ol class=\"eform-steps\">");
        for (int i = 0; i < steps.size(); i++) {
            b.append("<li").append(i == step ? " aria-current=\"step\" class=\"current\"" : i < step ? " class=\"done\"" : "")
                    .append(">").append(escape(steps.get(i).title().in(t.locale()))).append("</li>");
        }
        b.append("</ol></nav>");
    }

    private void notices(StringBuilder b, RenderRequest r, Texts t, Map<String, String> errors, LoadedForm form,
            String token, int days) {
        String loi = r.param("loi");
        if ("phien".equals(loi) || "nhap".equals(loi)) {
            b.append("<div class=\"form-errors\" role=\"alert\"><p>").append(escape(t.get("phien".equals(loi)
                    ? "error.formToken" : "error.draft"))).append("</p></div>");
        }
        if (!errors.isEmpty()) {
            b.append("<div class=\"form-errors\" role=\"alert\" id=\"loi\" tabindex=\"-1\"><p>")
                    .append(escape(t.get("form.errors"))).append("</p><ul>");
            errors.forEach((field, message) -> {
                String label = label(form, field, t);
                b.append("<li><a href=\"#").append(escape(anchor(form, field))).append("\">").append(escape(label))
                        .append("</a>: ").append(escape(message)).append("</li>");
            });
            b.append("</ul></div>");
        }
        if ("1".equals(r.param("da-luu")) && token != null) {
            b.append("<p class=\"form-ok\" role=\"status\">").append(escape(t.get("form.saved", token, days))).append("</p>");
        }
        if (form.definition().hasFiles()) {
            String types = String.join(", ", form.definition().fields().stream()
                    .filter(f -> f.type() == FieldType.FILE).flatMap(f -> f.accept().stream()).map(Uploads::shortName)
                    .distinct().toList());
            b.append("<p class=\"limit\">").append(escape(t.get("form.maxUpload", form.definition().maxUploadMb(), types)))
                    .append("</p>");
        }
    }

    private static String label(LoadedForm form, String path, Texts t) {
        String name = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
        return form.definition().field(name).map(f -> {
            if (!path.contains(".")) {
                return f.label().in(t.locale());
            }
            String sub = path.substring(path.indexOf('.') + 1);
            int row = Integer.parseInt(path.substring(path.indexOf('[') + 1, path.indexOf(']'))) + 1;
            return f.label().in(t.locale()) + " — " + t.get("form.row", row) + " — " + f.fields().stream()
                    .filter(x -> x.name().equals(sub)).findFirst().map(x -> x.label().in(t.locale())).orElse(sub);
        }).orElse(path);
    }

    /** The id of the input to jump to from the error summary. */
    private static String anchor(LoadedForm form, String path) {
        if (path.contains("[")) {
            String g = path.substring(0, path.indexOf('['));
            String row = path.substring(path.indexOf('[') + 1, path.indexOf(']'));
            return "f-" + g + "-" + row + "-" + path.substring(path.indexOf('.') + 1);
        }
        return form.definition().field(path).map(f -> f.type() == FieldType.ADDRESS ? "f-" + path + "-commune"
                : "f-" + path).orElse("f-" + path);
    }

    private static void hidden(StringBuilder b, String name, String value) {
        b.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(escape(value)).append("\">");
    }

    private static int parse(String s, int otherwise) {
        try {
            return s == null ? otherwise : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
