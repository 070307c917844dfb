package vn.portal.plugins.content;

import java.time.Instant;
import java.util.Map;

/** One revision of an item. */
public record RevisionView(int revision, String title, String slug, String summary, Map<String, Object> fields,
        String author, Instant createdAt, String note) {

    static RevisionView of(ContentRevision r) {
        return new RevisionView(r.revision, r.title, r.slug, r.summary, ContentService.fieldsOf(r.fields), r.author,
                ItemView.instant(r.createdAt), r.note);
    }
}
