package vn.portal.kernel.core.persistence;

import java.util.Map;

/**
 * The databases the portal runs on, chosen by JDBC URL. Migrations are written
 * once with placeholders for the few types that differ ({@code ${ts}},
 * {@code ${text}}, {@code ${bool}}); vendor folders are for the rest.
 */
public enum DatabaseVendor {
    H2("h2", "org.h2.Driver", "TIMESTAMP", "CLOB", "BOOLEAN"),
    POSTGRESQL("postgresql", "org.postgresql.Driver", "TIMESTAMP", "TEXT", "BOOLEAN"),
    // DATETIME(6): MariaDB's TIMESTAMP ends in 2038 and updates itself on write.
    MARIADB("mariadb", "org.mariadb.jdbc.Driver", "DATETIME(6)", "LONGTEXT", "BOOLEAN");

    private final String folder;
    private final String driverClass;
    private final String timestampType;
    private final String textType;
    private final String booleanType;

    DatabaseVendor(String folder, String driverClass, String ts, String text, String bool) {
        this.folder = folder;
        this.driverClass = driverClass;
        this.timestampType = ts;
        this.textType = text;
        this.booleanType = bool;
    }

    public static DatabaseVendor fromUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (jdbcUrl.startsWith("jdbc:mariadb:") || jdbcUrl.startsWith("jdbc:mysql:")) {
            return MARIADB;
        }
        throw new IllegalStateException("Unsupported database URL '" + jdbcUrl
                + "': use jdbc:h2:, jdbc:postgresql: or jdbc:mariadb:");
    }

    /** Folder name substituted for {vendor} in migration locations. */
    public String folder() {
        return folder;
    }

    public String driverClass() {
        return driverClass;
    }

    public Map<String, String> migrationPlaceholders() {
        return Map.of("ts", timestampType, "text", textType, "bool", booleanType);
    }
}
