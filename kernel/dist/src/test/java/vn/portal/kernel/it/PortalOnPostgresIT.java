package vn.portal.kernel.it;

import vn.portal.kernel.testkit.TestDatabases;

/** The same scenario on the real PostgreSQL at 127.0.0.1:5432, in a database of its own. */
class PortalOnPostgresIT extends PortalScenario {

    private TestDatabases.Postgres database;

    @Override
    PortalProcess createPortal() throws Exception {
        database = TestDatabases.createPostgres();
        return new PortalProcess(tempHome("pg")).config("db.url=" + database.url() + "\ndb.user=" + database.user()
                + "\ndb.password=" + database.password() + "\n");
    }

    @Override
    String[] jdbc() {
        return new String[] {database.url(), database.user(), database.password()};
    }

    @Override
    void cleanUp() throws Exception {
        if (database != null) {
            database.close();
        }
    }
}
