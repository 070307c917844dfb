package vn.portal.kernel.core.common;

import java.util.Map;

/**
 * A failure the caller can act on. Mapped to {@code application/problem+json} in one
 * place (REST) and to a message in the admin UI; never shown as a stack trace.
 */
public class PortalException extends RuntimeException {

    public enum Kind {
        INVALID(400), UNAUTHORIZED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), GONE(410), TOO_MANY_REQUESTS(429);

        public final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final Map<String, String> fieldErrors;

    public PortalException(Kind kind, String message) {
        this(kind, message, Map.of());
    }

    public PortalException(Kind kind, String message, Map<String, String> fieldErrors) {
        super(message);
        this.kind = kind;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static PortalException notFound(String message) {
        return new PortalException(Kind.NOT_FOUND, message);
    }

    public static PortalException invalid(String message, Map<String, String> fieldErrors) {
        return new PortalException(Kind.INVALID, message, fieldErrors);
    }

    public Kind kind() {
        return kind;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
