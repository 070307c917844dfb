package vn.portal.kernel.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Throw-away databases for persistence tests: a fresh PostgreSQL database on the
 * local server (127.0.0.1:5432, user postgres, trust auth, or PORTAL_TEST_PG_*),
 * dropped afterwards. No PostgreSQL is a failure, not a skip: CI must test it.
 * The PostgreSQL JDBC driver must be on the test classpath.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** A created database: its JDBC URL and how to drop it. */
    public record Postgres(String name, String url, String user, String password) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            try (Connection c = DriverManager.getConnection(adminUrl(), user, password);
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    public static Postgres createPostgres() throws SQLException {
        String name = "portal_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String user = env("PORTAL_TEST_PG_USER", "postgres");
        String password = env("PORTAL_TEST_PG_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(adminUrl(), user, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new SQLException("PostgreSQL is needed for this test at " + adminUrl()
                    + " (start it, or set PORTAL_TEST_PG_URL/USER/PASSWORD): " + e.getMessage(), e);
        }
        return new Postgres(name, baseUrl() + name, user, password);
    }

    private static String adminUrl() {
        return baseUrl() + "postgres";
    }

    private static String baseUrl() {
        return env("PORTAL_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
