package vn.portal.kernel.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import org.primefaces.event.NodeExpandEvent;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.portal.kernel.api.catalog.CatalogDefinition;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.core.catalog.CatalogService;

/**
 * The shared catalogs page: which catalog, as of which day, the entries as a tree loaded a
 * level at a time (a province has thousands of communes), a search, and the chosen entry
 * with its versions and change log. Editing, importing and reassigning are beans of their own
 * that read the catalog and day from here.
 */
@Named
@ViewScoped
public class CatalogsBean extends GuardedPage {

    private static final long serialVersionUID = 1L;
    static final String FORM = "catalogForm";
    /** Children loaded per expand (and per "more…"): a level of thousands stays usable. */
    static final int CHILDREN_PAGE = 100;
    /** Top-level entries shown; a flat catalog of 100,000 procedures is searched, not browsed. */
    static final int ROOTS_SHOWN = 200;
    static final int SEARCH_PAGE = 20;
    static final List<String> SECTIONS = List.of("browse", "import", "replaced");

    @Inject
    CatalogService catalogs;
    @Inject
    AdminAccess access;
    @Inject
    LocaleBean locale;

    private String catalog;
    private LocalDate at = today();
    private String section = "browse";
    private boolean writer;

    private TreeNode<CatalogNode> root;
    private TreeNode<CatalogNode> selectedNode;

    private String query;
    private String searched;
    private int page;
    private boolean more;
    private List<CatalogEntryRow> results = List.of();

    private String selectedCode;
    private CatalogEntryRow selected;
    private List<CatalogEntryRow> versions = List.of();
    private List<CatalogChangeRow> changes = List.of();

    @PostConstruct
    void init() {
        // reading needs only a signed-in administrator (AdminFilter has made sure of that)
        allowed = access.user() != null;
        if (!allowed) {
            return;
        }
        writer = access.isCatalogWrite();
        // ?catalog=…&section=… make a view bookmarkable and linkable from elsewhere
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String wanted = params.get("catalog");
        var names = catalogs.definitions().keySet();
        catalog = wanted != null && names.contains(wanted) ? wanted : names.stream().findFirst().orElse(null);
        setSection(params.get("section"));
        buildTree();
    }

    static LocalDate today() {
        return LocalDate.now(AdminTime.ZONE);
    }

    // ---- catalog, day, section -----------------------------------------------------------------

    /** Another catalog: start over (tree, search, selection). */
    public void changeCatalog() {
        query = searched = null;
        results = List.of();
        selectedCode = null;
        selected = null;
        buildTree();
    }

    /** Another day: the same view of the catalog as it stood then. */
    public void changeDate() {
        if (at == null) {
            at = today();
        }
        buildTree();
        page = 0;
        loadResults();
        refreshDetails();
    }

    public List<SelectItem> getCatalogChoices() {
        return catalogs.definitions().values().stream()
                .map(d -> new SelectItem(d.name(), (locale.isEnglish() ? d.titleEn() : d.titleVi()) + " (" + d.name() + ")"))
                .toList();
    }

    Optional<CatalogDefinition> definition() {
        return Optional.ofNullable(catalog == null ? null : catalogs.definitions().get(catalog));
    }

    public String getCatalogTitle() {
        return definition().map(d -> locale.isEnglish() ? d.titleEn() : d.titleVi()).orElse(catalog);
    }

    public long getEntryCount() {
        return catalog == null ? 0 : catalogs.count(catalog);
    }

    /** The public REST export: a plain GET, no session needed. */
    public String exportUrl(String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/catalogs/"
                + catalog + "/export?format=" + format;
    }

    // ---- tree ----------------------------------------------------------------------------------

    private void buildTree() {
        root = new DefaultTreeNode<>(null, null);
        selectedNode = null;
        if (catalog == null) {
            return;
        }
        List<CatalogEntry> top = catalogs.roots(catalog, at, ROOTS_SHOWN + 1);
        addEntries(root, top.stream().limit(ROOTS_SHOWN).toList());
        if (top.size() > ROOTS_SHOWN) {
            new DefaultTreeNode<>(CatalogNode.CUT, CatalogNode.placeholder(), root);
        }
    }

    /** Entry nodes; one with children of its own gets a placeholder so that it can be expanded. */
    private void addEntries(TreeNode<CatalogNode> parent, List<CatalogEntry> entries) {
        for (CatalogEntry e : entries) {
            TreeNode<CatalogNode> n = new DefaultTreeNode<>(CatalogNode.ENTRY,
                    CatalogNode.entry(new CatalogEntryRow(e, locale.isEnglish())), parent);
            if (!catalogs.search(catalog, null, e.code(), at, 0, 1).isEmpty()) {
                new DefaultTreeNode<>(CatalogNode.LOADING, CatalogNode.placeholder(), n);
            }
        }
    }

    private void addChildren(TreeNode<CatalogNode> node, int offset) {
        List<CatalogEntry> children = catalogs.search(catalog, null, node.getData().getCode(), at, offset,
                CHILDREN_PAGE + 1);
        addEntries(node, children.stream().limit(CHILDREN_PAGE).toList());
        if (children.size() > CHILDREN_PAGE) {
            new DefaultTreeNode<>(CatalogNode.MORE, CatalogNode.more(offset + CHILDREN_PAGE), node);
        }
    }

    /** The first expand replaces the placeholder by the first page of children. */
    public void onExpand(NodeExpandEvent event) {
        @SuppressWarnings("unchecked")
        TreeNode<CatalogNode> node = event.getTreeNode();
        if (node.getChildCount() == 1 && CatalogNode.LOADING.equals(node.getChildren().get(0).getType())) {
            node.getChildren().clear();
            addChildren(node, 0);
        }
    }

    /** An entry shows its details; "more…" turns into the next page of its level. */
    public void onSelect(NodeSelectEvent event) {
        @SuppressWarnings("unchecked")
        TreeNode<CatalogNode> node = event.getTreeNode();
        if (CatalogNode.MORE.equals(node.getType())) {
            TreeNode<CatalogNode> parent = node.getParent();
            parent.getChildren().remove(node);
            addChildren(parent, node.getData().offset());
            selectedNode = null;
            // the select event updates only the details; this one changed the tree itself
            PrimeFaces.current().ajax().update("treeForm:tree");
        } else if (CatalogNode.ENTRY.equals(node.getType())) {
            show(node.getData().getCode());
        }
    }

    // ---- search --------------------------------------------------------------------------------

    public void search() {
        searched = query == null || query.isBlank() ? null : query.trim();
        page = 0;
        loadResults();
    }

    public void clearSearch() {
        query = searched = null;
        loadResults();
    }

    public void next() {
        if (more) {
            page++;
            loadResults();
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            loadResults();
        }
    }

    private void loadResults() {
        if (searched == null || catalog == null) {
            results = List.of();
            more = false;
            return;
        }
        // one more than a page tells whether there is a next page, without counting
        List<CatalogEntry> found = catalogs.search(catalog, searched, null, at, page * SEARCH_PAGE, SEARCH_PAGE + 1);
        more = found.size() > SEARCH_PAGE;
        results = found.stream().limit(SEARCH_PAGE).map(e -> new CatalogEntryRow(e, locale.isEnglish())).toList();
    }

    // ---- the chosen entry ----------------------------------------------------------------------

    public void show(String code) {
        selectedCode = code;
        refreshDetails();
    }

    /** After a save or an import: the tree, the results and the details may all have changed. */
    void refreshAll() {
        buildTree();
        loadResults();
        refreshDetails();
    }

    void refreshDetails() {
        if (selectedCode == null) {
            selected = null;
            return;
        }
        versions = catalogs.history(catalog, selectedCode).stream()
                .map(e -> new CatalogEntryRow(e, locale.isEnglish())).toList();
        // the version in force on the chosen day, else the latest one (an entry that has ended)
        selected = versions.stream().filter(v -> v.validOn(at)).findFirst()
                .orElse(versions.isEmpty() ? null : versions.get(versions.size() - 1));
        changes = catalogs.changes(catalog, selectedCode).stream().map(CatalogChangeRow::new).toList();
    }

    /** "code — name" of another entry of the catalog, as it stood on the chosen day (or last). */
    public String label(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Optional<CatalogEntry> e = catalogs.find(catalog, code, at);
        if (e.isEmpty()) {
            List<CatalogEntry> all = catalogs.history(catalog, code);
            e = all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        }
        return e.map(x -> new CatalogEntryRow(x, locale.isEnglish()).getLabel()).orElse(code);
    }

    public boolean isSelectedCurrent() {
        return selected != null && selected.validOn(at);
    }

    // ---- accessors -----------------------------------------------------------------------------

    public boolean isWriter() {
        return writer;
    }

    public String getCatalog() {
        return catalog;
    }

    public void setCatalog(String catalog) {
        if (catalogs.definitions().containsKey(catalog)) {
            this.catalog = catalog;
        }
    }

    public LocalDate getAt() {
        return at;
    }

    public void setAt(LocalDate at) {
        this.at = at;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section != null && SECTIONS.contains(section) ? section : "browse";
    }

    public List<String> getSections() {
        return SECTIONS;
    }

    public TreeNode<CatalogNode> getRoot() {
        return root;
    }

    public TreeNode<CatalogNode> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<CatalogNode> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public boolean isSearching() {
        return searched != null;
    }

    public String getSearched() {
        return searched;
    }

    public List<CatalogEntryRow> getResults() {
        return results;
    }

    public int getPageNumber() {
        return page + 1;
    }

    public boolean isFirstPage() {
        return page == 0;
    }

    public boolean isMore() {
        return more;
    }

    public CatalogEntryRow getSelected() {
        return selected;
    }

    public List<CatalogEntryRow> getVersions() {
        return versions;
    }

    public List<CatalogChangeRow> getChanges() {
        return changes;
    }

    /** The catalog's declared attribute names, suggested in the edit form. */
    List<String> suggestedAttributes() {
        return definition().map(CatalogDefinition::attributes).orElse(List.of());
    }
}
