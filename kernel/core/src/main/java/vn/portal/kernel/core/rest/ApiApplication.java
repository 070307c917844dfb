package vn.portal.kernel.core.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API root: kernel resources and every plugin's under /api/v1/{pluginId}. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {

    @Override
    public java.util.Map<String, Object> getProperties() {
        // no generated WADL: the API is described by /openapi, and WADL only widens the surface
        return java.util.Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
