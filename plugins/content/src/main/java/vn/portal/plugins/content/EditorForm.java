package vn.portal.plugins.content;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The item being written: title, address, summary, the type's fields, publication times and
 * a note for the revision. Holds the version the edit started from, so a save over someone
 * else's change is refused, and the problems of the last save, keyed as the service names
 * them ({@code title}, {@code slug}, {@code fields.<name>}, …).
 */
public class EditorForm {

    private final EditorModel model;
    private final ContentType type;
    private final String itemId;
    private final String locale;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<EditorField> fields = new ArrayList<>();
    private int version;
    private String status;
    private String author;
    private String updated;
    private int revision;
    private String title;
    private String summary;
    private String slug;
    private String note;
    private LocalDateTime publishAt;
    private LocalDateTime expireAt;
    private boolean stale;
    private String staleText;

    /** A new item of the type, in the language. */
    EditorForm(EditorModel model, ContentType type, String locale) {
        this.model = model;
        this.type = type;
        this.itemId = null;
        this.locale = locale;
        this.status = null;
        type.fields().forEach(f -> fields.add(new EditorField(this, f, null)));
    }

    /** The working copy of a stored item. */
    EditorForm(EditorModel model, ContentType type, ContentItem item) {
        this.model = model;
        this.type = type;
        this.itemId = item.id;
        this.locale = item.locale;
        this.version = item.version;
        this.status = item.status;
        this.author = item.author;
        this.updated = model.texts().when(item.updatedAt) + (item.updatedBy == null ? "" : " · " + item.updatedBy);
        this.revision = item.revision;
        this.title = item.title;
        this.summary = item.summary;
        this.slug = item.slug;
        this.publishAt = local(item.publishAt);
        this.expireAt = local(item.expireAt);
        Map<String, Object> values = ContentService.fieldsOf(item.fields);
        type.fields().forEach(f -> fields.add(new EditorField(this, f, values.get(f.name()))));
    }

    private static LocalDateTime local(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant().atZone(ItemPages.VIETNAM).toLocalDateTime();
    }

    private static java.time.Instant instant(LocalDateTime t) {
        return t == null ? null : t.atZone(ItemPages.VIETNAM).toInstant();
    }

    /** What the service is given to save. */
    ItemInput input() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach(f -> {
            String v = f.stored();
            if (v != null) {
                values.put(f.getName(), v);
            }
        });
        return new ItemInput(type.name(), locale, title, summary, slug == null || slug.isBlank() ? null : slug.strip(),
                values, instant(publishAt), instant(expireAt), itemId == null ? null : version, note);
    }

    EditorModel model() {
        return model;
    }

    EditorTexts texts() {
        return model.texts();
    }

    Map<String, String> errors() {
        return errors;
    }

    String itemId() {
        return itemId;
    }

    ContentType type() {
        return type;
    }

    void stale(String text) {
        stale = true;
        staleText = text;
    }

    // ---- for the view ------------------------------------------------------------------------

    public boolean isCreating() {
        return itemId == null;
    }

    public String getItemId() {
        return itemId;
    }

    public String getTypeLabel() {
        return type.label(texts().english() ? "en" : "vi");
    }

    public String getLocale() {
        return locale;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return status == null ? texts().text("status.new") : texts().status(status);
    }

    public String getAuthor() {
        return author;
    }

    public String getUpdated() {
        return updated;
    }

    public int getRevision() {
        return revision;
    }

    public int getVersion() {
        return version;
    }

    public List<EditorField> getFields() {
        return fields;
    }

    /** A field was changed since the failed save: its problem is no longer shown. */
    public void changed(String key) {
        errors.remove(key);
    }

    /** Problems keyed by field, for the inputs outside the generated ones. */
    public Map<String, String> getErrors() {
        return errors;
    }

    public boolean isStale() {
        return stale;
    }

    public String getStaleText() {
        return staleText;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    /** The address the title gives when the slug is left empty. */
    public String getDerivedSlug() {
        return title == null || title.isBlank() ? "" : Slugs.of(title);
    }

    /** The public address: the slug typed, else the saved one, else the one the title gives. */
    public String getAddress() {
        String s = slug != null && !slug.isBlank() ? slug.strip() : getDerivedSlug();
        return "/" + type.path() + "/" + s;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = minutes(publishAt);
    }

    public LocalDateTime getExpireAt() {
        return expireAt;
    }

    public void setExpireAt(LocalDateTime expireAt) {
        this.expireAt = minutes(expireAt);
    }

    private static LocalDateTime minutes(LocalDateTime t) {
        return t == null ? null : t.toLocalDate().atTime(LocalTime.of(t.getHour(), t.getMinute()));
    }
}
