package vn.portal.kernel.api.rest;

import java.util.Map;

/**
 * Thrown by plugin REST code for an error the caller can fix; the kernel answers
 * with {@code application/problem+json} carrying the status, message and field errors.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final Map<String, String> fieldErrors;

    public ApiProblem(int status, String message, Map<String, String> fieldErrors) {
        super(message);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("ApiProblem is for 4xx answers, not " + status);
        }
        this.status = status;
        this.fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
    }

    public static ApiProblem badRequest(String message, Map<String, String> fieldErrors) {
        return new ApiProblem(400, message, fieldErrors);
    }

    public static ApiProblem unauthorized() {
        return new ApiProblem(401, "Sign in first", Map.of());
    }

    public static ApiProblem forbidden(String permission) {
        return new ApiProblem(403, "Permission '" + permission + "' is required", Map.of());
    }

    public static ApiProblem notFound(String message) {
        return new ApiProblem(404, message, Map.of());
    }

    public int status() {
        return status;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
