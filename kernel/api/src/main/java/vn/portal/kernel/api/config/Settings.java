package vn.portal.kernel.api.config;

import java.util.Optional;

/** Configuration values for one plugin. */
public interface Settings {

    /** {@code plugin.<id>.<name>} from portal.properties. */
    Optional<String> get(String name);

    /** The site's own setting {@code <name>} when set, else {@link #get}. */
    Optional<String> forSite(String siteKey, String name);
}
