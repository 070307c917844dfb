package vn.portal.kernel.core.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API root: kernel resources and every plugin's under /api/v1/{pluginId}. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
}
