package vn.portal.kernel.core.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * An RFC 9457 problem document. {@code errors} names each bad field; {@code requestId}
 * lets an operator find the matching log line.
 */
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
        Map<String, String> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(int status, String title, String detail, String instance, String requestId,
            Map<String, String> errors) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, instance, requestId,
                        errors == null || errors.isEmpty() ? null : errors))
                .build();
    }
}
