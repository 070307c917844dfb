package vn.portal.plugins.notice;

import java.time.Duration;
import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.scheduler.ScheduledJob;

/** Once a minute, switches off notices whose end time has passed (one node runs it). */
@Extension
public class NoticeExpiryJob implements ScheduledJob {

    private final NoticeService service;

    public NoticeExpiryJob(PluginContext context) {
        this.service = NoticePlugin.service(context);
    }

    @Override
    public String id() {
        return "expire";
    }

    @Override
    public Duration interval() {
        return Duration.ofMinutes(1);
    }

    @Override
    public void run() {
        service.expire();
    }
}
