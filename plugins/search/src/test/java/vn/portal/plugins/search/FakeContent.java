package vn.portal.plugins.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.portal.kernel.api.event.PortalEvent;
import vn.portal.plugins.search.api.Indexable;
import vn.portal.plugins.search.api.SearchDocument;

/** An Indexable over an in-memory "public table": what is in it is published, the rest is not. */
final class FakeContent implements Indexable {

    final Map<String, SearchDocument> published = new ConcurrentHashMap<>();
    /** Called inside forEachDocument, between documents: lets a test change things mid-rebuild. */
    volatile Runnable duringBulk = () -> { };

    @Override
    public String source() {
        return "content";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("content.item.*");
    }

    @Override
    public List<String> affectedIds(PortalEvent event) {
        Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(event.payload());
        return m.find() ? List.of(m.group(1)) : List.of();
    }

    @Override
    public Optional<SearchDocument> document(String id) {
        return Optional.ofNullable(published.get(id));
    }

    @Override
    public void forEachDocument(String siteKey, Consumer<SearchDocument> sink) {
        for (SearchDocument d : List.copyOf(published.values())) {
            if (d.siteKey().equals(siteKey)) {
                sink.accept(d);
                duringBulk.run();
            }
        }
    }

    SearchDocument publish(String id, String site, String title, String body, String permission) {
        SearchDocument d = new SearchDocument("content", id, site, "article", "vi", title, null, body,
                "http://localhost/s/" + site + "/tin-tuc/" + id, Instant.parse("2026-03-02T03:00:00Z"),
                List.of("tin-tuc"), "NOIVU", null, permission);
        published.put(id, d);
        return d;
    }

    static PortalEvent event(String type, String site, String id) {
        return new PortalEvent(java.util.UUID.randomUUID().toString(), type, site, "content", Instant.now(),
                "{\"id\":\"" + id + "\",\"type\":\"article\",\"locale\":\"vi\",\"slug\":\"x\",\"status\":\"x\"}");
    }
}
