package vn.portal.plugins.content;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.event.FileUploadEvent;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.site.SiteStatus;

/**
 * The media library page ({@link MediaAdminPage}): a site's images as a grid of thumbnails and its
 * documents as a list, filtered by kind and searched without diacritics; uploads, descriptions,
 * where a file is used, and deletion of unused files. Every action checks the user's permission
 * on the site again ({@link ContentAccess}), as the REST API does.
 */
public class MediaModel {

    private static final Logger LOG = Logger.getLogger(MediaModel.class.getName());
    static final String FORM = "mediaLibrary";
    static final String DETAIL_FORM = "mediaDetail";
    static final int PAGE = 24;

    private final PluginContext context;
    private final ContentService service;
    private final EditorTexts texts = new EditorTexts();
    private String siteKey;
    private String kind = "";
    private String query;
    private int imageLimit = PAGE;
    private int documentLimit = PAGE;
    private List<MediaRow> images = List.of();
    private List<MediaRow> documents = List.of();
    private boolean moreImages;
    private boolean moreDocuments;
    private MediaRow selected;
    private String title;
    private String alt;
    private List<MediaUsageRow> usage = List.of();
    private final Map<String, String> errors = new LinkedHashMap<>();

    MediaModel(PluginContext context, ContentService service) {
        this.context = context;
        this.service = service;
        String wanted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("site");
        List<Site> mine = sites();
        siteKey = mine.stream().map(Site::key).filter(k -> k.equals(wanted)).findFirst()
                .orElse(mine.isEmpty() ? null : mine.get(0).key());
        if (siteKey != null) {
            load();
        }
    }

    /** Sites that are not archived where the user may use the library. */
    List<Site> sites() {
        PortalUser user = context.identity().currentUser().orElse(null);
        return user == null ? List.of() : context.sites().all().stream().filter(s -> s.status() != SiteStatus.ARCHIVED)
                .filter(s -> new ContentAccess(context, service, s).mayUseLibrary(user)).toList();
    }

    private Site site() {
        return context.sites().find(siteKey).orElseThrow(() -> ApiProblem.notFound("No site " + siteKey));
    }

    private ContentAccess access() {
        return new ContentAccess(context, service, site());
    }

    private void load() {
        access().library();
        MediaLibrary library = service.media();
        List<MediaFile> imgs = kind.isEmpty() || kind.equals(MediaFile.IMAGE)
                ? library.list(siteKey, MediaFile.IMAGE, query, 0, imageLimit + 1) : List.of();
        List<MediaFile> docs = kind.isEmpty() || kind.equals(MediaFile.DOCUMENT)
                ? library.list(siteKey, MediaFile.DOCUMENT, query, 0, documentLimit + 1) : List.of();
        moreImages = imgs.size() > imageLimit;
        moreDocuments = docs.size() > documentLimit;
        images = rows(imgs, imageLimit);
        documents = rows(docs, documentLimit);
    }

    private List<MediaRow> rows(List<MediaFile> files, int limit) {
        List<MediaRow> out = new ArrayList<>();
        files.stream().limit(limit).forEach(m -> out.add(new MediaRow(m, texts)));
        return out;
    }

    // ---- actions -----------------------------------------------------------------------------

    public void changeSite() {
        run(FORM, () -> {
            if (sites().stream().noneMatch(s -> s.key().equals(siteKey))) {
                throw ApiProblem.forbidden("content:create:" + siteKey);
            }
            query = null;
            kind = "";
            imageLimit = PAGE;
            documentLimit = PAGE;
            load();
        });
    }

    /** The kind or the words changed: from the first page again. */
    public void search() {
        run(FORM, () -> {
            imageLimit = PAGE;
            documentLimit = PAGE;
            load();
        });
    }

    public void showMoreImages() {
        run(FORM, () -> {
            imageLimit += PAGE;
            load();
        });
    }

    public void showMoreDocuments() {
        run(FORM, () -> {
            documentLimit += PAGE;
            load();
        });
    }

    /** One file chosen in the upload (several may come one after another). */
    public void upload(FileUploadEvent event) {
        String name = event.getFile().getFileName();
        run(FORM, () -> {
            PortalUser user = access().library();
            try {
                service.storeMedia(site(), event.getFile().getContent(), name, null, null, user.username());
            } catch (ApiProblem p) {
                throw new ApiProblem(p.status(), p.status() == 413 ? texts.text("upload.size", name,
                        service.maxUpload(siteKey) / (1024 * 1024)) : p.status() == 415 ? texts.text("upload.type", name)
                        : p.getMessage(), p.fieldErrors());
            } catch (IOException e) {
                throw new ApiProblem(400, texts.text("upload.failed", name), Map.of());
            }
            kind = "";
            query = null;
            load();
            message(FORM, FacesMessage.SEVERITY_INFO, texts.text("media.uploaded", name));
        });
    }

    /** Opens a file's details: description, where it is used. */
    public void select(String id) {
        run(DETAIL_FORM, () -> {
            access().library();
            MediaFile m = service.media().get(site(), id);
            selected = new MediaRow(m, texts);
            title = m.title;
            alt = m.altText;
            errors.clear();
            usage = service.media().usage(siteKey, id).stream().map(u -> new MediaUsageRow(u, siteKey, texts)).toList();
        });
    }

    public void saveDescription() {
        run(DETAIL_FORM, () -> {
            errors.clear();
            PortalUser user = access().library();
            MediaFile m = service.media().get(site(), selected.getId());
            if (!access().mayDescribe(user, m)) {
                throw ApiProblem.forbidden(access().permission("edit"));
            }
            selected = new MediaRow(service.media().describe(site(), m.blobId, title, alt, user.username()), texts);
            load();
            message(DETAIL_FORM, FacesMessage.SEVERITY_INFO, texts.text("media.saved"));
        });
    }

    public void delete() {
        run(DETAIL_FORM, () -> {
            PortalUser user = access().require("edit");
            String name = selected.getFileName();
            service.media().delete(site(), selected.getId(), user.username());
            selected = null;
            load();
            message(FORM, FacesMessage.SEVERITY_INFO, texts.text("media.deleted", name));
        });
    }

    private interface Action {
        void run() throws IOException;
    }

    private void run(String formId, Action action) {
        try {
            action.run();
        } catch (MediaInUse e) {
            FacesContext.getCurrentInstance().validationFailed();
            message(formId, FacesMessage.SEVERITY_ERROR, texts.text("media.inUse", e.usedBy().size()));
        } catch (ApiProblem p) {
            FacesContext.getCurrentInstance().validationFailed();
            if (!p.fieldErrors().isEmpty() && DETAIL_FORM.equals(formId)) {
                p.fieldErrors().forEach((k, v) -> errors.put(k, texts.problem(k, v, texts.text("media." + k))));
            }
            message(formId, FacesMessage.SEVERITY_ERROR, p.status() == 401 || p.status() == 403
                    ? texts.text("error.forbidden") : p.status() == 404 ? texts.text("media.notFound") : p.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "[media library] " + e, e);
            FacesContext.getCurrentInstance().validationFailed();
            message(formId, FacesMessage.SEVERITY_ERROR, texts.text("error.unexpected"));
        }
    }

    private static void message(String formId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(formId, new FacesMessage(severity, text, null));
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

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null ? "" : kind;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<MediaRow> getImages() {
        return images;
    }

    public List<MediaRow> getDocuments() {
        return documents;
    }

    public boolean isMoreImages() {
        return moreImages;
    }

    public boolean isMoreDocuments() {
        return moreDocuments;
    }

    public boolean isShowImages() {
        return kind.isEmpty() || kind.equals(MediaFile.IMAGE);
    }

    public boolean isShowDocuments() {
        return kind.isEmpty() || kind.equals(MediaFile.DOCUMENT);
    }

    public MediaRow getSelected() {
        return selected;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAlt() {
        return alt;
    }

    public void setAlt(String alt) {
        this.alt = alt;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public List<MediaUsageRow> getUsage() {
        return usage;
    }

    public boolean isCanDescribe() {
        return selected != null && context.identity().currentUser().map(u -> access().mayDescribe(u,
                selected.file())).orElse(false);
    }

    public boolean isCanDelete() {
        return selected != null && context.identity().currentUser().map(u -> access().permitted(u, "edit"))
                .orElse(false);
    }

    /** Largest upload in bytes, for the upload's own check in the browser. */
    public long getMaxUpload() {
        return siteKey == null ? 0 : service.maxUpload(siteKey);
    }

    public String getMaxUploadMb() {
        return String.valueOf(getMaxUpload() / (1024 * 1024));
    }
}
