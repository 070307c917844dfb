package vn.portal.kernel.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.KernelApi;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.site.SiteStatus;
import vn.portal.kernel.core.event.DeliveryStore;
import vn.portal.kernel.core.plugin.PluginHost;
import vn.portal.kernel.core.plugin.PluginInfo;
import vn.portal.kernel.core.site.SiteService;

/** The figures on the dashboard, read once per request. */
@Named
@RequestScoped
public class DashboardBean {

    @Inject
    SiteService sites;
    @Inject
    PluginHost plugins;
    @Inject
    DeliveryStore deliveries;

    private long sitesActive;
    private long sitesArchived;
    private final List<PluginRow> failed = new ArrayList<>();
    private long pluginsStarted;
    private long pluginsStopped;
    private final List<Count> deliveryCounts = new ArrayList<>();

    /** One outbox status and how many deliveries have it. */
    public static final class Count {
        private final String status;
        private final long count;

        Count(String status, long count) {
            this.status = status;
            this.count = count;
        }

        public String getStatus() {
            return status;
        }

        public long getCount() {
            return count;
        }
    }

    @PostConstruct
    void read() {
        for (Site s : sites.all()) {
            if (s.status() == SiteStatus.ARCHIVED) {
                sitesArchived++;
            } else {
                sitesActive++;
            }
        }
        for (PluginInfo p : plugins.list()) {
            switch (p.state()) {
                case "STARTED" -> pluginsStarted++;
                case "FAILED" -> failed.add(new PluginRow(p, 0, List.of()));
                default -> pluginsStopped++;
            }
        }
        for (Map.Entry<String, Long> e : deliveries.countsByStatus().entrySet()) {
            deliveryCounts.add(new Count(e.getKey(), e.getValue()));
        }
    }

    public long getSitesActive() {
        return sitesActive;
    }

    public long getSitesArchived() {
        return sitesArchived;
    }

    public long getPluginsStarted() {
        return pluginsStarted;
    }

    public long getPluginsStopped() {
        return pluginsStopped;
    }

    public long getPluginsFailed() {
        return failed.size();
    }

    public List<PluginRow> getFailedPlugins() {
        return failed;
    }

    public List<Count> getDeliveries() {
        return deliveryCounts;
    }

    public String getKernelApiVersion() {
        return KernelApi.VERSION;
    }
}
