package vn.portal.kernel.api.event;

import java.time.Instant;

/**
 * A domain event. {@code id} is unique and stable across redeliveries: listeners
 * use it to stay idempotent (delivery is at least once).
 *
 * @param type    dotted name, owned by the emitting plugin: {@code content.published}
 * @param siteKey the site the change belongs to, or null for global events
 * @param payload JSON text
 */
public record PortalEvent(String id, String type, String siteKey, String source, Instant occurredAt, String payload) {
}
