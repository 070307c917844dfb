package vn.portal.plugins.eform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;
import vn.portal.plugins.eform.builder.EditableField;
import vn.portal.plugins.eform.builder.EditableForm;
import vn.portal.plugins.eform.builder.EditableStep;
import vn.portal.plugins.eform.builder.FormJson;
import vn.portal.plugins.eform.builder.ProblemPlaces;
import vn.portal.plugins.eform.schema.SchemaProblem;

/**
 * The state behind the form builder ({@link FormBuilderPage#newModel()}): the site, its forms,
 * the form being designed and the field being edited. Saving writes the JSON definition and runs
 * the server's schema check ({@link FormStore#problems}); each problem is shown at its field.
 * Every action checks {@code eform:design:<site>} again.
 */
public class BuilderModel extends BuilderEditing {

    private final PluginContext context;
    private final EformPlugin.Services services;
    private String siteKey;
    /** The DRAFT version being edited; null: the next save makes a new version. */
    private Integer editingVersion;
    /** The form exists on the site (its key is fixed). */
    private boolean stored;
    private String newProcedure;
    private String newKey;
    private List<Choice> problems = List.of();

    BuilderModel(PluginContext context) {
        this.context = context;
        this.services = EformPlugin.services(context);
        this.siteKey = getSites().stream().findFirst().map(Choice::getValue).orElse(null);
    }

    private boolean permitted() {
        return siteKey != null && context.identity().isPermitted(EformPermissions.DESIGN + ":" + siteKey);
    }

    private boolean refused() {
        if (permitted()) {
            return false;
        }
        error(EformPermissions.DESIGN + ":" + siteKey);
        return true;
    }

    private Site site() {
        return context.sites().find(siteKey).orElseThrow();
    }

    public List<Choice> getSites() {
        return context.sites().all().stream().filter(s -> context.identity().isPermitted(EformPermissions.DESIGN + ":"
                + s.key())).map(s -> new Choice(s.key(), s.name(lang()))).toList();
    }

    public void changeSite() {
        form = null;
        problems = List.of();
    }

    // ---- the site's forms ----------------------------------------------------------------------

    public List<FormRow> getForms() {
        if (!permitted()) {
            return List.of();
        }
        List<FormRow> rows = new ArrayList<>();
        for (Form f : services.forms().all(siteKey)) {
            List<FormVersion> versions = services.forms().versions(f.id);
            FormVersion last = versions.isEmpty() ? null : versions.get(versions.size() - 1);
            rows.add(new FormRow(f.formKey, "en".equals(lang()) && f.titleEn != null && !f.titleEn.isBlank() ? f.titleEn
                    : f.titleVi, procedureName(f.procedureCode), f.currentVersion == null ? "—" : "v" + f.currentVersion,
                    last == null ? "—" : "v" + last.version + " · " + t("status." + last.status)));
        }
        return rows;
    }

    /** Procedures of the catalog whose code or name holds the text (without diacritics too). */
    public List<String> completeProcedure(String query) {
        return context.catalogs().search("procedures", query == null ? "" : query.strip(), null, EformPlugin.today(), 0, 20)
                .stream().map(e -> e.code() + " — " + CatalogPrefill.name(e, "en".equals(lang()))).toList();
    }

    /** A new form for a procedure: one step with the applicant's name, ready to extend. */
    public void create() {
        if (refused()) {
            return;
        }
        String code = newProcedure == null ? "" : newProcedure.split(" — ")[0].strip();
        Optional<CatalogEntry> procedure = context.catalogs().find("procedures", code, EformPlugin.today());
        if (procedure.isEmpty()) {
            error(t("procedureUnknown"));
            return;
        }
        String key = newKey == null || newKey.isBlank() ? Slug.of(procedure.get().nameVi()) : newKey.strip();
        if (services.forms().byKey(siteKey, key).isPresent()) {
            error(t("keyTaken", key));
            return;
        }
        form = Starter.form(key, procedure.get(), texts());
        stored = false;
        editingVersion = null;
        problems = List.of();
        selectedUid = null;
        newProcedure = null;
        newKey = null;
    }

    /** The latest version of a form: its draft if one is being prepared, else the published one. */
    public void open(String formKey) {
        if (refused()) {
            return;
        }
        Form f = services.forms().byKey(siteKey, formKey).orElse(null);
        List<FormVersion> versions = f == null ? List.of() : services.forms().versions(f.id);
        if (versions.isEmpty()) {
            return;
        }
        FormVersion last = versions.get(versions.size() - 1);
        form = FormJson.read(last.definition);
        stored = true;
        editingVersion = "DRAFT".equals(last.status) ? last.version : null;
        problems = List.of();
        selectedUid = null;
    }

    public void close() {
        form = null;
        selectedUid = null;
        problems = List.of();
    }

    public List<Choice> getVersions() {
        if (form == null || !stored || !permitted()) {
            return List.of();
        }
        Form f = services.forms().byKey(siteKey, form.getKey()).orElse(null);
        if (f == null) {
            return List.of();
        }
        return services.forms().versions(f.id).stream().map(v -> new Choice("v" + v.version, t("status." + v.status)
                + " · " + DossierPages.when(v.publishedAt != null ? v.publishedAt : v.createdAt) + " · " + v.createdBy
                + (f.currentVersion != null && f.currentVersion == v.version ? " · " + t("current") : ""))).toList();
    }

    // ---- save, check, publish, preview ---------------------------------------------------------

    public void save() {
        if (saveDraft()) {
            info(t("saved", editingVersion));
        }
    }

    /** Saves the draft (checked first) and makes it the version citizens fill in. */
    public void publish() {
        if (!saveDraft()) {
            return;
        }
        try {
            services.forms().publish(site(), form.getKey(), editingVersion);
            info(t("publishedDone", editingVersion));
            editingVersion = null;
        } catch (ApiProblem e) {
            error(e.getMessage());
        }
    }

    private boolean saveDraft() {
        if (refused() || form == null) {
            return false;
        }
        String json = FormJson.write(form);
        List<SchemaProblem> found = new ArrayList<>(services.forms().problems(json));
        if (!stored && services.forms().byKey(siteKey, FormJson.read(json).getKey()).isPresent()) {
            found.add(new SchemaProblem("key", "keyTaken", List.of(form.getKey()), "already used on this site"));
        }
        ProblemPlaces.attach(form, found, this::words);
        problems = found.stream().map(p -> new Choice(place(p.path()), words(p))).toList();
        if (!found.isEmpty()) {
            FacesContext.getCurrentInstance().validationFailed();
            error(t("problems", found.size()));
            return false;
        }
        try {
            PortalUser user = context.identity().currentUser().orElseThrow();
            FormVersion v = services.forms().saveDraft(site(), json, user.username(), editingVersion);
            editingVersion = v.version;
            stored = true;
            return true;
        } catch (ApiProblem e) {
            error(e.getMessage());
            return false;
        }
    }

    /** Where the form stands when no draft is being edited: never saved, or in use (a save makes a new draft). */
    public String getState() {
        if (!stored || form == null) {
            return t("unsaved");
        }
        return services.forms().byKey(siteKey, form.getKey()).filter(f -> f.currentVersion != null)
                .map(f -> t("inUse", f.currentVersion)).orElse(t("unsaved"));
    }

    /** The citizen's view of the saved draft, in the site's theme (staff only). */
    public String getPreviewUrl() {
        if (form == null || editingVersion == null) {
            return null;
        }
        return PreviewPage.url(context, site(), form.getKey(), editingVersion);
    }

    /** The published form's public address. */
    public String getPublicUrl() {
        if (form == null || !stored) {
            return null;
        }
        return services.forms().current(siteKey, form.getKey()).map(f -> new Links(context.sites()).form(siteKey, "vi",
                f.key())).orElse(null);
    }

    private String words(SchemaProblem p) {
        String key = "schema." + p.code();
        String s = texts().get(key, p.args().toArray());
        return s.equals(key) ? p.message() : s;
    }

    private String place(String path) {
        String[] at = ProblemPlaces.where(form, path);
        if (at == null) {
            return t("place.form", t("prop." + (path.isEmpty() ? "definition" : path)));
        }
        return at[1].isEmpty() ? t("place.step", at[0]) : t("place.field", at[0], at[1]);
    }

    // ---- texts and messages ---------------------------------------------------------------------

    private String procedureName(String code) {
        return context.catalogs().find("procedures", code, EformPlugin.today())
                .map(e -> CatalogPrefill.name(e, "en".equals(lang()))).orElse(code);
    }

    @Override
    Texts texts() {
        return Texts.of("eform.builder", lang());
    }

    private static String lang() {
        return AdminWords.lang();
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(text));
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    // ---- properties -------------------------------------------------------------------------------

    public List<Choice> getProblems() {
        return problems;
    }

    public boolean isStored() {
        return stored;
    }

    public Integer getEditingVersion() {
        return editingVersion;
    }

    public String getSiteKey() {
        return siteKey;
    }

    public void setSiteKey(String siteKey) {
        this.siteKey = siteKey;
    }

    public String getNewProcedure() {
        return newProcedure;
    }

    public void setNewProcedure(String newProcedure) {
        this.newProcedure = newProcedure;
    }

    public String getNewKey() {
        return newKey;
    }

    public void setNewKey(String newKey) {
        this.newKey = newKey;
    }

    /** Catalogs a choice field may take its answers from. */
    public List<String> getCatalogs() {
        return context.catalogs().names();
    }

    /** For templates that look the labels up by key. */
    public Map<String, String> getT() {
        return texts().asMap();
    }
}
