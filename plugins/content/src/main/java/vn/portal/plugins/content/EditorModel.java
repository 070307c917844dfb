package vn.portal.plugins.content;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.site.SiteStatus;

/**
 * The content editor in the admin shell ({@link ContentAdminPage}): one per visit of the page.
 * Lists the items of a site the user works on, opens one in a form generated from its type,
 * saves it as a new revision, moves it through the site's workflow, compares and restores
 * revisions. Every action checks the user's permissions on the site again, by the same rules
 * as the REST API ({@link ContentAccess}); the view only hides what would be refused.
 */
public class EditorModel {

    private static final Logger LOG = Logger.getLogger(EditorModel.class.getName());
    static final String LIST_FORM = "listForm";
    static final String EDIT_FORM = "editForm";
    static final String ACTION_FORM = "actionForm";
    static final String HISTORY_FORM = "historyForm";

    private final PluginContext context;
    private final ContentService service;
    private final EditorTexts texts = new EditorTexts();
    private final EditorList list = new EditorList(this);
    private final EditorRevisions history = new EditorRevisions(this);
    private final EditorWorkflow workflow = new EditorWorkflow(this);
    private final EditorLibrary library = new EditorLibrary(this);
    private String siteKey;
    private List<Site> sites = List.of();
    private Object sitesFor;
    private EditorForm form;
    private String newType = "article";
    private String newLocale;

    EditorModel(PluginContext context, ContentService service) {
        this.context = context;
        this.service = service;
        String wanted = param("site");
        List<Site> mine = sites();
        siteKey = mine.stream().map(Site::key).filter(k -> k.equals(wanted)).findFirst()
                .orElse(mine.isEmpty() ? null : mine.get(0).key());
        if (siteKey != null) {
            list.load();
            String item = param("item");
            if (item != null && item.matches("[A-Za-z0-9-]{1,80}")) {
                open(item);
            }
        }
    }

    private static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    // ---- for the other parts of the editor ---------------------------------------------------

    PluginContext context() {
        return context;
    }

    ContentService service() {
        return service;
    }

    EditorTexts texts() {
        return texts;
    }

    EditorForm form() {
        return form;
    }

    Site site() {
        return siteKey == null ? null : context.sites().find(siteKey).orElse(null);
    }

    ContentAccess access() {
        Site site = site();
        if (site == null) {
            throw ApiProblem.notFound("No site " + siteKey);
        }
        return new ContentAccess(context, service, site);
    }

    /** Sites that are not archived where the user holds any content permission; worked out once a request. */
    List<Site> sites() {
        FacesContext request = FacesContext.getCurrentInstance();
        if (request != null && request == sitesFor) {
            return sites;
        }
        PortalUser user = context.identity().currentUser().orElse(null);
        sites = user == null ? List.of() : context.sites().all().stream().filter(s -> s.status() != SiteStatus.ARCHIVED)
                .filter(s -> new ContentAccess(context, service, s).isStaff(user)).toList();
        sitesFor = request;
        return sites;
    }

    /** Stores an upload of the editor in the site's media library. */
    MediaFile storeMedia(byte[] bytes, String fileName) throws IOException {
        PortalUser user = access().library();
        return service.storeMedia(site(), bytes, fileName, null, null, user.username());
    }

    // ---- actions -----------------------------------------------------------------------------

    /** Another site chosen: its list, from the first page, without filters. */
    public void changeSite() {
        run(LIST_FORM, () -> {
            if (sites().stream().noneMatch(s -> s.key().equals(siteKey))) {
                throw ApiProblem.forbidden("content:create:" + siteKey);
            }
            form = null;
            list.clear();
        });
    }

    public void newItem() {
        run(LIST_FORM, () -> {
            Site site = site();
            access().require("create");
            ContentType type = service.definitions().type(newType);
            String locale = site.locales().contains(newLocale) ? newLocale : site.defaultLocale();
            form = new EditorForm(this, type == null ? service.definitions().types().get(0) : type, locale);
            workflow.clear();
        });
    }

    public void open(String id) {
        run(LIST_FORM, () -> reopen(service.get(site(), id)));
    }

    /** Shows the item as stored now, with what the user may do with it. */
    void reopen(ContentItem item) {
        PortalUser user = access().staff();
        form = new EditorForm(this, service.definitions().type(item.type), item);
        workflow.load(user, item);
        history.load(item.id);
    }

    /** Back to the list (what was typed and not saved is dropped). */
    public void back() {
        run(LIST_FORM, () -> {
            form = null;
            list.load();
        });
    }

    /** Drops what was typed and shows the item as it is stored now (after a stale save). */
    public void reload() {
        run(EDIT_FORM, () -> reopen(service.get(site(), form.itemId())));
    }

    public void save() {
        run(EDIT_FORM, () -> {
            PortalUser user = access().staff();
            form.errors().clear();
            ContentItem saved;
            if (form.isCreating()) {
                access().require("create");
                saved = service.create(site(), form.input(), user.username());
            } else {
                if (!access().mayEdit(user, service.get(site(), form.itemId()))) {
                    throw ApiProblem.forbidden(access().permission("edit"));
                }
                saved = service.update(site(), form.itemId(), form.input(), user.username());
            }
            reopen(saved);
            info(EDIT_FORM, texts.text("saved", saved.revision));
        });
    }

    public void restore(int revision) {
        run(HISTORY_FORM, () -> {
            PortalUser user = access().require("edit");
            ContentItem restored = service.restore(site(), form.itemId(), revision, user.username());
            reopen(restored);
            info(EDIT_FORM, texts.text("restored", revision, restored.revision));
        });
    }

    public void compare() {
        run(HISTORY_FORM, () -> {
            access().staff();
            history.compare();
        });
    }

    /** Runs an action; what the service refuses is shown at the fields or above the form. */
    void run(String formId, Runnable action) {
        try {
            action.run();
        } catch (ApiProblem p) {
            FacesContext.getCurrentInstance().validationFailed();
            problem(formId, p);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "[content editor] " + e, e);
            FacesContext.getCurrentInstance().validationFailed();
            error(formId, texts.text("error.unexpected"));
        }
    }

    private void problem(String formId, ApiProblem p) {
        Map<String, String> fields = p.fieldErrors();
        if (form != null && p.status() == 409 && fields.containsKey("version")) {
            ContentItem now = service.get(site(), form.itemId());
            // a workflow step changes the item too, and names its actor, not the last writer
            List<ContentTransition> steps = service.transitions(site(), now.id);
            ContentTransition last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            String who = last != null && !last.at.before(now.updatedAt) ? last.actor : now.updatedBy;
            form.stale(texts.text("stale", who, texts.when(now.updatedAt)));
            error(formId, texts.text("stale.short"));
        } else if (form != null && !fields.isEmpty() && EDIT_FORM.equals(formId)) {
            fields.forEach((key, server) -> form.errors().put(key, texts.problem(key, server, label(key))));
            error(formId, texts.text("saveFailed"));
        } else if (p.status() == 403 || p.status() == 401) {
            error(formId, texts.text("error.forbidden"));
        } else if (p.status() == 404) {
            error(formId, texts.text("error.notFound"));
        } else {
            error(formId, p.getMessage());
        }
    }

    private String label(String key) {
        if (key.startsWith("fields.") && form != null) {
            ContentType.Field f = form.type().field(key.substring(7));
            if (f != null) {
                return texts.english() ? f.labelEn() : f.labelVi();
            }
        }
        String k = "form." + key;
        return texts.has(k) ? texts.text(k) : key;
    }

    static void info(String formId, String text) {
        FacesContext.getCurrentInstance().addMessage(formId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String formId, String text) {
        FacesContext.getCurrentInstance().addMessage(formId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    // ---- for the view ------------------------------------------------------------------------

    public Map<String, String> getT() {
        return texts.map();
    }

    public List<EditorChoice> getSites() {
        String lang = texts.language();
        return sites().stream().map(s -> new EditorChoice(s.key(), s.name(lang))).toList();
    }

    public String getSiteKey() {
        return siteKey;
    }

    public void setSiteKey(String siteKey) {
        this.siteKey = siteKey;
    }

    public String getSiteName() {
        Site s = site();
        return s == null ? "" : s.name(texts.language());
    }

    public boolean isEditing() {
        return form != null;
    }

    public EditorList getList() {
        return list;
    }

    public EditorForm getForm() {
        return form;
    }

    public EditorRevisions getHistory() {
        return history;
    }

    public EditorWorkflow getWorkflow() {
        return workflow;
    }

    public EditorLibrary getLibrary() {
        return library;
    }

    public List<EditorChoice> getTypes() {
        String lang = texts.language();
        return service.definitions().types().stream().map(t -> new EditorChoice(t.name(), t.label(lang))).toList();
    }

    /** Every state of the site's workflow, in the order the workflow names them. */
    public List<EditorChoice> getStatuses() {
        if (siteKey == null) {
            return List.of();
        }
        Workflow w = service.workflow(siteKey);
        Set<String> states = new LinkedHashSet<>();
        states.add(w.initial());
        w.actions().forEach(a -> {
            states.addAll(a.from());
            states.add(a.to());
        });
        states.add("scheduled");
        List<EditorChoice> out = new ArrayList<>();
        states.forEach(s -> out.add(new EditorChoice(s, texts.status(s))));
        return out;
    }

    public List<String> getLocales() {
        Site s = site();
        return s == null ? List.of() : s.locales();
    }

    public String languageName(String locale) {
        return texts.has("language." + locale) ? texts.text("language." + locale) : locale;
    }

    public boolean isCanCreate() {
        return siteKey != null && access().user().map(u -> access().permitted(u, "create")).orElse(false);
    }

    public boolean isCanRestore() {
        return siteKey != null && access().user().map(u -> access().permitted(u, "edit")).orElse(false);
    }

    /** Whether the user may change the open item (authors: their own drafts). */
    public boolean isCanSave() {
        if (form == null) {
            return false;
        }
        if (form.isCreating()) {
            return isCanCreate();
        }
        return access().user().map(u -> {
            ContentItem item = new ContentItem();
            item.author = form.getAuthor();
            item.status = form.getStatus();
            return access().mayEdit(u, item);
        }).orElse(false);
    }

    public String getPreviewUrl() {
        return form == null || form.isCreating() ? null : PreviewPages.url(context, site(), form.getLocale(),
                form.getItemId());
    }

    /** The public page, while the item is published. */
    public String getPublicUrl() {
        if (form == null || !"published".equals(form.getStatus())) {
            return null;
        }
        return service.url(siteKey, form.getLocale(), form.type().name(), form.getSlug());
    }

    public String getNewType() {
        return newType;
    }

    public void setNewType(String newType) {
        this.newType = newType;
    }

    public String getNewLocale() {
        return newLocale;
    }

    public void setNewLocale(String newLocale) {
        this.newLocale = newLocale;
    }
}
