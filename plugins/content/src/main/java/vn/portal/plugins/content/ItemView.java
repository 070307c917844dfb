package vn.portal.plugins.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An item as staff see it over REST: the working copy, where it stands and what can happen next. */
public record ItemView(String id, String site, String type, String locale, String translationOf, String slug,
        String title, String summary, Map<String, Object> fields, String status, int version, int revision,
        String author, Instant createdAt, String updatedBy, Instant updatedAt, Instant publishAt, Instant expireAt,
        Instant publishedAt, String url, List<String> actions, List<String> categories) {

    static ItemView of(ContentItem i, String url, List<String> actions) {
        return new ItemView(i.id, i.siteKey, i.type, i.locale, i.translationOf, i.slug, i.title, i.summary,
                ContentService.fieldsOf(i.fields), i.status, i.version, i.revision, i.author, instant(i.createdAt),
                i.updatedBy, instant(i.updatedAt), instant(i.publishAt), instant(i.expireAt), instant(i.publishedAt),
                url, actions, i.categories == null ? List.of() : List.of(i.categories.split(" ")));
    }

    static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
