package vn.portal.kernel.api.admin;

import org.pf4j.ExtensionPoint;

/**
 * A page of the admin shell. The menu is built from all declared pages the user is
 * permitted to see, grouped by category.
 */
public interface AdminPage extends ExtensionPoint {

    /** Unique within the plugin; the page answers at {@code /admin/plugin.xhtml?plugin=<pluginId>&page=<id>}. */
    String id();

    /** Vietnamese label; {@link #labelEn()} for English. */
    String label();

    default String labelEn() {
        return label();
    }

    /** Menu group: content, services, system, … */
    String category();

    /**
     * Permission needed to see the page, e.g. {@code example:manage}. {@code {site}} stands for
     * any one site: {@code content:create:{site}} admits whoever may create content on at least
     * one site. Alternatives are separated by {@code |}:
     * {@code content:create:{site} | content:publish:{site}}. The page still checks, site by
     * site, what the user may do there.
     */
    String permission();

    /** Classpath resource of the Facelets view inside the plugin jar. */
    String view();

    /**
     * The state behind the view, or null for a page without any. The kernel calls this once
     * per view (one visit of the page, kept across its Ajax requests), only for a user the
     * {@link #permission()} admits, with the plugin's class loader as the thread's context
     * class loader. The view reaches it as {@code #{pluginPage.model}} (or {@code #{model}}):
     * a plain object of the plugin with getters, setters and action methods, read by
     * reflection — not a record, which EL cannot read. The kernel keeps it in memory only:
     * it is never serialised, and a reloaded plugin gets a fresh one.
     *
     * <p>It runs with the signed-in user as the current user of the plugin's
     * {@code Identity}, and must check permissions itself in every action, as a REST
     * resource does.
     */
    default Object newModel() {
        return null;
    }
}
