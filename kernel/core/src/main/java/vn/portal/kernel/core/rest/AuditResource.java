package vn.portal.kernel.core.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.core.audit.AuditChain;
import vn.portal.kernel.core.audit.AuditLog;
import vn.portal.kernel.core.audit.AuditRecord;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.identity.Guard;

/** The audit log: search, CSV export for a SIEM, and verification of the hash chain. */
@Path("audit")
@RequestScoped
public class AuditResource {

    @Inject
    AuditLog audit;
    @Inject
    Guard guard;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response search(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("site") String site, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("format") String format) {
        guard.require("kernel:audit-view");
        int s = size == null ? 50 : Math.min(Math.max(size, 1), 1000);
        int p = page == null ? 0 : Math.max(page, 0);
        boolean csv = "csv".equals(format);
        List<AuditRecord> records = audit.search(actor, action, site, instant("from", from), instant("to", to),
                csv ? 0 : p * s, csv ? 10_000 : s);
        if (csv) {
            StringBuilder out = new StringBuilder("seq,at,actor,source_ip,action,target,site,plugin,details,hash\n");
            for (AuditRecord r : records) {
                out.append(r.seq()).append(',').append(r.at()).append(',').append(cell(r.actor())).append(',')
                        .append(cell(r.sourceIp())).append(',').append(cell(r.action())).append(',').append(cell(r.target()))
                        .append(',').append(cell(r.siteKey())).append(',').append(cell(r.plugin())).append(',')
                        .append(cell(r.details())).append(',').append(r.hash()).append('\n');
            }
            return Response.ok(out.toString(), "text/csv;charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
        }
        return Response.ok(records, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    public AuditChain.Verification verify() {
        guard.require("kernel:audit-view");
        return audit.verify();
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw PortalException.invalid("'" + name + "' must be an ISO instant like 2026-11-21T00:00:00Z",
                    Map.of(name, value));
        }
    }

    /** CSV cell, quoted when needed; a leading = + - @ is neutralised against spreadsheet formula injection. */
    static String cell(String v) {
        if (v == null) {
            return "";
        }
        String s = v.matches("^[=+\\-@].*") ? "'" + v : v;
        return s.matches(".*[\",\\n\\r].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
