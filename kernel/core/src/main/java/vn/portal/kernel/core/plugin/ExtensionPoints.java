package vn.portal.kernel.core.plugin;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.portal.kernel.api.admin.AdminPage;
import vn.portal.kernel.api.catalog.CatalogDefinition;
import vn.portal.kernel.api.catalog.CatalogReferences;
import vn.portal.kernel.api.catalog.CatalogValidator;
import vn.portal.kernel.api.event.EventListener;
import vn.portal.kernel.api.persistence.EntityContribution;
import vn.portal.kernel.api.rest.RestResource;
import vn.portal.kernel.api.scheduler.ScheduledJob;
import vn.portal.kernel.api.security.PermissionContribution;
import vn.portal.kernel.api.web.PublicRoute;
import vn.portal.kernel.api.web.Widget;

/** The kernel's extension points, and the check that a declared extension really implements one. */
final class ExtensionPoints {

    static final List<Class<?>> KERNEL = List.of(EntityContribution.class, RestResource.class, AdminPage.class,
            PublicRoute.class, Widget.class, EventListener.class, ScheduledJob.class, PermissionContribution.class,
            CatalogDefinition.class, CatalogValidator.class, CatalogReferences.class,
            vn.portal.kernel.api.web.SitemapSource.class);

    private ExtensionPoints() {
    }

    /**
     * @return null when the class implements a kernel extension point (or one of another
     *         plugin's, which extends {@code org.pf4j.ExtensionPoint}); otherwise why not
     */
    static String problem(Class<?> extension) {
        if (KERNEL.stream().anyMatch(p -> p.isAssignableFrom(extension))) {
            return null;
        }
        for (Class<?> type : supertypes(extension)) {
            if (KERNEL.stream().anyMatch(p -> p.getName().equals(type.getName()))) {
                return extension.getName() + " implements " + type.getName()
                        + " loaded from the plugin's own jar, not the kernel's: the plugin bundles its own copy of"
                        + " portal-kernel-api. Declare portal-kernel-api and pf4j with <scope>provided</scope>.";
            }
        }
        if (org.pf4j.ExtensionPoint.class.isAssignableFrom(extension)) {
            return null;
        }
        return extension.getName() + " is declared as an extension but implements no extension point";
    }

    private static Set<Class<?>> supertypes(Class<?> c) {
        Set<Class<?>> out = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(c));
        while (!todo.isEmpty()) {
            Class<?> t = todo.pop();
            if (t != null && out.add(t)) {
                todo.push(t.getSuperclass() == null ? Object.class : t.getSuperclass());
                todo.addAll(List.of(t.getInterfaces()));
            }
        }
        return out;
    }
}
