package vn.portal.plugins.notify.digest;

import java.time.Duration;
import java.time.Instant;
import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.scheduler.ScheduledJob;
import vn.portal.plugins.notify.NotifyPlugin;

/**
 * Sends the daily and weekly digests once their moment has passed ({@code plugin.notify.digest.time},
 * default 07:00; weekly on {@code …digest.weekly-day}, default MONDAY). A kernel job, so one node
 * runs it per interval; it looks every {@code …digest.check-minutes} (default 10), and a run that
 * finds nothing held costs one query.
 */
@Extension
public class DigestJob implements ScheduledJob {

    private final PluginContext context;

    public DigestJob(PluginContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "digests";
    }

    @Override
    public Duration interval() {
        return Duration.ofMinutes(Long.parseLong(context.settings().get("digest.check-minutes").orElse("10").trim()));
    }

    @Override
    public void run() {
        NotifyPlugin.services(context).digests().sendDue(Instant.now());
    }
}
