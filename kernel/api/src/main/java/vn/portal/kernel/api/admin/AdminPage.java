package vn.portal.kernel.api.admin;

import org.pf4j.ExtensionPoint;

/**
 * A page of the admin shell. The menu is built from all declared pages the user is
 * permitted to see, grouped by category.
 */
public interface AdminPage extends ExtensionPoint {

    /** Unique within the plugin; the page answers at {@code /admin/p/<pluginId>/<id>}. */
    String id();

    /** Vietnamese label; {@link #labelEn()} for English. */
    String label();

    default String labelEn() {
        return label();
    }

    /** Menu group: content, services, system, … */
    String category();

    /** Permission needed to see the page, e.g. {@code example:manage}. */
    String permission();

    /** Classpath resource of the Facelets view inside the plugin jar. */
    String view();
}
