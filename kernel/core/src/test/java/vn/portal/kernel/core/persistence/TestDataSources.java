package vn.portal.kernel.core.persistence;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import vn.portal.kernel.testkit.TestDatabases;

/** Migrated kernel schemas on H2 and on PostgreSQL for tests of the kernel's JDBC stores. */
public final class TestDataSources {

    private TestDataSources() {
    }

    public static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return migrated(h2);
    }

    public static DataSource postgres(TestDatabases.Postgres db) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(db.url());
        pg.setUser(db.user());
        pg.setPassword(db.password());
        return migrated(pg);
    }

    private static DataSource migrated(DataSource ds) {
        Migrations.migrate(ds, "kernel", List.of("db/kernel"), TestDataSources.class.getClassLoader());
        return ds;
    }
}
