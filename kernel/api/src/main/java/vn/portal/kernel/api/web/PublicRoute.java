package vn.portal.kernel.api.web;

import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * A friendly URL of a site rendered inside the site's theme. Patterns are paths
 * with {name} placeholders for one segment, e.g. {@code /tin-tuc/{slug}}.
 */
public interface PublicRoute extends ExtensionPoint {

    String pattern();

    /** Empty means "not found" (the kernel renders the theme's 404 page). */
    Optional<PageContent> render(RenderRequest request);
}
