package vn.portal.plugins.content;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The editor's words, Vietnamese unless the administrator switched the shell to English:
 * the language is the view's, which the admin shell sets from that choice. The bundle is
 * {@code admin/content/messages.properties} (Vietnamese) and {@code messages_en.properties}.
 */
public final class EditorTexts {

    static final String BUNDLE = "admin.content.messages";
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Map<String, String> map = new AbstractMap<>() {
        @Override
        public String get(Object key) {
            return text(String.valueOf(key));
        }

        @Override
        public boolean containsKey(Object key) {
            return true;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return Set.of();
        }
    };

    private final Supplier<String> language;

    /** In the admin shell: the language of the view being rendered. */
    EditorTexts() {
        this(EditorTexts::viewLanguage);
    }

    EditorTexts(Supplier<String> language) {
        this.language = language;
    }

    private static String viewLanguage() {
        FacesContext fc = FacesContext.getCurrentInstance();
        Locale l = fc == null || fc.getViewRoot() == null ? null : fc.getViewRoot().getLocale();
        return l != null && "en".equals(l.getLanguage()) ? "en" : "vi";
    }

    /** "en" or "vi". */
    String language() {
        return language.get();
    }

    boolean english() {
        return "en".equals(language());
    }

    /** For views: {@code #{model.t['key']}}. */
    Map<String, String> map() {
        return map;
    }

    String text(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, english() ? Locale.ENGLISH : Locale.ROOT,
                EditorTexts.class.getClassLoader(), NO_FALLBACK);
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    boolean has(String key) {
        return !text(key).startsWith("???");
    }

    String when(Instant t) {
        return t == null ? "" : WHEN.format(t.atZone(ItemPages.VIETNAM));
    }

    String when(java.sql.Timestamp t) {
        return t == null ? "" : when(t.toInstant());
    }

    String status(String status) {
        String key = "status." + status;
        return has(key) ? text(key) : status;
    }

    String action(String action) {
        String key = "action." + action;
        return has(key) ? text(key) : action;
    }

    /**
     * A problem the service reported about one field, in the editor's words where the server's
     * text is one it knows (required, too long, not a date, not in the catalog…), else as sent.
     */
    String problem(String key, String server, String label) {
        String s = server == null ? "" : server.toLowerCase(Locale.ROOT);
        if (s.contains("required") || s.contains("bắt buộc")) {
            // "Cần nhập tiêu đề." in Vietnamese, "Title is required." in English
            return text("error.required", english() || label.isEmpty() ? label
                    : label.substring(0, 1).toLowerCase(new Locale("vi")) + label.substring(1));
        }
        java.util.regex.Matcher most = java.util.regex.Pattern.compile("at most (\\d+) characters").matcher(s);
        if (most.find()) {
            return text("error.tooLong", most.group(1));
        }
        if (s.contains("not a current entry")) {
            return text("error.catalog");
        }
        if (s.contains("is not a date")) {
            return text("error.date");
        }
        if (s.contains("is not a datetime")) {
            return text("error.datetime");
        }
        if (s.contains("already used")) {
            return text("error.slugTaken");
        }
        if ("slug".equals(key)) {
            return text("error.slug");
        }
        if (s.contains("after publishat")) {
            return text("error.expireBeforePublish");
        }
        if (s.contains("not an image")) {
            return text("upload.notImage");
        }
        if (s.contains("needs a description")) {
            return text("error.imageAlt");
        }
        if (s.contains("another site's media library")) {
            return text("error.otherSite");
        }
        if (s.contains("no uploaded file")) {
            return text("error.noFile");
        }
        return server;
    }
}
