package vn.portal.plugins.content;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.portal.kernel.api.blob.BlobRef;
import vn.portal.kernel.api.plugin.PluginContext;

/**
 * Checks and cleans an item's fields against its type: required fields, formats, catalog
 * codes valid today, stored files and images; rich text sanitised, all text in NFC. Every
 * problem is reported at once, keyed {@code fields.<name>}.
 */
final class FieldChecker {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 +().-]{6,20}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

    private final PluginContext context;
    private final Function<String, Optional<MediaFile>> library;

    /** Without a media library (files are checked as blobs only). */
    FieldChecker(PluginContext context) {
        this(context, id -> Optional.empty());
    }

    /** @param library the library entry of a stored file, if it has one */
    FieldChecker(PluginContext context, Function<String, Optional<MediaFile>> library) {
        this.context = context;
        this.library = library;
    }

    /**
     * @param siteKey the item's site: files of another site's library are refused
     * @return the cleaned values; problems are added to {@code errors}
     */
    Map<String, String> check(String siteKey, ContentType type, Map<String, Object> raw, Map<String, String> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Object> values = raw == null ? Map.of() : raw;
        for (String name : values.keySet()) {
            if (type.field(name) == null) {
                errors.put("fields." + name, "a " + type.name() + " has no field '" + name + "'");
            }
        }
        for (ContentType.Field f : type.fields()) {
            Object v = values.get(f.name());
            String value = v == null ? null : Normalizer.normalize(String.valueOf(v), Normalizer.Form.NFC).strip();
            if (value != null && value.isEmpty()) {
                value = null;
            }
            if (value != null && "richtext".equals(f.kind())) {
                // library images are stored with their public address (the editor shows the staff one)
                value = BodyImages.toPublic(context.richText().sanitize(value));
                if (context.richText().text(value).isEmpty() && !value.contains("<img")) {
                    value = null;
                }
            }
            if (value == null) {
                if (f.required()) {
                    errors.put("fields." + f.name(), f.labelVi() + " là bắt buộc / " + f.labelEn() + " is required");
                }
                continue;
            }
            String problem = value.length() > f.maxLength() ? "at most " + f.maxLength() + " characters"
                    : "richtext".equals(f.kind()) ? imagesProblem(siteKey, value) : problem(siteKey, f, value);
            if (problem != null) {
                errors.put("fields." + f.name(), problem);
            } else {
                out.put(f.name(), value);
            }
        }
        describeImages(type, out, errors);
        return out;
    }

    /**
     * An image field with a description field beside it ({@code featuredImage} and
     * {@code featuredImageAlt}) needs a description (WCAG 1.1.1): the one typed for the item, else
     * the one the library keeps for the image.
     */
    private void describeImages(ContentType type, Map<String, String> out, Map<String, String> errors) {
        for (ContentType.Field f : type.fields()) {
            ContentType.Field alt = type.field(f.name() + "Alt");
            String image = out.get(f.name());
            if (!"image".equals(f.kind()) || alt == null || image == null || out.get(alt.name()) != null
                    || errors.containsKey("fields." + alt.name())) {
                continue;
            }
            Optional<String> kept = library.apply(image).map(m -> m.altText);
            if (kept.isPresent()) {
                out.put(alt.name(), kept.get());
            } else {
                errors.put("fields." + alt.name(), alt.labelVi() + " là bắt buộc khi có ảnh / describe the image for"
                        + " people who cannot see it (" + alt.labelEn() + ")");
            }
        }
    }

    /**
     * Every image of rich text needs an alt attribute (WCAG 1.1.1; empty marks a decorative image
     * pasted from elsewhere), a library image a real description and to be one of the site's.
     */
    String imagesProblem(String siteKey, String html) {
        for (BodyImages.Image img : BodyImages.images(html)) {
            if (img.alt() == null || (img.blobId() != null && img.alt().isEmpty())) {
                return "every image needs a description (alt text) for people who cannot see it";
            }
            if (img.blobId() != null) {
                String problem = libraryProblem(siteKey, img.blobId());
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private String libraryProblem(String siteKey, String id) {
        Optional<MediaFile> m = library.apply(id);
        if (m.isPresent() && siteKey != null && !m.get().siteKey.equals(siteKey)) {
            return "the file " + id + " belongs to another site's media library";
        }
        return null;
    }

    private String problem(String siteKey, ContentType.Field f, String value) {
        try {
            return switch (f.kind()) {
                case "date" -> {
                    LocalDate.parse(value);
                    yield null;
                }
                case "datetime" -> {
                    if (value.length() > 19) {
                        OffsetDateTime.parse(value);
                    } else {
                        LocalDateTime.parse(value);
                    }
                    yield null;
                }
                case "number" -> {
                    new BigDecimal(value);
                    yield null;
                }
                case "boolean" -> value.equals("true") || value.equals("false") ? null : "must be true or false";
                case "email" -> EMAIL.matcher(value).matches() ? null : "'" + value + "' is not an e-mail address";
                case "phone" -> PHONE.matcher(value).matches() ? null : "'" + value + "' is not a phone number";
                case "url" -> URL.matcher(value).matches() ? null : "must be a web address starting with https://";
                case "select" -> f.options().contains(value) ? null : "must be one of " + f.options();
                case "catalog" -> context.catalogs().find(f.catalog(), value, LocalDate.now()).isPresent() ? null
                        : "'" + value + "' is not a current entry of the " + f.catalog() + " catalog";
                case "image", "file" -> {
                    String other = libraryProblem(siteKey, value);
                    yield other != null ? other : blobProblem(f, value);
                }
                default -> null;
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return "'" + value + "' is not a " + f.kind() + ("date".equals(f.kind()) ? " like 2026-07-01" : "");
        }
    }

    private String blobProblem(ContentType.Field f, String id) {
        BlobRef ref;
        try {
            ref = context.blobs().find(id).orElse(null);
        } catch (java.io.IOException e) {
            return "the file store cannot be read: " + e.getMessage();
        }
        if (ref == null) {
            return "no uploaded file '" + id + "'";
        }
        if ("image".equals(f.kind()) && !ref.contentType().startsWith("image/")) {
            return "the file is " + ref.contentType() + ", not an image";
        }
        return null;
    }
}
