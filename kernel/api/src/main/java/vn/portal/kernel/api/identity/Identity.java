package vn.portal.kernel.api.identity;

import java.util.Optional;

/**
 * Who is calling and what they may do. Permissions are Shiro-style wildcard
 * strings namespaced by plugin: {@code <plugin>:<action>:<site-key>}.
 */
public interface Identity {

    /** The user of the current request or job, if signed in. */
    Optional<PortalUser> currentUser();

    boolean isPermitted(PortalUser user, String permission);

    /** Permission check for the current user; false when nobody is signed in. */
    default boolean isPermitted(String permission) {
        return currentUser().map(u -> isPermitted(u, permission)).orElse(false);
    }
}
