package vn.portal.kernel.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.core.audit.AuditLog;
import vn.portal.kernel.core.common.Jdbc;
import vn.portal.kernel.core.config.PortalConfig;
import vn.portal.kernel.core.config.PortalHome;
import vn.portal.kernel.core.persistence.TestDataSources;

class InactiveAccountsTest {

    @Test
    void accountsUnusedFor45DaysAreDisabledExceptTheExemptAdministrator() throws Exception {
        DataSource ds = TestDataSources.h2();
        UserStore users = new UserStore();
        users.dataSource = ds;
        users.init();
        UserAccount old = users.create("cu", "Người dùng cũ", null, "x", false);
        UserAccount recent = users.create("moi", "Người dùng mới", null, "x", false);
        UserAccount admin = users.create("admin", "Quản trị", null, "x", false);
        Jdbc jdbc = new Jdbc(ds);
        Instant longAgo = Instant.now().minus(Duration.ofDays(60));
        jdbc.update("UPDATE kernel_user SET created_at = ?, last_login_at = ? WHERE user_id IN (?, ?)", longAgo, longAgo,
                old.id(), admin.id());
        jdbc.update("UPDATE kernel_user SET created_at = ?, last_login_at = ? WHERE user_id = ?", longAgo,
                Instant.now().minus(Duration.ofDays(3)), recent.id());

        KernelJobs jobs = new KernelJobs();
        jobs.users = users;
        jobs.config = PortalConfig.of(new PortalHome(java.nio.file.Path.of("/tmp")), Map.of());
        List<String> audited = new java.util.ArrayList<>();
        jobs.audit = new AuditLog() {
            @Override
            public void recordNow(String actor, String action, String target, String details) {
                audited.add(action + " " + target);
            }
        };
        assertEquals(1, jobs.disableInactiveAccounts());
        assertEquals("DISABLED", users.byId(old.id()).orElseThrow().status());
        assertEquals("ACTIVE", users.byId(recent.id()).orElseThrow().status());
        assertEquals("ACTIVE", users.byId(admin.id()).orElseThrow().status(), "the first administrator is exempt");
        assertEquals(List.of("user.disabled-inactive " + old.id()), audited);
        assertEquals(0, jobs.disableInactiveAccounts(), "disabled accounts are not counted again");
    }
}
