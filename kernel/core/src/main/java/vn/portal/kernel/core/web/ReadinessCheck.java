package vn.portal.kernel.core.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.portal.kernel.core.persistence.PortalDataSourceDefinition;
import vn.portal.kernel.core.plugin.PluginHost;
import vn.portal.kernel.core.site.SiteService;

/** Ready when the database answers and the site tree is loaded; lists failed plugins. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Resource(lookup = PortalDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SiteService sites;

    @Inject
    PluginHost plugins;

    @Override
    public HealthCheckResponse call() {
        boolean db;
        try (Connection c = dataSource.getConnection()) {
            db = c.isValid(2);
        } catch (Exception e) {
            db = false;
        }
        long failed = plugins.list().stream().filter(p -> p.state().equals("FAILED")).count();
        return HealthCheckResponse.named("portal").status(db && !sites.all().isEmpty())
                .withData("database", db).withData("sites", sites.all().size())
                .withData("plugins", plugins.list().size()).withData("failedPlugins", failed).build();
    }
}
