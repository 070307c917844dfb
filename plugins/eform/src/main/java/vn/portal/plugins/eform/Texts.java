package vn.portal.plugins.eform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.portal.plugins.eform.schema.Problem;

/** The plugin's texts in Vietnamese (default) and English: {@code eform/messages*.properties}. */
final class Texts {

    private final ResourceBundle bundle;
    private final String locale;

    private Texts(String name, String locale) {
        this.locale = "en".equals(locale) ? "en" : "vi";
        this.bundle = ResourceBundle.getBundle(name, "en".equals(this.locale) ? Locale.ENGLISH
                : Locale.forLanguageTag("vi"), Texts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Texts of(String locale) {
        return "en".equals(locale) ? EN : VI;
    }

    private static final Texts VI = new Texts("eform.messages", "vi");
    private static final Texts EN = new Texts("eform.messages", "en");
    private static final java.util.Map<String, Texts> OTHERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Another bundle of the plugin ({@code eform.builder}, {@code eform.stats}), in Vietnamese or English. */
    static Texts of(String bundleName, String locale) {
        String l = "en".equals(locale) ? "en" : "vi";
        return OTHERS.computeIfAbsent(bundleName + "_" + l, k -> new Texts(bundleName, l));
    }

    String locale() {
        return locale;
    }

    boolean en() {
        return "en".equals(locale);
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** A problem with an answer, in this language (English pattern messages come second in the args). */
    String problem(Problem p) {
        Object[] args = p.args().toArray();
        if ("pattern".equals(p.code()) && args.length == 2) {
            return en() ? String.valueOf(args[1]) : String.valueOf(args[0]);
        }
        return get("error." + p.code(), args);
    }

    /** The bundle as a map for the admin views ({@code #{model.t['key']}}); a missing key shows itself. */
    java.util.Map<String, String> asMap() {
        return new java.util.AbstractMap<>() {
            @Override
            public String get(Object key) {
                return Texts.this.get(String.valueOf(key));
            }

            @Override
            public boolean containsKey(Object key) {
                return true;
            }

            @Override
            public java.util.Set<Entry<String, String>> entrySet() {
                return java.util.Set.of();
            }
        };
    }
}
