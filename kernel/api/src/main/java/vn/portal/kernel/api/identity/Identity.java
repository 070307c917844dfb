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
     * The CSRF token of the current request's signed-in session, empty for anonymous callers and
     * token or Basic clients. A page that lets a signed-in user post a plain HTML form to the
     * plugin's REST API sends it either in the form's address,
     * {@code action=".../api/v1/x/y?_csrf=TOKEN"} (any form, multipart too), or as the field
     * {@code _csrf} of a url-encoded form; scripts send the {@code X-CSRF-Token} header instead.
     * Never put it in a page an anonymous visitor can get: pages for signed-in users are not cached.
     */
    default Optional<String> csrfToken() {
        return Optional.empty();
    }

    /** Permission check for the current user; false when nobody is signed in. */
    default boolean isPermitted(String permission) {
        return currentUser().map(u -> isPermitted(u, permission)).orElse(false);
    }
}
