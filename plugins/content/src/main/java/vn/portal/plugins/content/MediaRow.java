package vn.portal.plugins.content;

/** A file of the library for the admin views (EL reads getters, not record accessors). */
public class MediaRow {

    private final MediaFile m;
    private final EditorTexts texts;

    MediaRow(MediaFile m, EditorTexts texts) {
        this.m = m;
        this.texts = texts;
    }

    public String getId() {
        return m.blobId;
    }

    public boolean isImage() {
        return m.isImage();
    }

    public String getKind() {
        return m.kind;
    }

    public String getFileName() {
        return m.fileName;
    }

    public String getTitle() {
        return m.title;
    }

    public String getAlt() {
        return m.altText;
    }

    /** The title, else the file name. */
    public String getLabel() {
        return m.label();
    }

    public String getMediaType() {
        return m.mediaType;
    }

    /** PDF, DOCX, PNG…: the format in a word. */
    public String getFormat() {
        return switch (m.mediaType) {
            case "application/pdf" -> "PDF";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "XLSX";
            case "application/vnd.oasis.opendocument.text" -> "ODT";
            case "application/vnd.oasis.opendocument.spreadsheet" -> "ODS";
            case "application/x-ole-storage" -> "DOC/XLS";
            default -> m.mediaType.startsWith("image/") ? m.mediaType.substring(6).toUpperCase(java.util.Locale.ROOT)
                    : m.mediaType;
        };
    }

    public String getSize() {
        return MediaText.size(m.size, texts.english());
    }

    /** "1600 × 800 px", or empty when unknown. */
    public String getDimensions() {
        return m.width == null ? "" : m.width + " × " + m.height + " px";
    }

    public String getUploadedBy() {
        return m.uploadedBy;
    }

    public String getUploadedAt() {
        return texts.when(m.uploadedAt);
    }

    /** The file as staff read it. */
    public String getUrl() {
        return BodyImages.STAFF + m.blobId + "?site=" + m.siteKey;
    }

    /** The 320 pixel copy of an image, for the grid. */
    public String getThumbnailUrl() {
        return getUrl() + "&w=320";
    }

    MediaFile file() {
        return m;
    }
}
