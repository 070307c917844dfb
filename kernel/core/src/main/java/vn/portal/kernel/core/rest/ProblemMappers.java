package vn.portal.kernel.core.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.common.RequestContext;

/**
 * The one place where failures become {@code application/problem+json}. Unexpected
 * errors are logged with site, plugin and request id; the caller gets the id, never
 * a stack trace.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable t) {
        RequestContext ctx = RequestContext.current();
        String instance = uri == null ? null : uri.getRequestUri().getPath();
        PortalException pe = find(t, PortalException.class);
        if (pe != null) {
            return Problem.response(pe.kind().status, title(pe.kind().status), pe.getMessage(), instance,
                    ctx.requestId(), pe.fieldErrors());
        }
        ApiProblem ap = find(t, ApiProblem.class);
        if (ap != null) {
            return Problem.response(ap.status(), title(ap.status()), ap.getMessage(), instance, ctx.requestId(),
                    ap.fieldErrors());
        }
        if (find(t, JsonbException.class) != null || (t instanceof ProcessingException)) {
            Throwable cause = find(t, JsonbException.class);
            return Problem.response(400, "Bad Request", "The request body is not valid JSON for this resource: "
                    + firstLine(cause == null ? t.getMessage() : cause.getMessage()), instance, ctx.requestId(), null);
        }
        if (t instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, ctx.tag() + " " + instance + ": " + t, t);
            }
            return Problem.response(status, title(status), status >= 500 ? "Internal error" : w.getMessage(), instance,
                    ctx.requestId(), null);
        }
        LOG.log(Level.SEVERE, ctx.tag() + " " + instance + " failed: " + t, t);
        return Problem.response(500, "Internal Server Error",
                "The server could not complete the request. Quote reference " + ctx.requestId() + " to the operator.",
                instance, ctx.requestId(), null);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    static String title(int status) {
        Response.Status s = Response.Status.fromStatusCode(status);
        return s == null ? "Error" : s.getReasonPhrase();
    }
}
