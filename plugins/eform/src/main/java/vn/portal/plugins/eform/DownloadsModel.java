package vn.portal.plugins.eform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;

/**
 * The state behind the downloadable-forms page ({@link DownloadsAdminPage#newModel()}): the site, the
 * upload being prepared (a new form, or a new version of one) and the form whose versions are shown.
 * The chosen file is held until "upload" is pressed; every action checks {@code eform:design:<site>} again.
 */
public class DownloadsModel {

    /** Procedures offered in the drop-down at most (the site's agency's first); the filter searches them. */
    static final int MAX_PROCEDURES = 500;

    private final PluginContext context;
    private final EformPlugin.Services services;
    private String siteKey;
    private String procedure;
    private String target = "";
    private String titleVi;
    private String titleEn;
    private String key;
    private byte[] held;
    private String heldName;
    private String opened;
    private final Map<String, String> errors = new java.util.LinkedHashMap<>();

    DownloadsModel(PluginContext context) {
        this.context = context;
        this.services = EformPlugin.services(context);
        this.siteKey = getSites().stream().findFirst().map(Choice::getValue).orElse(null);
    }

    private boolean permitted() {
        return siteKey != null && context.identity().isPermitted(EformPermissions.DESIGN + ":" + siteKey);
    }

    public List<Choice> getSites() {
        return context.sites().all().stream().filter(s -> context.identity().isPermitted(EformPermissions.DESIGN + ":"
                + s.key())).map(s -> new Choice(s.key(), s.name(lang()))).toList();
    }

    /** The catalog's procedures, those the site's own agency handles first. */
    public List<Choice> getProcedures() {
        if (!permitted()) {
            return List.of();
        }
        String agency = context.sites().find(siteKey).map(Site::agencyCode).orElse(null);
        List<CatalogEntry> all = new ArrayList<>(context.catalogs().search("procedures", "", null, EformPlugin.today(),
                0, MAX_PROCEDURES));
        all.sort(Comparator.comparing((CatalogEntry e) -> agency == null || !agency.equals(e.attributes().get("agency")))
                .thenComparing(CatalogEntry::code));
        return all.stream().map(e -> new Choice(e.code(), e.code() + " — " + CatalogPrefill.name(e, "en".equals(lang()))))
                .toList();
    }

    /** "New form" or one of the site's forms of the chosen procedure (its next version). */
    public List<Choice> getTargets() {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice("", t("newFile")));
        if (permitted() && procedure != null) {
            services.files().ofSite(siteKey).stream().filter(f -> f.procedureCode.equals(procedure))
                    .forEach(f -> out.add(new Choice(f.id, f.title(lang()) + " (" + f.fileKey + ", v" + f.currentVersion
                            + ")")));
        }
        return out;
    }

    public boolean isNewFile() {
        return target == null || target.isEmpty();
    }

    /** Holds the chosen file; its type is checked at once so a wrong file is refused before anything is typed. */
    public void upload(FileUploadEvent event) {
        errors.remove("file");
        byte[] bytes = event.getFile().getContent();
        if (DownloadTypes.detect(bytes).isEmpty()) {
            held = null;
            heldName = null;
            errors.put("file", Texts.of(lang()).get("files.error.type"));
            return;
        }
        held = bytes;
        heldName = event.getFile().getFileName();
    }

    public void save() {
        FacesContext fc = FacesContext.getCurrentInstance();
        errors.clear();
        if (!permitted()) {
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, EformPermissions.DESIGN + ":" + siteKey, null));
            return;
        }
        Optional<FormFile> existing = isNewFile() ? Optional.empty() : services.files().ofSite(siteKey).stream()
                .filter(f -> f.id.equals(target)).findFirst();
        try {
            PortalUser user = context.identity().currentUser().orElseThrow();
            FormFiles.Stored s = services.files().upload(context.sites().find(siteKey).orElseThrow(), new FormFiles.Upload(
                    existing.map(f -> f.procedureCode).orElse(procedure), existing.map(f -> f.fileKey).orElse(key),
                    titleVi, titleEn, heldName, held), user.username(), lang());
            fc.addMessage(null, new FacesMessage(Texts.of(lang()).get("files.admin.uploaded", s.version().version,
                    s.file().title(lang()))));
            held = null;
            heldName = null;
            titleVi = null;
            titleEn = null;
            key = null;
            target = "";
            opened = s.file().id;
        } catch (ApiProblem e) {
            fc.validationFailed();
            errors.putAll(e.fieldErrors());
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    /** The site's forms with their current version. */
    public List<DownloadRow> getFiles() {
        if (!permitted()) {
            return List.of();
        }
        List<DownloadRow> rows = new ArrayList<>();
        for (FormFile f : services.files().ofSite(siteKey)) {
            services.files().current(f).ifPresent(v -> rows.add(new DownloadRow(f.id, procedureName(f.procedureCode),
                    f.title(lang()), f.fileKey, v.version, details(v), FormFiles.url(siteKey, f.procedureCode, f.fileKey),
                    true)));
        }
        return rows;
    }

    public void open(String fileId) {
        opened = fileId;
    }

    public void close() {
        opened = null;
    }

    private Optional<FormFile> openedFile() {
        return opened == null || !permitted() ? Optional.empty() : services.files().ofSite(siteKey).stream()
                .filter(f -> f.id.equals(opened)).findFirst();
    }

    public boolean isOpen() {
        return openedFile().isPresent();
    }

    public String getOpenedTitle() {
        return openedFile().map(f -> f.title(lang()) + " · " + procedureName(f.procedureCode)).orElse("");
    }

    /** Every version of the opened form, newest first, each at its staff address. */
    public List<DownloadRow> getVersions() {
        return openedFile().map(f -> services.files().versions(f.id).stream().map(v -> new DownloadRow(v.id,
                f.procedureCode, v.fileName, f.fileKey, v.version, details(v) + " · " + v.uploadedBy,
                "/api/v1/eform/files/" + Links.q(f.procedureCode) + "/" + Links.q(f.fileKey) + "/versions/" + v.version
                        + "?site=" + Links.q(siteKey), v.version == f.currentVersion)).toList()).orElse(List.of());
    }

    private String details(FormFileVersion v) {
        return Uploads.shortName(v.contentType) + ", " + AnswersHtml.kb(v.sizeBytes) + " · " + DossierPages.when(v.uploadedAt);
    }

    public void changeSite() {
        procedure = null;
        target = "";
        opened = null;
        errors.clear();
    }

    public void changeProcedure() {
        target = "";
    }

    private String procedureName(String code) {
        return context.catalogs().find("procedures", code, EformPlugin.today())
                .map(e -> CatalogPrefill.name(e, "en".equals(lang()))).orElse(code);
    }

    String lang() {
        return AdminWords.lang();
    }

    String t(String k) {
        return Texts.of(lang()).get("files.admin." + k);
    }

    /** The page's words: {@code #{model.t['upload']}}. */
    public Map<String, String> getT() {
        return AdminWords.map(this::t);
    }

    /** Problems by field ({@code procedure}, {@code titleVi}, {@code key}, {@code file}); empty when none. */
    public Map<String, String> getErrors() {
        return errors;
    }

    public String getHeldName() {
        return heldName;
    }

    public String getSiteKey() {
        return siteKey;
    }

    public void setSiteKey(String siteKey) {
        this.siteKey = siteKey;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target == null ? "" : target;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public void setTitleVi(String titleVi) {
        this.titleVi = titleVi;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
