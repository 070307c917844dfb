package vn.portal.kernel.api.web;

import org.pf4j.ExtensionPoint;

/**
 * Fills a named region of the theme (e.g. {@code home-main}, {@code sidebar},
 * {@code footer}) on sites where the plugin is enabled.
 */
public interface Widget extends ExtensionPoint {

    String region();

    /** Lower comes first within a region. */
    default int order() {
        return 100;
    }

    /** Safe HTML fragment, or an empty string for nothing. */
    String render(RenderRequest request);
}
