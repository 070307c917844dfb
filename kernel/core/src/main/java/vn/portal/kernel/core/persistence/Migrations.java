package vn.portal.kernel.core.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs Flyway for the kernel or one plugin. Each owner has its own history table
 * ({@code <owner>_schema_history}); the kernel runs first. Schema changes happen
 * only here: no persistence unit ever generates DDL.
 */
public final class Migrations {

    private Migrations() {
    }

    public static MigrateResult migrate(DataSource dataSource, String owner, List<String> locations,
            ClassLoader classLoader) {
        DatabaseVendor vendor = vendorOf(dataSource);
        String[] resolved = locations.stream()
                .map(l -> l.replace("{vendor}", vendor.folder()))
                .map(l -> l.contains(":") ? l : "classpath:" + l)
                .toArray(String[]::new);
        Flyway flyway = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(resolved)
                .table(owner + "_schema_history")
                .placeholders(vendor.migrationPlaceholders())
                // the schema is shared: other owners' tables are there already, so an
                // owner's first run baselines at version 0 and then applies V1 onwards
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load();
        return flyway.migrate();
    }

    public static DatabaseVendor vendorOf(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return DatabaseVendor.fromUrl(c.getMetaData().getURL());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the database: " + e.getMessage(), e);
        }
    }
}
