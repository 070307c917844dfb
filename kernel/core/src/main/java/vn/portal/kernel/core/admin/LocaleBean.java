package vn.portal.kernel.core.admin;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/** The administrator's language: Vietnamese unless switched to English. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SUPPORTED = Set.of("vi", "en");

    private String language = "vi";

    public String getLanguage() {
        return language;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public boolean isEnglish() {
        return "en".equals(language);
    }

    /** Switches and reloads the same page (with its query), so every text is re-rendered. */
    public void use(String lang) throws IOException {
        if (!SUPPORTED.contains(lang)) {
            return;
        }
        language = lang;
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getViewRoot().setLocale(getLocale());
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest req = (HttpServletRequest) ec.getRequest();
        String query = req.getQueryString();
        ec.redirect(req.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
