package vn.portal.kernel.it.probe;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.rest.Public;
import vn.portal.kernel.api.site.Site;

/** A test instrument: open to anyone, so the isolation matrix skips it by its @Public mark. */
@Public
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProbeResource {

    public record ItemInput(String title, String unitCode) {
    }

    public record Created(String id, String eventId) {
    }

    public record ItemView(String id, String title, String site, String unitCode) {
    }

    public record ReceivedView(String eventId, String eventType, int times) {
    }

    private final PluginContext context;
    private final Site site;

    ProbeResource(PluginContext context, Site site) {
        this.context = context;
        this.site = site;
    }

    /** What other plugins contribute to the probe's own extension point. */
    @GET
    @Path("greetings")
    public java.util.List<String> greetings() {
        return context.extensions(ProbeGreeting.class).stream().map(ProbeGreeting::greeting).toList();
    }

    /** Writes an entity and emits an event in one transaction; fail=true rolls both back. */
    @POST
    @Path("items")
    public Created create(ItemInput input, @QueryParam("fail") boolean fail) {
        return context.transactions().required(() -> {
            ProbeItem item = new ProbeItem();
            item.id = UUID.randomUUID().toString();
            item.title = input.title();
            item.site = site.key();
            item.unitCode = input.unitCode();
            em().persist(item);
            String eventId = context.events().publish("probe.item.created", site.key(), "{\"id\":\"" + item.id + "\"}");
            if (fail) {
                throw ApiProblem.badRequest("told to fail after writing " + item.id + " and event " + eventId,
                        Map.of("id", item.id, "eventId", eventId));
            }
            return new Created(item.id, eventId);
        });
    }

    @GET
    @Path("items/{id}")
    public ItemView item(@PathParam("id") String id) {
        return context.transactions().required(() -> {
            ProbeItem i = em().find(ProbeItem.class, id);
            if (i == null) {
                throw ApiProblem.notFound("no item " + id);
            }
            return new ItemView(i.id, i.title, i.site, i.unitCode);
        });
    }

    @GET
    @Path("received/{eventId}")
    public ReceivedView received(@PathParam("eventId") String eventId) {
        return context.transactions().required(() -> {
            ProbeReceived r = em().find(ProbeReceived.class, eventId);
            if (r == null) {
                throw ApiProblem.notFound("event " + eventId + " not received");
            }
            return new ReceivedView(r.eventId, r.eventType, r.times);
        });
    }

    /** Events of other plugins seen by {@link ProbeEventLog} whose type starts with {@code type}, oldest first. */
    @GET
    @Path("events")
    public java.util.List<Map<String, String>> events(@QueryParam("type") String type) {
        return ProbeEventLog.EVENTS.values().stream().filter(e -> type == null || e.type().startsWith(type))
                .sorted(java.util.Comparator.comparing(vn.portal.kernel.api.event.PortalEvent::occurredAt))
                .map(e -> Map.of("id", e.id(), "type", e.type(), "siteKey", e.siteKey() == null ? "" : e.siteKey(),
                        "payload", e.payload())).toList();
    }

    @GET
    @Path("job-runs")
    public Map<String, Integer> jobRuns() {
        return Map.of("runs", ProbeJob.RUNS.get());
    }

    @POST
    @Path("fail-next")
    public Map<String, Integer> failNext(@QueryParam("count") int count) {
        ProbeListener.FAIL_NEXT.set(count);
        return Map.of("failNext", count);
    }

    /** A bug in plugin code: must become a 500 problem with a reference, and a log line naming site and plugin. */
    @GET
    @Path("boom")
    public String boom() {
        throw new IllegalStateException("probe exploded on purpose");
    }

    private EntityManager em() {
        return context.persistence().entityManager();
    }
}
