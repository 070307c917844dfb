package vn.portal.kernel.core.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.TreeNode;
import vn.portal.kernel.core.site.MenuItem;
import vn.portal.kernel.core.site.MenuValidator;

class MenuTreeTest {

    static MenuTree tree() {
        List<MenuNode> required = MenuValidator.REQUIRED.stream().map(k -> new MenuNode(k, k, k, "/" + k, false)).toList();
        return new MenuTree(required, List.of(
                MenuItem.own("Tin tức", "News", "/tin-tuc", List.of(MenuItem.own("Thông báo", null, "/thong-bao", null))),
                MenuItem.own("Văn bản", null, "/van-ban", null),
                MenuItem.own("Cổng Dịch vụ công quốc gia", null, "https://dichvucong.gov.vn", null)), false);
    }

    static TreeNode<MenuNode> at(MenuTree t, int... path) {
        TreeNode<MenuNode> n = t.root();
        for (int i : path) {
            n = n.getChildren().get(i);
        }
        return n;
    }

    static List<String> labels(MenuTree t) {
        return t.toItems().stream().map(e -> e.requiredEntry() ? e.key()
                : e.labelVi() + e.children().stream().map(MenuItem::labelVi).toList()).toList();
    }

    @Test
    void theRequiredEntriesAreLockedAndOwnEntriesStayAfterThem() {
        MenuTree t = tree();
        assertEquals("required", at(t, 0).getType());
        assertEquals("section", at(t, 4).getType());
        assertEquals("external", at(t, 6).getType());
        for (int i = 0; i < 4; i++) {
            TreeNode<MenuNode> r = at(t, i);
            assertFalse(t.canMoveUp(r) || t.canMoveDown(r) || t.canIndent(r) || t.canAddChild(r) || MenuTree.own(r));
        }
        assertFalse(t.canMoveUp(at(t, 4)), "the first own entry cannot go above the required ones");
        assertFalse(t.canMoveDown(at(t, 6)));
        assertFalse(t.canIndent(at(t, 4)), "nothing own above it");
        assertTrue(t.canIndent(at(t, 5)), "an entry without entries goes into the one above");
        assertEquals(Map.of(), MenuValidator.validate(t.toItems()), "the tree is always a valid menu");
    }

    @Test
    void entriesMoveIndentAndOutdentWithinTwoLevels() {
        MenuTree t = tree();
        TreeNode<MenuNode> docs = at(t, 5);
        t.moveUp(docs);
        assertEquals(List.of("home", "introduction", "services", "sitemap", "Văn bản[]", "Tin tức[Thông báo]",
                "Cổng Dịch vụ công quốc gia[]"), labels(t));
        t.moveDown(docs);
        TreeNode<MenuNode> portal = at(t, 6);
        assertTrue(t.canIndent(portal));
        t.indent(portal);
        assertEquals("Văn bản[Cổng Dịch vụ công quốc gia]", labels(t).get(5));
        assertEquals("section", docs.getType());
        assertFalse(t.canIndent(at(t, 4)) || t.canAddChild(portal), "a sub-entry has no sub-entries");
        assertTrue(t.canOutdent(portal));
        t.outdent(portal);
        assertEquals(List.of("home", "introduction", "services", "sitemap", "Tin tức[Thông báo]", "Văn bản[]",
                "Cổng Dịch vụ công quốc gia[]"), labels(t));
        TreeNode<MenuNode> news = at(t, 4);
        assertFalse(t.canIndent(news), "a section does not go into another entry");
        t.delete(news);
        assertEquals(2, t.ownCount(), "a section goes with its entries");
        t.add(null, new MenuNode(null, "Hỏi đáp", null, "/hoi-dap", false));
        t.add(at(t, 4), new MenuNode(null, "Dự thảo", null, "/du-thao", false));
        assertEquals(List.of("home", "introduction", "services", "sitemap", "Văn bản[Dự thảo]",
                "Cổng Dịch vụ công quốc gia[]", "Hỏi đáp[]"), labels(t));
        assertEquals(Map.of(), MenuValidator.validate(t.toItems()));
    }

    @Test
    void dropsFollowTheSameRules() {
        MenuTree t = tree();
        TreeNode<MenuNode> root = t.root();
        TreeNode<MenuNode> docs = at(t, 5);
        assertFalse(t.dropAllowed(at(t, 0), root, 6), "a required entry does not move");
        assertFalse(t.dropAllowed(docs, root, 0), "nothing before Home");
        assertFalse(t.dropAllowed(docs, root, 3), "nor among the required entries");
        assertTrue(t.dropAllowed(docs, root, 4), "right after the site map");
        assertTrue(t.dropAllowed(docs, null, 7));
        assertFalse(t.dropAllowed(docs, at(t, 1), 0), "not into a required entry");
        assertTrue(t.dropAllowed(docs, at(t, 4), 1), "into a section");
        assertFalse(t.dropAllowed(docs, at(t, 4, 0), 0), "not three levels deep");
        assertFalse(t.dropAllowed(at(t, 4), at(t, 6), 0), "a section does not go into another entry");
        assertFalse(t.dropAllowed(docs, docs, 0));
    }
}
