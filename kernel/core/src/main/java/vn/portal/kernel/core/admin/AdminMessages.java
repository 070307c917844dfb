package vn.portal.kernel.core.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.kernel.core.common.PortalException;

/**
 * Puts texts from the "m" bundle on the page, and turns a {@link PortalException}
 * into messages next to the fields it names — never a stack trace.
 */
final class AdminMessages {

    private static final Logger LOG = Logger.getLogger(AdminMessages.class.getName());

    private AdminMessages() {
    }

    static String text(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        ResourceBundle bundle = fc.getApplication().getResourceBundle(fc, "m");
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    static boolean has(String key) {
        return text(key) != null;
    }

    static void info(String key, Object... args) {
        infoFor(null, key, args);
    }

    /** A confirmation for one form (e.g. inside a dialog, where the page's messages are hidden). */
    static void infoFor(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    /** An error for one component (client id) or, with null, for the page. */
    static void error(String clientId, String key, Object... args) {
        String t = text(key, args);
        add(clientId, FacesMessage.SEVERITY_ERROR, t == null ? key : t);
    }

    static void errorText(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.addMessage(clientId, new FacesMessage(severity, text, null));
        if (clientId != null && severity == FacesMessage.SEVERITY_ERROR) {
            UIComponent c = fc.getViewRoot().findComponent(":" + clientId);
            if (c instanceof UIInput input) {
                // marks the field (aria-invalid, red border) until the next submit resets it
                input.setValid(false);
            }
        }
    }

    /**
     * Shows a failed write: each field error at {@code formId:field} (when the form has that
     * field) in the words of {@code prefix.error.<field>[.<variant>]}, the rest at {@code formId}.
     * Marks the request failed so dialogs stay open with what was typed.
     */
    static void failure(PortalException e, String formId, String prefix) {
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.validationFailed();
        if (e.fieldErrors().isEmpty()) {
            errorText(formId, localized(prefix + ".error." + e.kind().name().toLowerCase(), e.getMessage()));
            return;
        }
        for (Map.Entry<String, String> f : e.fieldErrors().entrySet()) {
            String field = f.getKey();
            String words = localized(prefix + ".error." + field + variant(f.getValue()), null);
            if (words == null) {
                words = localized(prefix + ".error." + field, f.getValue());
            }
            boolean known = fc.getViewRoot().findComponent(":" + formId + ":" + field) != null;
            errorText(known ? formId + ":" + field : formId, known ? words : field + ": " + words);
        }
    }

    /** Anything else that went wrong: logged in full, shown in one sentence. */
    static void unexpected(RuntimeException e, String formId) {
        LOG.log(Level.SEVERE, "[admin] " + e.getMessage(), e);
        FacesContext.getCurrentInstance().validationFailed();
        error(formId, "error.unexpected", String.valueOf(e.getMessage()));
    }

    /** The bundle's words for the key, then the server's own text (English) as the last resort. */
    private static String localized(String key, String fallback) {
        String t = text(key);
        return t != null ? t : fallback;
    }

    /** Which kind of problem a server message describes, so the bundle can say it precisely. */
    private static String variant(String serverText) {
        String s = serverText == null ? "" : serverText.toLowerCase();
        if (s.contains("catalog today")) {
            return ".catalog";
        }
        if (s.contains("reserved")) {
            return ".reserved";
        }
        if (s.contains("already")) {
            return ".taken";
        }
        if (s.contains("cycle")) {
            return ".cycle";
        }
        if (s.contains("own parent")) {
            return ".self";
        }
        if (s.startsWith("no site") || s.contains("not an active site")) {
            return ".unknown";
        }
        if (s.contains("same as") || s.contains("different")) {
            return ".same";
        }
        if (s.contains("stay")) {
            return ".fixed";
        }
        return ".none";
    }
}
