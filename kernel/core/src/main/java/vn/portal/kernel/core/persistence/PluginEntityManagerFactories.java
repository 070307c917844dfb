package vn.portal.kernel.core.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import vn.portal.kernel.api.plugin.PluginIds;

/** Builds and checks the EntityManagerFactory of one plugin. */
public final class PluginEntityManagerFactories {

    private PluginEntityManagerFactories() {
    }

    /**
     * @throws IllegalStateException when an entity maps to a table without the plugin's prefix
     */
    public static EntityManagerFactory create(String pluginId, java.net.URL pluginLocation, ClassLoader classLoader,
            List<Class<?>> entities, DataSource jtaDataSource) {
        Properties p = new Properties();
        p.setProperty("eclipselink.target-server", "Glassfish");
        p.setProperty("eclipselink.ddl-generation", "none");
        p.setProperty("eclipselink.weaving", "false");
        // EclipseLink caches sessions by name: a unique name per plugin load avoids
        // "not a known entity type" after unload and reload (STACK.md trap 5).
        p.setProperty("eclipselink.session-name", "portal-plugin-" + pluginId + "-" + System.nanoTime());
        // No shared (second-level) cache: it would be stale on every other node of a cluster, and
        // even on this node after-commit work (outbox listeners, page-cache drops) may run before
        // EclipseLink merges the commit into it, so a listener would read the old row (ADR 0008).
        // Anonymous traffic is served by the page cache instead.
        p.setProperty("eclipselink.cache.shared.default", "false");
        p.setProperty("eclipselink.logging.level", "WARNING");
        p.setProperty("eclipselink.logging.logger", "JavaLogger");
        List<String> names = entities.stream().map(Class::getName).toList();
        PluginPersistenceUnitInfo info = new PluginPersistenceUnitInfo("plugin-" + pluginId, pluginLocation, classLoader, names,
                jtaDataSource, p);
        EntityManagerFactory emf = new PersistenceProvider().createContainerEntityManagerFactory(info, p);
        try {
            checkTablePrefix(pluginId, emf);
        } catch (RuntimeException e) {
            emf.close();
            throw e;
        }
        return emf;
    }

    static void checkTablePrefix(String pluginId, EntityManagerFactory emf) {
        String prefix = PluginIds.tablePrefix(pluginId);
        List<String> wrong = new ArrayList<>();
        var session = emf.unwrap(JpaEntityManagerFactory.class).getServerSession();
        for (EntityType<?> type : emf.getMetamodel().getEntities()) {
            ClassDescriptor d = session.getDescriptor(type.getJavaType());
            for (DatabaseTable t : d.getTables()) {
                if (!t.getName().toLowerCase(java.util.Locale.ROOT).startsWith(prefix)) {
                    wrong.add(type.getJavaType().getSimpleName() + " -> " + t.getName());
                }
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("Plugin '" + pluginId + "': every table must start with '" + prefix
                    + "'; these do not: " + wrong);
        }
    }
}
