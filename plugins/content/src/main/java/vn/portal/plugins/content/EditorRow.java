package vn.portal.plugins.content;

/** One item in the editor's list (a class with getters: the view cannot read records). */
public class EditorRow {

    private final String id;
    private final String title;
    private final String type;
    private final String status;
    private final String statusLabel;
    private final String locale;
    private final String updated;
    private final String author;

    EditorRow(ContentItem i, ContentType type, EditorTexts texts) {
        this.id = i.id;
        this.title = i.title;
        this.type = type == null ? i.type : type.label(texts.english() ? "en" : "vi");
        this.status = i.status;
        this.statusLabel = texts.status(i.status);
        this.locale = i.locale;
        this.updated = texts.when(i.updatedAt);
        this.author = i.author;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getType() {
        return type;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    public String getLocale() {
        return locale;
    }

    public String getUpdated() {
        return updated;
    }

    public String getAuthor() {
        return author;
    }
}
