package vn.portal.plugins.content;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An item as written by an editor. {@code version} is the version the edit is based on
 * (required to update); {@code slug} may be left out to derive it from the title;
 * {@code categories} are slugs of the site's categories (null keeps them as they are).
 */
public record ItemInput(String type, String locale, String title, String summary, String slug,
        Map<String, Object> fields, Instant publishAt, Instant expireAt, Integer version, String note,
        List<String> categories) {

    /** JSON-B needs to be told which constructor reads a request body. */
    @JsonbCreator
    public ItemInput {
    }

    /** Without categories (kept as they are on update). */
    public ItemInput(String type, String locale, String title, String summary, String slug, Map<String, Object> fields,
            Instant publishAt, Instant expireAt, Integer version, String note) {
        this(type, locale, title, summary, slug, fields, publishAt, expireAt, version, note, null);
    }
}
