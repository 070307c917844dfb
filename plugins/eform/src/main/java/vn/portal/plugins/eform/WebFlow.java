package vn.portal.plugins.eform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.site.Site;
import vn.portal.plugins.eform.schema.Answers;
import vn.portal.plugins.eform.schema.FormValidator;
import vn.portal.plugins.eform.schema.Problem;
import vn.portal.plugins.eform.schema.Step;

/**
 * The multi-step form as plain HTML posts (no script needed): every post saves the draft and
 * answers with a redirect — to the same step with its problems, to the next or previous step,
 * or, after the last, to the receipt. Only {@code next} and {@code submit} check the answers.
 */
final class WebFlow {

    /** Two days: a form page older than that must be opened again. */
    static final long FORM_TOKEN_SECONDS = 2 * 24 * 3600;

    private final PluginContext context;
    private final EformPlugin.Services services;
    private final Links links;

    WebFlow(PluginContext context) {
        this.context = context;
        this.services = EformPlugin.services(context);
        this.links = new Links(context.sites());
    }

    /** @return where to send the browser */
    String post(Site site, Multipart post, String locale) {
        String formKey = post.text("_form");
        Optional<LoadedForm> current = formKey == null ? Optional.empty() : services.forms().current(site.key(), formKey);
        if (current.isEmpty()) {
            return links.services(site.key(), locale);
        }
        String formUrl = links.form(site.key(), locale, formKey);
        Optional<PortalUser> user = context.identity().currentUser();
        String token = post.text("_draft");
        Drafts.Opened opened;
        if (token == null || token.isBlank()) {
            if (!services.secrets().validFormToken(post.text("_csrf"), site.key(), formKey,
                    Instant.now().getEpochSecond(), FORM_TOKEN_SECONDS)) {
                return formUrl + "?loi=phien";
            }
            opened = services.drafts().start(site.key(), current.get(), locale, user.map(PortalUser::id).orElse(null));
        } else {
            Optional<Draft> d = services.drafts().byToken(site.key(), token);
            if (d.isEmpty()) {
                return formUrl + "?loi=nhap";
            }
            opened = new Drafts.Opened(d.get(), token.strip());
        }
        Draft draft = opened.draft();
        if (draft.dossierId != null) {
            return receipt(site, locale, draft, opened.token());
        }
        LoadedForm form = services.forms().version(draft.formId, draft.formVersion).orElseThrow();
        List<Step> steps = form.definition().steps();
        int step = Math.max(0, Math.min(parse(post.text("_step")), steps.size() - 1));
        Answers answers = Answers.fromJson(draft.answers);
        FormInput.read(List.of(steps.get(step)), post.texts(), answers);
        List<Problem> fileProblems = Uploads.check(form.definition(), answers, post.files());
        List<Multipart.FilePart> goodFiles = post.files().stream()
                .filter(f -> fileProblems.stream().noneMatch(p -> p.field().equals(f.field()))).toList();
        List<Uploads.Stored> stored = Uploads.store(context.blobs(), goodFiles);
        String action = post.text("_action") == null ? "next" : post.text("_action");
        String here = formUrl + "?nhap=" + Links.q(opened.token());
        if (action.equals("back")) {
            services.drafts().save(draft, answers, Math.max(0, step - 1), stored);
            return here + "&buoc=" + Math.max(1, step);
        }
        if (action.startsWith("add:")) {
            services.drafts().save(draft, answers, step, stored);
            return here + "&buoc=" + (step + 1) + "&them=" + Links.q(action.substring(4)) + "#" + action.substring(4);
        }
        if (action.equals("save")) {
            services.drafts().save(draft, answers, step, stored);
            return here + "&buoc=" + (step + 1) + "&da-luu=1";
        }
        services.drafts().save(draft, answers, step, stored);
        Answers checked = answers.copy();
        List<Problem> problems = new ArrayList<>(new FormValidator(context.catalogs(), EformPlugin.today())
                .check(List.of(steps.get(step)), checked, counts(draft)));
        problems.addAll(fileProblems);
        if (!problems.isEmpty()) {
            return here + "&buoc=" + (step + 1) + "&loi=1" + (fileProblems.isEmpty() ? "" : "&tep=" + Links.q(String.join(
                    ",", fileProblems.stream().map(p -> p.field() + ":" + p.code()).distinct().toList())));
        }
        if (step < steps.size() - 1) {
            services.drafts().save(draft, answers, step + 1, List.of());
            return here + "&buoc=" + (step + 2);
        }
        try {
            // a dossier sent while signed in belongs to that account, also when the draft was begun before signing in
            String owner = draft.userId != null ? draft.userId : user.map(PortalUser::id).orElse(null);
            Dossiers.Submitted done = services.dossiers().submit(new Dossiers.Submission(site, form, answers, List.of(),
                    draft.id, "draft:" + draft.id, opened.token(), owner, user.filter(u -> u.id().equals(owner))
                            .map(PortalUser::displayName).orElse(null), locale));
            context.pageCache().invalidate(EformPlugin.draftTag(draft.id));
            return links.page(site.key(), locale, Links.RECEIPT) + "?ma=" + Links.q(done.dossier().receiptCode)
                    + "&token=" + Links.q(done.lookupToken());
        } catch (InvalidAnswers e) {
            int first = firstStepWithProblem(steps, e.problems());
            return here + "&buoc=" + (first + 1) + "&loi=1";
        }
    }

    private String receipt(Site site, String locale, Draft draft, String resumeToken) {
        Dossier d = services.dossiers().byIdempotencyKey(site.key(), "draft:" + draft.id).orElseThrow();
        return links.page(site.key(), locale, Links.RECEIPT) + "?ma=" + Links.q(d.receiptCode) + "&token="
                + Links.q(services.secrets().lookupToken(site.key(), resumeToken));
    }

    Map<String, Integer> counts(Draft draft) {
        Map<String, Integer> counts = new HashMap<>();
        services.dossiers().draftAttachments(draft.id).forEach(a -> counts.merge(a.field, 1, Integer::sum));
        return counts;
    }

    private static int firstStepWithProblem(List<Step> steps, List<Problem> problems) {
        for (int i = 0; i < steps.size(); i++) {
            for (var f : steps.get(i).fields()) {
                if (problems.stream().anyMatch(p -> p.field().equals(f.name()) || p.field().startsWith(f.name() + "["))) {
                    return i;
                }
            }
        }
        return steps.size() - 1;
    }

    private static int parse(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
