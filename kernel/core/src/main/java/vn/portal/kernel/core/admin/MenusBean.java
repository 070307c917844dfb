package vn.portal.kernel.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.component.tree.TreeDragDropInfo;
import org.primefaces.event.TreeDragDropEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.site.MenuItem;
import vn.portal.kernel.core.site.MenuValidator;
import vn.portal.kernel.core.site.SiteMenus;
import vn.portal.kernel.core.site.SiteService;
import vn.portal.kernel.core.web.PageModel;
import vn.portal.kernel.core.web.ThemeRenderer;

/**
 * A site's main menu as a tree: the four required entries (locked), then the site's own
 * entries, at most two levels. Changes are made on the tree (dialog, buttons, drag and drop)
 * and saved together through {@link SiteMenus}, with the REST API's permission
 * ({@code kernel:site-edit:<site>}) and rules.
 */
@Named
@ViewScoped
public class MenusBean extends GuardedPage {

    private static final long serialVersionUID = 1L;
    static final String FORM = "menuForm";
    static final String ENTRY_FORM = "entryForm";
    static final String REQUIRED = "required";

    @Inject
    SiteService sites;
    @Inject
    SiteMenus menus;
    @Inject
    AdminAccess access;
    @Inject
    LocaleBean locale;
    @Inject
    ThemeRenderer themes;

    private String site;
    private TreeNode<MenuNode> root;
    private TreeNode<MenuNode> selected;
    private boolean dirty;
    /** What the dialog is doing: null (editing the selection), or the node it adds under. */
    private TreeNode<MenuNode> addUnder;
    private String labelVi;
    private String labelEn;
    private String target;

    @PostConstruct
    void init() {
        allowed = access.isMenusAnywhere();
        if (!allowed) {
            return;
        }
        String wanted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("site");
        List<String> keys = getSiteChoices().stream().map(SiteRow::getKey).toList();
        site = wanted != null && keys.contains(wanted) ? wanted : keys.get(0);
        load();
    }

    /** Sites whose menu the user may change. */
    public List<SiteRow> getSiteChoices() {
        return sites.all().stream().filter(s -> access.onSite("site-edit", s.key()))
                .map(s -> new SiteRow(s, null, locale.isEnglish())).toList();
    }

    public boolean canEdit() {
        return site != null && access.onSite("site-edit", site);
    }

    /** Reads the stored menu into the tree, dropping unsaved changes. */
    private void load() {
        Site s = sites.find(site).orElseThrow();
        root = new DefaultTreeNode<>(null, null);
        boolean en = locale.isEnglish();
        for (String key : MenuValidator.REQUIRED) {
            new DefaultTreeNode<>(REQUIRED, new MenuNode(key, themes.text(s.theme(), "vi", "menu", key),
                    themes.text(s.theme(), "en", "menu", key), PageModel.builtInPath("vi", key), en), root);
        }
        for (MenuItem e : menus.own(site)) {
            TreeNode<MenuNode> node = new DefaultTreeNode<>("entry", MenuNode.of(e, en), root);
            node.setExpanded(true);
            e.children().forEach(c -> new DefaultTreeNode<>("entry", MenuNode.of(c, en), node));
        }
        retype();
        select(null);
        dirty = false;
    }

    /** Node types pick the icon: locked, section (has entries), link out, or a page of the site. */
    private void retype() {
        for (TreeNode<MenuNode> n : root.getChildren()) {
            if (!n.getData().isRequired()) {
                n.setType(n.getChildCount() > 0 ? "section" : n.getData().isExternal() ? "external" : "entry");
                n.setExpanded(true);
                n.getChildren().forEach(c -> c.setType(c.getData().isExternal() ? "external" : "entry"));
            }
        }
    }

    public void changeSite() {
        load();
    }

    public void revert() {
        load();
        AdminMessages.info("menus.reverted");
    }

    // ---- the selection and what can be done with it ---------------------------------------------

    private void select(TreeNode<MenuNode> node) {
        if (selected != null) {
            selected.setSelected(false);
        }
        selected = node;
        if (node != null) {
            node.setSelected(true);
        }
    }

    public void onSelect() {
        // the tree has set the selection; the toolbar is re-rendered with what it allows
    }

    private boolean ownSelected() {
        return selected != null && selected.getData() != null && !selected.getData().isRequired() && canEdit();
    }

    private boolean topLevel(TreeNode<MenuNode> n) {
        return n.getParent() == root;
    }

    private int index(TreeNode<MenuNode> n) {
        return n.getParent().getChildren().indexOf(n);
    }

    public boolean isCanEditSelected() {
        return ownSelected();
    }

    public boolean isCanAddChild() {
        return ownSelected() && topLevel(selected);
    }

    public boolean isCanMoveUp() {
        return ownSelected() && index(selected) > (topLevel(selected) ? MenuValidator.REQUIRED.size() : 0);
    }

    public boolean isCanMoveDown() {
        return ownSelected() && index(selected) < selected.getParent().getChildCount() - 1;
    }

    /** Becomes the last entry of the own entry above it: only an entry without entries of its own. */
    public boolean isCanIndent() {
        return isCanMoveUp() && topLevel(selected) && selected.getChildCount() == 0;
    }

    public boolean isCanOutdent() {
        return ownSelected() && !topLevel(selected);
    }

    public void moveUp() {
        if (!AdminAccess.deny(isCanMoveUp(), FORM)) {
            move(selected, selected.getParent(), index(selected) - 1);
        }
    }

    public void moveDown() {
        if (!AdminAccess.deny(isCanMoveDown(), FORM)) {
            move(selected, selected.getParent(), index(selected) + 1);
        }
    }

    public void indent() {
        if (!AdminAccess.deny(isCanIndent(), FORM)) {
            TreeNode<MenuNode> above = root.getChildren().get(index(selected) - 1);
            move(selected, above, above.getChildCount());
        }
    }

    public void outdent() {
        if (!AdminAccess.deny(isCanOutdent(), FORM)) {
            TreeNode<MenuNode> parent = selected.getParent();
            move(selected, root, index(parent) + 1);
        }
    }

    private void move(TreeNode<MenuNode> node, TreeNode<MenuNode> parent, int at) {
        node.getParent().getChildren().remove(node);
        parent.getChildren().add(Math.min(at, parent.getChildCount()), node);
        changed(node);
    }

    private void changed(TreeNode<MenuNode> node) {
        retype();
        select(node);
        dirty = true;
    }

    public void delete() {
        if (!AdminAccess.deny(ownSelected(), FORM)) {
            TreeNode<MenuNode> parent = selected.getParent();
            parent.getChildren().remove(selected);
            String label = selected.getData().getLabel();
            select(null);
            retype();
            dirty = true;
            AdminMessages.info("menus.deleted", label);
        }
    }

    /** The question before deleting: a section goes with its entries. */
    public String getDeleteQuestion() {
        if (selected == null || selected.getData() == null) {
            return "";
        }
        return AdminMessages.text(selected.getChildCount() > 0 ? "menus.delete.section" : "menus.delete.entry",
                selected.getData().getLabel(), selected.getChildCount());
    }

    // ---- drag and drop ------------------------------------------------------------------------

    /**
     * Asked before a dropped node moves: never a required entry, nothing before or into them,
     * and two levels at most (only an entry without entries goes into a section).
     */
    public boolean onDrop(TreeDragDropInfo info) {
        @SuppressWarnings("unchecked")
        TreeNode<MenuNode> drag = info.getDragNode();
        @SuppressWarnings("unchecked")
        TreeNode<MenuNode> drop = info.getDropNode();
        boolean ok = canEdit() && drag != null && drag.getData() != null && !drag.getData().isRequired();
        if (ok && (drop == null || drop == root || drop.getData() == null)) {
            ok = info.getDropIndex() >= MenuValidator.REQUIRED.size();
        } else if (ok) {
            ok = !drop.getData().isRequired() && topLevel(drop) && drag.getChildCount() == 0 && drag != drop;
        }
        if (!ok) {
            AdminMessages.error(null, "menus.error.drop");
        }
        return ok;
    }

    public void onDragDrop(TreeDragDropEvent event) {
        @SuppressWarnings("unchecked")
        TreeNode<MenuNode> moved = event.getDragNode();
        changed(moved);
    }

    // ---- the entry dialog ---------------------------------------------------------------------

    public void add() {
        openDialog(root, null);
    }

    public void addChild() {
        if (isCanAddChild()) {
            openDialog(selected, null);
        }
    }

    public void edit() {
        if (ownSelected()) {
            openDialog(null, selected.getData());
        }
    }

    private void openDialog(TreeNode<MenuNode> under, MenuNode from) {
        addUnder = under;
        labelVi = from == null ? null : from.getLabelVi();
        labelEn = from == null ? null : from.getLabelEn();
        target = from == null ? null : from.getTarget();
    }

    /** Checks the entry with the menu's rules (each problem at its field) and puts it in the tree. */
    public void saveEntry() {
        if (AdminAccess.deny(canEdit(), ENTRY_FORM)) {
            return;
        }
        String vi = MenuValidator.text(labelVi);
        String en = MenuValidator.text(labelEn);
        String t = MenuValidator.target(target);
        Map<String, String> problems = MenuValidator.entryProblems(vi, en, t);
        if (addUnder != null && ownCount() >= MenuValidator.MAX_ENTRIES) {
            AdminMessages.error(ENTRY_FORM, "menus.error.count", MenuValidator.MAX_ENTRIES);
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (!problems.isEmpty()) {
            FacesContext.getCurrentInstance().validationFailed();
            problems.forEach((field, code) -> AdminMessages.error(ENTRY_FORM + ":" + field, "menus.error." + code));
            return;
        }
        if (addUnder == null) {
            selected.getData().set(vi, en, t);
            changed(selected);
        } else {
            TreeNode<MenuNode> node = new DefaultTreeNode<>("entry", new MenuNode(null, vi, en, t, locale.isEnglish()),
                    addUnder);
            addUnder.setExpanded(true);
            changed(node);
        }
    }

    private int ownCount() {
        int n = 0;
        for (TreeNode<MenuNode> top : root.getChildren()) {
            if (!top.getData().isRequired()) {
                n += 1 + top.getChildCount();
            }
        }
        return n;
    }

    // ---- saving -------------------------------------------------------------------------------

    /** The whole tree, required entries first, as the REST API takes it. */
    List<MenuItem> toItems() {
        List<MenuItem> out = new ArrayList<>();
        for (TreeNode<MenuNode> top : root.getChildren()) {
            List<MenuItem> children = new ArrayList<>();
            top.getChildren().forEach(c -> children.add(c.getData().toItem(List.of())));
            out.add(top.getData().toItem(children));
        }
        return out;
    }

    public void save() {
        if (AdminAccess.deny(canEdit(), FORM)) {
            return;
        }
        try {
            menus.replace(site, toItems());
            load();
            String name = sites.find(site).map(s -> s.name(locale.getLanguage())).orElse(site);
            AdminMessages.info("menus.saved", name);
        } catch (PortalException e) {
            FacesContext.getCurrentInstance().validationFailed();
            e.fieldErrors().forEach((field, words) -> AdminMessages.errorText(FORM, field + ": " + words));
            if (e.fieldErrors().isEmpty()) {
                AdminMessages.errorText(FORM, e.getMessage());
            }
        } catch (RuntimeException e) {
            AdminMessages.unexpected(e, FORM);
        }
    }

    // ---- properties ---------------------------------------------------------------------------

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        if (getSiteChoices().stream().anyMatch(s -> s.getKey().equals(site))) {
            this.site = site;
        }
    }

    /** The site's public home page. */
    public String getSiteUrl() {
        return sites.url(site);
    }

    public TreeNode<MenuNode> getRoot() {
        return root;
    }

    public TreeNode<MenuNode> getSelected() {
        return selected;
    }

    public void setSelected(TreeNode<MenuNode> selected) {
        select(selected);
    }

    public boolean isDirty() {
        return dirty;
    }

    public boolean isAdding() {
        return addUnder != null;
    }

    /** The dialog's heading: new entry, new entry of a section, or the entry edited. */
    public String getDialogTitle() {
        if (addUnder == null) {
            return AdminMessages.text("menus.dialog.edit");
        }
        return addUnder == root ? AdminMessages.text("menus.dialog.add")
                : AdminMessages.text("menus.dialog.addChild", addUnder.getData().getLabel());
    }

    public String getLabelVi() {
        return labelVi;
    }

    public void setLabelVi(String labelVi) {
        this.labelVi = labelVi;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
