package vn.portal.kernel.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.portal.kernel.api.scheduler.ScheduledJob;
import vn.portal.kernel.core.audit.AuditLog;
import vn.portal.kernel.core.config.PortalConfig;
import vn.portal.kernel.core.scheduler.JobScheduler;

/**
 * The kernel's own recurring work, run by the same cluster-safe scheduler as plugin jobs:
 * disabling accounts unused for {@code accounts.inactive-days} (45, REQUIREMENTS-VN §5)
 * and dropping audit records past {@code audit.retention-days} (365; never under 90).
 */
@ApplicationScoped
public class KernelJobs {

    private static final Logger LOG = Logger.getLogger(KernelJobs.class.getName());

    @Inject
    UserStore users;
    @Inject
    AuditLog audit;
    @Inject
    PortalConfig config;

    public List<JobScheduler.RegisteredJob> jobs() {
        return List.of(
                new JobScheduler.RegisteredJob("kernel:inactive-accounts", job("inactive-accounts", Duration.ofHours(1),
                        this::disableInactiveAccounts), KernelJobs.class.getClassLoader()),
                new JobScheduler.RegisteredJob("kernel:audit-retention", job("audit-retention", Duration.ofHours(24),
                        this::purgeAudit), KernelJobs.class.getClassLoader()));
    }

    /** @return how many accounts were disabled */
    public int disableInactiveAccounts() {
        int days = config.getInt("accounts.inactive-days", 45);
        Set<String> exempt = Arrays.stream(config.get("accounts.inactive-exempt", config.get("admin.username", "admin"))
                .split(",")).map(String::trim).collect(Collectors.toSet());
        int n = 0;
        for (UserAccount u : users.inactiveSince(Instant.now().minus(Duration.ofDays(days)))) {
            if (!exempt.contains(u.username())) {
                users.setStatus(u.id(), "DISABLED");
                audit.recordNow("system", "user.disabled-inactive", u.id(), "no sign-in for " + days + " days");
                n++;
            }
        }
        if (n > 0) {
            LOG.info("Disabled " + n + " accounts unused for " + days + " days");
        }
        return n;
    }

    void purgeAudit() {
        int days = Math.max(90, config.getInt("audit.retention-days", 365));
        int n = audit.purgeOlderThan(Instant.now().minus(Duration.ofDays(days)));
        if (n > 0) {
            LOG.info("Removed " + n + " audit records older than " + days + " days");
        }
    }

    private static ScheduledJob job(String id, Duration interval, Runnable work) {
        return new ScheduledJob() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Duration interval() {
                return interval;
            }

            @Override
            public void run() {
                work.run();
            }
        };
    }
}
