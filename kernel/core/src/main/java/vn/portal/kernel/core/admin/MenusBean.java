package vn.portal.kernel.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.primefaces.component.tree.TreeDragDropInfo;
import org.primefaces.event.TreeDragDropEvent;
import org.primefaces.model.TreeNode;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.core.common.PortalException;
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
    private MenuTree tree;
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
        boolean en = locale.isEnglish();
        List<MenuNode> required = MenuValidator.REQUIRED.stream().map(key -> new MenuNode(key,
                themes.text(s.theme(), "vi", "menu", key), themes.text(s.theme(), "en", "menu", key),
                PageModel.builtInPath("vi", key), en)).toList();
        tree = new MenuTree(required, menus.own(site), en);
        selected = null;
        dirty = false;
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
        return MenuTree.own(selected) && canEdit();
    }

    public boolean isCanEditSelected() {
        return ownSelected();
    }

    public boolean isCanAddChild() {
        return canEdit() && tree.canAddChild(selected);
    }

    public boolean isCanMoveUp() {
        return canEdit() && tree.canMoveUp(selected);
    }

    public boolean isCanMoveDown() {
        return canEdit() && tree.canMoveDown(selected);
    }

    public boolean isCanIndent() {
        return canEdit() && tree.canIndent(selected);
    }

    public boolean isCanOutdent() {
        return canEdit() && tree.canOutdent(selected);
    }

    public void moveUp() {
        if (!AdminAccess.deny(isCanMoveUp(), FORM)) {
            tree.moveUp(selected);
            changed(selected);
        }
    }

    public void moveDown() {
        if (!AdminAccess.deny(isCanMoveDown(), FORM)) {
            tree.moveDown(selected);
            changed(selected);
        }
    }

    public void indent() {
        if (!AdminAccess.deny(isCanIndent(), FORM)) {
            tree.indent(selected);
            changed(selected);
        }
    }

    public void outdent() {
        if (!AdminAccess.deny(isCanOutdent(), FORM)) {
            tree.outdent(selected);
            changed(selected);
        }
    }

    private void changed(TreeNode<MenuNode> node) {
        select(node);
        dirty = true;
    }

    public void delete() {
        if (!AdminAccess.deny(ownSelected(), FORM)) {
            String label = selected.getData().getLabel();
            tree.delete(selected);
            select(null);
            dirty = true;
            AdminMessages.info("menus.deleted", label);
        }
    }

    /** The question before deleting: a section goes with its entries. */
    public String getDeleteQuestion() {
        if (!MenuTree.own(selected)) {
            return "";
        }
        return AdminMessages.text(selected.getChildCount() > 0 ? "menus.delete.section" : "menus.delete.entry",
                selected.getData().getLabel(), selected.getChildCount());
    }

    // ---- drag and drop ------------------------------------------------------------------------

    /** Asked before a dropped node moves (the tree's onDrop): the menu's rules, see {@link MenuTree#dropAllowed}. */
    @SuppressWarnings("unchecked")
    public boolean onDrop(TreeDragDropInfo info) {
        boolean ok = canEdit() && tree.dropAllowed(info.getDragNode(), info.getDropNode(), info.getDropIndex());
        if (!ok) {
            AdminMessages.error(null, "menus.error.drop");
        }
        return ok;
    }

    /** After the tree has moved the node in the model. */
    @SuppressWarnings("unchecked")
    public void onDragDrop(TreeDragDropEvent event) {
        tree.retype();
        changed(event.getDragNode());
    }

    // ---- the entry dialog ---------------------------------------------------------------------

    public void add() {
        openDialog(tree.root(), null);
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
        if (addUnder != null && tree.ownCount() >= MenuValidator.MAX_ENTRIES) {
            FacesContext.getCurrentInstance().validationFailed();
            AdminMessages.error(ENTRY_FORM, "menus.error.count", MenuValidator.MAX_ENTRIES);
            return;
        }
        if (!problems.isEmpty()) {
            FacesContext.getCurrentInstance().validationFailed();
            problems.forEach((field, code) -> AdminMessages.error(ENTRY_FORM + ":" + field, "menus.error." + code));
            return;
        }
        if (addUnder == null) {
            selected.getData().set(vi, en, t);
            tree.retype();
            changed(selected);
        } else {
            changed(tree.add(addUnder == tree.root() ? null : addUnder, new MenuNode(null, vi, en, t, locale.isEnglish())));
        }
    }

    // ---- saving -------------------------------------------------------------------------------

    public void save() {
        if (AdminAccess.deny(canEdit(), FORM)) {
            return;
        }
        try {
            menus.replace(site, tree.toItems());
            load();
            String name = sites.find(site).map(s -> s.name(locale.getLanguage())).orElse(site);
            AdminMessages.info("menus.saved", name);
        } catch (PortalException e) {
            // the dialog and the tree keep to the rules, so this is the API's last word (site gone, …)
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
        return tree.root();
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
        return addUnder == tree.root() ? AdminMessages.text("menus.dialog.add")
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
