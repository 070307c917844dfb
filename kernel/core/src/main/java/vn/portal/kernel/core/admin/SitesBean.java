package vn.portal.kernel.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.site.SiteKind;
import vn.portal.kernel.api.site.SiteStatus;
import vn.portal.kernel.core.catalog.CatalogService;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.site.SiteService;

/** The site tree page: create, edit and archive sites through {@link SiteService}. */
@Named
@ViewScoped
public class SitesBean extends GuardedPage {

    private static final long serialVersionUID = 1L;
    static final String FORM = "siteForm";
    static final String ARCHIVE_FORM = "archiveForm";
    private static final int SUGGESTIONS = 15;

    @Inject
    SiteService sites;
    @Inject
    LocaleBean locale;
    @Inject
    AdminAccess access;
    @Inject
    CatalogService catalogs;

    private TreeNode<SiteRow> root;
    private SiteForm form = SiteForm.blank(null);
    private String archiveKey;
    private String archiveRedirect;
    /** "code — name" of the codes last offered by the pickers. */
    private final Map<String, String> offered = new HashMap<>();

    @PostConstruct
    void init() {
        allowed = access.isSitesAnywhere();
        if (allowed) {
            refresh();
        }
    }

    /** The same permissions as the REST API: create under a parent (or at the root), edit, archive a site. */
    public boolean canCreate() {
        return access.onSite("site-create", null) || sites.all().stream().anyMatch(s -> access.onSite("site-create", s.key()));
    }

    public boolean canEdit(String key) {
        return access.onSite("site-edit", key);
    }

    public boolean canArchive(String key) {
        return access.onSite("site-archive", key);
    }

    private void refresh() {
        List<Site> all = sites.all();
        Collator vi = Collator.getInstance(Locale.forLanguageTag("vi"));
        // departments before communes, then by Vietnamese name, as a province lists its bodies
        Comparator<Site> order = Comparator.comparing(Site::kind).thenComparing(Site::nameVi, vi);
        root = new DefaultTreeNode<>(null, null);
        all.stream().filter(s -> s.parentKey() == null || sites.find(s.parentKey()).isEmpty()).sorted(order)
                .forEach(s -> add(root, s, all, order));
    }

    private void add(TreeNode<SiteRow> parent, Site s, List<Site> all, Comparator<Site> order) {
        TreeNode<SiteRow> node = new DefaultTreeNode<>(new SiteRow(s, sites.url(s.key()), locale.isEnglish()), parent);
        node.setExpanded(true);
        all.stream().filter(c -> s.key().equals(c.parentKey())).sorted(order).forEach(c -> add(node, c, all, order));
    }

    public void create() {
        String parent = sites.snapshot().defaultSite().map(Site::key).orElse(null);
        if (!access.onSite("site-create", parent)) {
            // a site administrator creates below a site of theirs
            parent = sites.all().stream().map(Site::key).filter(k -> access.onSite("site-create", k)).findFirst().orElse(parent);
        }
        form = SiteForm.blank(parent);
    }

    public void edit(String key) {
        sites.find(key).ifPresent(s -> form = SiteForm.of(s));
    }

    public void save() {
        String parent = form.getParent() == null || form.getParent().isBlank() ? null : form.getParent();
        if (AdminAccess.deny(form.isCreating() ? access.onSite("site-create", parent) : canEdit(form.getOriginalKey()), FORM)) {
            return;
        }
        try {
            Site saved = form.isCreating() ? sites.create(form.toInput()) : sites.update(form.getOriginalKey(), form.toInput());
            AdminMessages.info(form.isCreating() ? "site.created" : "site.updated", saved.nameVi(), saved.key());
            refresh();
        } catch (PortalException e) {
            if (e.kind() == PortalException.Kind.CONFLICT && e.fieldErrors().isEmpty()) {
                // the only conflict on save is a key that exists already
                AdminMessages.failure(PortalException.invalid(e.getMessage(), Map.of("key", "already used")), FORM, "site");
            } else {
                AdminMessages.failure(e, FORM, "site");
            }
        } catch (RuntimeException e) {
            AdminMessages.unexpected(e, FORM);
        }
    }

    public void prepareArchive(String key) {
        archiveKey = key;
        archiveRedirect = sites.find(key).map(Site::parentKey).orElse(null);
    }

    public void archive() {
        if (AdminAccess.deny(canArchive(archiveKey), ARCHIVE_FORM)) {
            return;
        }
        try {
            String target = archiveRedirect == null || archiveRedirect.isBlank() ? null : archiveRedirect;
            Site s = sites.archive(archiveKey, target);
            AdminMessages.info("site.archived", s.nameVi(), s.key());
            refresh();
        } catch (PortalException e) {
            AdminMessages.failure(e, ARCHIVE_FORM, "archive");
        } catch (RuntimeException e) {
            AdminMessages.unexpected(e, ARCHIVE_FORM);
        }
    }

    // ---- agency and unit codes, picked from the catalogs -----------------------------------------

    public List<String> completeAgency(String query) {
        return complete("agencies", query);
    }

    public List<String> completeUnit(String query) {
        return complete("admin-units", query);
    }

    /** Current entries whose code or name (with or without diacritics) contains the query. */
    private List<String> complete(String catalog, String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<CatalogEntry> found = catalogs.search(catalog, query, null, CatalogsBean.today(), 0, SUGGESTIONS);
        offered.clear();
        found.forEach(e -> offered.put(e.code(), new CatalogEntryRow(e, locale.isEnglish()).getLabel()));
        return found.stream().map(CatalogEntry::code).toList();
    }

    /** How a picker lists a code: "H99.01 — Sở Nội vụ". */
    public String codeLabel(String code) {
        return offered.getOrDefault(code, code);
    }

    public TreeNode<SiteRow> getRoot() {
        return root;
    }

    public SiteForm getForm() {
        return form;
    }

    public List<String> getSettingFields() {
        return SiteForm.SETTING_FIELDS;
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(SiteKind.values()).map(Enum::name).toList();
    }

    /** Sites that may be the parent of the edited one: any but itself. */
    public List<SiteRow> getParentChoices() {
        return sites.all().stream().filter(s -> !s.key().equals(form.getOriginalKey()))
                .map(s -> new SiteRow(s, null, locale.isEnglish())).toList();
    }

    /** Active sites other than the one being archived. */
    public List<SiteRow> getRedirectChoices() {
        return sites.all().stream().filter(s -> s.status() == SiteStatus.ACTIVE && !s.key().equals(archiveKey))
                .map(s -> new SiteRow(s, null, locale.isEnglish())).toList();
    }

    public String getArchiveName() {
        return archiveKey == null ? "" : sites.find(archiveKey).map(s -> s.name(locale.getLanguage())).orElse(archiveKey);
    }

    public String getArchiveKey() {
        return archiveKey;
    }

    public String getArchiveRedirect() {
        return archiveRedirect;
    }

    public void setArchiveRedirect(String archiveRedirect) {
        this.archiveRedirect = archiveRedirect;
    }
}
