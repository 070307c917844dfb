package vn.portal.kernel.core.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the home and its configuration injectable; both are read once. */
@ApplicationScoped
public class ConfigProducer {

    @Produces
    @Singleton
    PortalHome home() {
        return PortalHome.fromEnvironment();
    }

    @Produces
    @Singleton
    PortalConfig config(PortalHome home) {
        return PortalConfig.load(home);
    }
}
