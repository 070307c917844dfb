package vn.portal.kernel.core.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.portal.kernel.core.site.MenuItem;
import vn.portal.kernel.core.site.MenuValidator;

/**
 * The admin's working copy of a site's menu as a PrimeFaces tree, and the changes the menu's
 * rules allow: the required entries stay first and untouched, own entries move among the own
 * entries, and a section's entries have none of their own (two levels).
 */
final class MenuTree implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String REQUIRED = "required";

    private final TreeNode<MenuNode> root = new DefaultTreeNode<>(null, null);

    /** @param required the four required entries, in order */
    MenuTree(List<MenuNode> required, List<MenuItem> own, boolean english) {
        required.forEach(r -> new DefaultTreeNode<>(REQUIRED, r, root));
        for (MenuItem e : own) {
            TreeNode<MenuNode> node = new DefaultTreeNode<>("entry", MenuNode.of(e, english), root);
            e.children().forEach(c -> new DefaultTreeNode<>("entry", MenuNode.of(c, english), node));
        }
        retype();
    }

    TreeNode<MenuNode> root() {
        return root;
    }

    /** Node types pick the icon: locked, section (has entries), link out, or a page of the site. */
    void retype() {
        for (TreeNode<MenuNode> n : root.getChildren()) {
            if (!n.getData().isRequired()) {
                n.setType(n.getChildCount() > 0 ? "section" : n.getData().isExternal() ? "external" : "entry");
                n.setExpanded(true);
                n.getChildren().forEach(c -> c.setType(c.getData().isExternal() ? "external" : "entry"));
            }
        }
    }

    static boolean own(TreeNode<MenuNode> n) {
        return n != null && n.getData() != null && !n.getData().isRequired();
    }

    boolean topLevel(TreeNode<MenuNode> n) {
        return n.getParent() == root;
    }

    private static int index(TreeNode<MenuNode> n) {
        return n.getParent().getChildren().indexOf(n);
    }

    boolean canAddChild(TreeNode<MenuNode> n) {
        return own(n) && topLevel(n);
    }

    boolean canMoveUp(TreeNode<MenuNode> n) {
        return own(n) && index(n) > (topLevel(n) ? MenuValidator.REQUIRED.size() : 0);
    }

    boolean canMoveDown(TreeNode<MenuNode> n) {
        return own(n) && index(n) < n.getParent().getChildCount() - 1;
    }

    /** Becomes the last entry of the own entry above it: only an entry without entries of its own. */
    boolean canIndent(TreeNode<MenuNode> n) {
        return canMoveUp(n) && topLevel(n) && n.getChildCount() == 0;
    }

    boolean canOutdent(TreeNode<MenuNode> n) {
        return own(n) && !topLevel(n);
    }

    void moveUp(TreeNode<MenuNode> n) {
        move(n, n.getParent(), index(n) - 1);
    }

    void moveDown(TreeNode<MenuNode> n) {
        move(n, n.getParent(), index(n) + 1);
    }

    void indent(TreeNode<MenuNode> n) {
        TreeNode<MenuNode> above = root.getChildren().get(index(n) - 1);
        move(n, above, above.getChildCount());
    }

    /** Out of its section, right after it. */
    void outdent(TreeNode<MenuNode> n) {
        move(n, root, index(n.getParent()) + 1);
    }

    private void move(TreeNode<MenuNode> n, TreeNode<MenuNode> parent, int at) {
        n.getParent().getChildren().remove(n);
        parent.getChildren().add(Math.min(at, parent.getChildCount()), n);
        retype();
    }

    void delete(TreeNode<MenuNode> n) {
        n.getParent().getChildren().remove(n);
        retype();
    }

    /** Adds an entry at the end of the top level ({@code under} = null) or of a section. */
    TreeNode<MenuNode> add(TreeNode<MenuNode> under, MenuNode data) {
        TreeNode<MenuNode> parent = under == null ? root : under;
        TreeNode<MenuNode> node = new DefaultTreeNode<>("entry", data, parent);
        parent.setExpanded(true);
        retype();
        return node;
    }

    /**
     * Whether a dragged node may be dropped: never a required entry, nothing before or into the
     * required entries, and only an entry without entries into a section (two levels).
     *
     * @param drop  the new parent (null or the root for the top level)
     * @param index the position among the new parent's children
     */
    boolean dropAllowed(TreeNode<MenuNode> drag, TreeNode<MenuNode> drop, int index) {
        if (!own(drag)) {
            return false;
        }
        if (drop == null || drop == root || drop.getData() == null) {
            return index >= MenuValidator.REQUIRED.size();
        }
        return own(drop) && topLevel(drop) && drag.getChildCount() == 0 && drag != drop;
    }

    int ownCount() {
        int n = 0;
        for (TreeNode<MenuNode> top : root.getChildren()) {
            if (own(top)) {
                n += 1 + top.getChildCount();
            }
        }
        return n;
    }

    /** The whole menu, required entries first, as the REST API takes it. */
    List<MenuItem> toItems() {
        List<MenuItem> out = new ArrayList<>();
        for (TreeNode<MenuNode> top : root.getChildren()) {
            List<MenuItem> children = new ArrayList<>();
            top.getChildren().forEach(c -> children.add(c.getData().toItem(List.of())));
            out.add(top.getData().toItem(children));
        }
        return out;
    }
}
