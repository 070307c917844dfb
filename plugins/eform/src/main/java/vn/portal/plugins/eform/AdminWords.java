package vn.portal.plugins.eform;

import jakarta.faces.context.FacesContext;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The admin pages' language and words, shared by the e-form plugin's page models. */
final class AdminWords {

    private AdminWords() {
    }

    /** The admin shell's language: "en" or "vi". */
    static String lang() {
        FacesContext fc = FacesContext.getCurrentInstance();
        return fc != null && fc.getViewRoot() != null && "en".equals(fc.getViewRoot().getLocale().getLanguage()) ? "en"
                : "vi";
    }

    /** A read-only map for EL ({@code #{model.t['key']}}) that looks every key up. */
    static Map<String, String> map(UnaryOperator<String> lookup) {
        return new AbstractMap<>() {
            @Override
            public String get(Object key) {
                return lookup.apply(String.valueOf(key));
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
    }
}
