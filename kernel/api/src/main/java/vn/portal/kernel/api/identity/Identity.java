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

    /**
     * The signed-in session's CSRF token, for a plain HTML form that posts to the REST API: put it
     * in the form as the field {@code _csrf} (the kernel accepts it there instead of the
     * {@code X-CSRF-Token} header on {@code application/x-www-form-urlencoded} posts). Empty when
     * the request has no signed-in session (visitors, API clients, jobs).
     */
    default Optional<String> formToken() {
        return Optional.empty();
    }

    /** Permission check for the current user; false when nobody is signed in. */
    default boolean isPermitted(String permission) {
        return currentUser().map(u -> isPermitted(u, permission)).orElse(false);
    }
}
