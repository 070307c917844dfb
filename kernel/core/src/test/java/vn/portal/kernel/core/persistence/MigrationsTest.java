package vn.portal.kernel.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Kernel and plugin migrations on the embedded H2 and on the real PostgreSQL:
 * kernel first, each owner with its own history table, vendor types through
 * placeholders, and a second run that changes nothing.
 */
class MigrationsTest extends OnBothDatabases {

    DataSource dataSource(String vendor) {
        if (vendor.equals("h2")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            return h2;
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(postgres.url());
        pg.setUser(postgres.user());
        pg.setPassword(postgres.password());
        return pg;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void kernelThenPluginMigrateWithSeparateHistories(String vendor) throws Exception {
        DataSource ds = dataSource(vendor);
        ClassLoader cl = getClass().getClassLoader();
        assertEquals(vendor, Migrations.vendorOf(ds).folder());

        assertEquals(6, Migrations.migrate(ds, "kernel", List.of("db/kernel"), cl).migrationsExecuted,
                "V1 kernel, V2 identity, V3 external identity, V4 catalog, V5 catalog changes, V6 site menus");
        assertEquals(1, Migrations.migrate(ds, "testplugin", List.of("db/testplugin"), cl).migrationsExecuted);
        assertEquals(0, Migrations.migrate(ds, "kernel", List.of("db/kernel"), cl).migrationsExecuted);
        assertEquals(0, Migrations.migrate(ds, "testplugin", List.of("db/testplugin"), cl).migrationsExecuted);

        try (Connection c = ds.getConnection()) {
            assertEquals(1, count(c, "SELECT COUNT(*) FROM \"testplugin_schema_history\" WHERE \"version\" = '1'"));
            assertEquals(1, count(c, "SELECT COUNT(*) FROM \"kernel_schema_history\" WHERE \"version\" = '1'"));
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO testplugin_thing (id, title, body, done, at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, "1");
                ps.setString(2, "Quyết định số 12/QĐ-UBND");
                ps.setString(3, "Nội dung dài ".repeat(2000));
                ps.setBoolean(4, true);
                ps.setTimestamp(5, Timestamp.from(Instant.parse("2040-01-01T00:00:00Z")));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT title, done, at FROM testplugin_thing");
                    ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("Quyết định số 12/QĐ-UBND", rs.getString(1));
                assertTrue(rs.getBoolean(2));
                assertEquals(Instant.parse("2040-01-01T00:00:00Z"), rs.getTimestamp(3).toInstant());
            }
            // the kernel's outbox tables are there for plugins' events
            assertEquals(0, count(c, "SELECT COUNT(*) FROM kernel_event_delivery"));
            // built-in roles come with the identity migration, the catalog editor with the catalog changes
            assertEquals(5, count(c, "SELECT COUNT(*) FROM kernel_role WHERE builtin = TRUE"));
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
