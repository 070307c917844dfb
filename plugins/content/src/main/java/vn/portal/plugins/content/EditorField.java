package vn.portal.plugins.content;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import vn.portal.kernel.api.blob.FileTypes;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.rest.ApiProblem;

/**
 * One field of the item form, generated from the content type: which input shows it
 * ({@link #getWidget()}), its value in the input's own type, its error, and for uploads and
 * catalog codes the work behind the input.
 */
public class EditorField {

    private final EditorForm form;
    private final ContentType.Field def;
    private String value;
    private LocalDate date;
    private LocalDateTime dateTime;
    private boolean flag;
    private String fileName;

    EditorField(EditorForm form, ContentType.Field def, Object stored) {
        this.form = form;
        this.def = def;
        String v = stored == null ? null : stored.toString();
        switch (def.kind()) {
            case "date" -> date = parse(v, LocalDate::parse);
            case "datetime" -> dateTime = v == null ? null : v.length() > 19
                    ? parse(v, s -> OffsetDateTime.parse(s).atZoneSameInstant(ItemPages.VIETNAM).toLocalDateTime())
                    : parse(v, LocalDateTime::parse);
            case "boolean" -> flag = "true".equals(v);
            // the editor shows a draft's library images from the staff address (not public yet)
            case "richtext" -> value = BodyImages.toStaff(v);
            default -> value = v;
        }
    }

    private interface Parser<T> {
        T parse(String s);
    }

    private static <T> T parse(String v, Parser<T> parser) {
        try {
            return v == null ? null : parser.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The value to save, as the service stores it (a string), or null when empty. */
    String stored() {
        return switch (def.kind()) {
            case "date" -> date == null ? null : date.toString();
            case "datetime" -> dateTime == null ? null : dateTime.withSecond(0).withNano(0).toString();
            case "boolean" -> flag ? "true" : null;
            default -> value == null || value.isBlank() ? null : value;
        };
    }

    /** The input: text, textarea, rich, date, datetime, check, select, catalog or upload. */
    public String getWidget() {
        return switch (def.kind()) {
            case "longtext" -> "textarea";
            case "richtext" -> "rich";
            case "date" -> "date";
            case "datetime" -> "datetime";
            case "boolean" -> "check";
            case "select" -> "select";
            case "catalog" -> "catalog";
            case "image", "file" -> "upload";
            default -> "text";
        };
    }

    /** The HTML type of a one-line input. */
    public String getInputType() {
        return switch (def.kind()) {
            case "email" -> "email";
            case "phone" -> "tel";
            case "url" -> "url";
            case "number" -> "number";
            default -> "text";
        };
    }

    public String getName() {
        return def.name();
    }

    public String getKind() {
        return def.kind();
    }

    public String getLabel() {
        return form.texts().english() ? def.labelEn() : def.labelVi();
    }

    public boolean isRequired() {
        return def.required();
    }

    public List<String> getOptions() {
        return def.options() == null ? List.of() : def.options();
    }

    public String getError() {
        return form.errors().get("fields." + def.name());
    }

    public String getValue() {
        return value;
    }

    /**
     * Rich text is sanitised as it arrives, so what the page shows back (after a refused save, say)
     * is never the raw HTML the browser sent.
     */
    public void setValue(String value) {
        boolean rich = "richtext".equals(def.kind()) && value != null && form != null && form.model() != null;
        this.value = rich ? form.model().context().richText().sanitize(value) : value;
    }

    /** Sets a stored file of the library (the editor's "choose from the library"). */
    void choose(MediaFile m) {
        value = m.blobId;
        fileName = m.fileName;
        form.errors().remove("fields." + def.name());
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalDateTime getDateTime() {
        return dateTime;
    }

    public void setDateTime(LocalDateTime dateTime) {
        this.dateTime = dateTime == null ? null : dateTime.toLocalDate().atTime(
                LocalTime.of(dateTime.getHour(), dateTime.getMinute()));
    }

    public boolean isFlag() {
        return flag;
    }

    public void setFlag(boolean flag) {
        this.flag = flag;
    }

    // ---- catalog codes -----------------------------------------------------------------------

    /** Current entries of the field's catalog whose code or name contains what was typed. */
    public List<String> complete(String query) {
        return form.model().context().catalogs().search(def.catalog(), query, null, LocalDate.now(ItemPages.VIETNAM),
                0, 20).stream().map(CatalogEntry::code).toList();
    }

    /** "code — name" of a catalog entry valid today, or the code alone. */
    public String codeLabel(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return form.model().context().catalogs().find(def.catalog(), code, LocalDate.now(ItemPages.VIETNAM))
                .map(e -> code + " — " + (form.texts().english() && e.nameEn() != null ? e.nameEn() : e.nameVi()))
                .orElse(code);
    }

    // ---- uploads -----------------------------------------------------------------------------

    public boolean isImage() {
        return "image".equals(def.kind());
    }

    /** The stored file for staff eyes (the draft's image is not public yet). */
    public String getMediaUrl() {
        return value == null ? null : "/api/v1/content/media/" + value + "?site=" + form.model().getSiteKey();
    }

    /** The file's name as uploaded (from the library), else its id. */
    public String getFileName() {
        if (fileName == null && value != null && form.model() != null) {
            fileName = form.model().service().media().find(value).map(m -> m.fileName).orElse(null);
        }
        return fileName != null ? fileName : value;
    }

    /**
     * Stores the chosen file through the same checks as the REST upload: the type is read from
     * its bytes, never its name, and an image field takes images only.
     */
    public void upload(FileUploadEvent event) {
        byte[] bytes = event.getFile().getContent();
        String name = event.getFile().getFileName();
        form.errors().remove("fields." + def.name());
        String type = FileTypes.detect(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, FileTypes.HEAD)))
                .orElse(null);
        if (type == null) {
            refuse(form.texts().text("upload.type", name));
            return;
        }
        if (isImage() && !type.startsWith("image/")) {
            refuse(form.texts().text("upload.notImage", name));
            return;
        }
        try {
            MediaFile stored = form.model().storeMedia(bytes, name);
            value = stored.blobId;
            fileName = stored.fileName;
        } catch (ApiProblem p) {
            refuse(p.status() == 413 ? form.texts().text("upload.size", name,
                    form.model().service().maxUpload(form.model().getSiteKey()) / (1024 * 1024))
                    : p.status() == 415 ? form.texts().text("upload.type", name) : p.getMessage());
        } catch (IOException e) {
            refuse(form.texts().text("upload.failed", name));
        }
    }

    public void remove() {
        value = null;
        fileName = null;
    }

    private void refuse(String text) {
        form.errors().put("fields." + def.name(), text);
    }
}
