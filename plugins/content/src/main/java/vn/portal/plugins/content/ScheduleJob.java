package vn.portal.plugins.content;

import java.time.Duration;
import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.scheduler.ScheduledJob;

/** Publishes scheduled items when their time comes and takes expired ones down. */
@Extension
public class ScheduleJob implements ScheduledJob {

    private final PluginContext context;

    public ScheduleJob(PluginContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "schedule";
    }

    @Override
    public Duration interval() {
        return Duration.ofSeconds(15);
    }

    @Override
    public void run() {
        ContentPlugin.service(context).runSchedule();
    }
}
