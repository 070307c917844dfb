package vn.portal.kernel.api.rest;

import org.pf4j.ExtensionPoint;
import vn.portal.kernel.api.site.Site;

/**
 * A plugin's REST API, mounted at {@code /api/v1/<pluginId>/}. {@link #resource}
 * returns a JAX-RS sub-resource for one call: methods carry {@code @GET},
 * {@code @Path}, … and return DTO records, never entities. The call's site is the
 * {@code site} query parameter, else the site of the Host header; on sites where
 * the plugin is disabled the kernel answers 404 and never calls this.
 */
public interface RestResource extends ExtensionPoint {

    /** @param site the site this call is for; check permissions against its key */
    Object resource(Site site);
}
