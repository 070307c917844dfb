package vn.portal.kernel.core.identity;

/** Names of the few attributes a signed-in session carries. */
public final class SessionKeys {

    public static final String USER = "portal.user";
    public static final String MUST_CHANGE = "portal.mustChangePassword";
    public static final String CSRF = "portal.csrfToken";

    private SessionKeys() {
    }
}
