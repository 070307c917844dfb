package vn.portal.plugins.content;

/** An item that shows a file, with a link to open it in the editor. */
public class MediaUsageRow {

    private final MediaLibrary.Usage usage;
    private final String siteKey;
    private final EditorTexts texts;

    MediaUsageRow(MediaLibrary.Usage usage, String siteKey, EditorTexts texts) {
        this.usage = usage;
        this.siteKey = siteKey;
        this.texts = texts;
    }

    public String getTitle() {
        return usage.title();
    }

    public String getStatus() {
        return usage.status();
    }

    public String getStatusLabel() {
        return texts.status(usage.status());
    }

    public boolean isPublished() {
        return usage.published();
    }

    /** The item in the content editor (relative to the admin's plugin page). */
    public String getEditorUrl() {
        return "plugin.xhtml?plugin=content&page=items&site=" + siteKey + "&item=" + usage.itemId();
    }
}
