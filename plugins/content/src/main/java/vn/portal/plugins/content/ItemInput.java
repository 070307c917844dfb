package vn.portal.plugins.content;

import java.time.Instant;
import java.util.Map;

/**
 * An item as written by an editor. {@code version} is the version the edit is based on
 * (required to update); {@code slug} may be left out to derive it from the title.
 */
public record ItemInput(String type, String locale, String title, String summary, String slug,
        Map<String, Object> fields, Instant publishAt, Instant expireAt, Integer version, String note) {
}
