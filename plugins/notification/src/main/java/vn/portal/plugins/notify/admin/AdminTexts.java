package vn.portal.plugins.notify.admin;

import jakarta.faces.context.FacesContext;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The admin pages' words: {@code admin/notify/messages.properties} (Vietnamese) and
 * {@code messages_en.properties}, in the language the admin shell set on the view.
 * Views read them as {@code #{model.t['key']}}.
 */
public final class AdminTexts extends AbstractMap<String, String> {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    boolean english() {
        FacesContext fc = FacesContext.getCurrentInstance();
        Locale l = fc == null || fc.getViewRoot() == null ? null : fc.getViewRoot().getLocale();
        return l != null && "en".equals(l.getLanguage());
    }

    @Override
    public String get(Object key) {
        ResourceBundle bundle = ResourceBundle.getBundle("admin.notify.messages", english() ? Locale.ENGLISH : Locale.ROOT,
                AdminTexts.class.getClassLoader(), NO_FALLBACK);
        try {
            return bundle.getString(String.valueOf(key));
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }
}
