package vn.portal.kernel.core.identity.oidc;

/** Session attributes of single sign-on (besides the portal's own {@code SessionKeys}). */
public final class OidcSessionKeys {

    /** Sign-ins started here and not yet answered: state → nonce, PKCE verifier, return path. */
    static final String PENDING = "portal.oidc.pending";
    /** The ID token of the sign-in, sent back as id_token_hint when signing out. */
    public static final String ID_TOKEN = "portal.oidc.idToken";
    /** A silent (prompt=none) attempt found no session at the provider: do not try again in this session. */
    public static final String SILENT_FAILED = "portal.oidc.silentFailed";

    private OidcSessionKeys() {
    }
}
