package vn.portal.kernel.api.rest;

import org.pf4j.ExtensionPoint;

/**
 * A plugin's REST API, mounted at {@code /api/v1/<pluginId>/}. {@link #resource()}
 * returns a JAX-RS sub-resource: methods carry {@code @GET}, {@code @Path}, … and
 * return DTO records, never entities. The kernel answers 404 on sites where the
 * plugin is disabled; the site of a call is the {@code site} query parameter, else
 * the site of the Host header.
 */
public interface RestResource extends ExtensionPoint {

    Object resource();
}
