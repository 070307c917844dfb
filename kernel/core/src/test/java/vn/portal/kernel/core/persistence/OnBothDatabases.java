package vn.portal.kernel.core.persistence;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import vn.portal.kernel.testkit.TestDatabases;

/**
 * Base of tests that run once on the embedded H2 and once on the real PostgreSQL
 * (a database of their own, dropped afterwards; no PostgreSQL is a failure).
 * Parameterise the tests with {@code @ValueSource(strings = {"h2", "postgresql"})}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OnBothDatabases {

    protected TestDatabases.Postgres postgres;

    @BeforeAll
    void createPostgres() throws Exception {
        postgres = TestDatabases.createPostgres();
    }

    @AfterAll
    void dropPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    /** A fresh database of the vendor with the kernel's schema migrated. */
    protected DataSource migrated(String vendor) {
        return vendor.equals("h2") ? TestDataSources.h2() : TestDataSources.postgres(postgres);
    }
}
