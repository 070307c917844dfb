package vn.portal.kernel.api.site;

import java.util.List;
import java.util.Optional;

/** Read access to the site tree. Changes go through the kernel's admin API. */
public interface Sites {

    Optional<Site> find(String key);

    List<Site> all();

    List<Site> children(String key);

    /** The site and all its descendants, the site first. */
    List<Site> subtree(String key);

    /** The public base URL of a site, ending with '/'. */
    String url(String key);

    /** Whether the given plugin is enabled on the site. */
    boolean isPluginEnabled(String siteKey, String pluginId);
}
