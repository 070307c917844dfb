package vn.portal.kernel.core.identity.oidc;

/**
 * A sign-in or token check that did not succeed. {@code status} is what the caller gets
 * (400 for a bad or stale callback, 401 for a rejected token, 403 for a refused account,
 * 503 when the identity provider cannot be reached); the message is safe to show and
 * to log — it never contains a token.
 */
public class OidcException extends RuntimeException {

    private final int status;

    public OidcException(int status, String message) {
        super(message);
        this.status = status;
    }

    public OidcException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static OidcException unavailable(String what, Throwable cause) {
        return new OidcException(503, "The identity provider cannot be reached (" + what + "): "
                + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage()), cause);
    }
}
