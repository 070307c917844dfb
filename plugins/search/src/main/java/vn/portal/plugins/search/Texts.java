package vn.portal.plugins.search;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The plugin's words in one language, from {@code search/messages*.properties}. */
public final class Texts {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    private Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Vietnamese unless the language is English. */
    public static Texts of(String language) {
        return new Texts(ResourceBundle.getBundle("search.messages", "en".equals(language) ? Locale.ENGLISH : Locale.ROOT,
                Texts.class.getClassLoader(), NO_FALLBACK));
    }

    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
