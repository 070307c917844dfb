package vn.portal.kernel.api.persistence;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Declares a plugin's JPA entities and its Flyway migrations together. The kernel
 * migrates (history table {@code <pluginId>_schema_history}) and then builds one
 * EntityManagerFactory for the plugin on the shared JTA datasource. Every table
 * must start with {@code <pluginId>_}; the kernel refuses to start the plugin otherwise.
 */
public interface EntityContribution extends ExtensionPoint {

    List<Class<?>> entityClasses();

    /**
     * Classpath folder of the plugin's SQL migrations. {@code {vendor}} is replaced by
     * h2, postgresql or mariadb for vendor-specific folders.
     */
    List<String> migrationLocations();
}
