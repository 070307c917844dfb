package vn.portal.plugins.notify.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.notify.NotifyPlugin;
import vn.portal.plugins.notify.api.NotificationChannel;
import vn.portal.plugins.notify.template.MessageKind;
import vn.portal.plugins.notify.template.Rendered;
import vn.portal.plugins.notify.template.TemplateException;
import vn.portal.plugins.notify.template.TemplateText;
import vn.portal.plugins.notify.template.Templates;

/**
 * The templates page's state (ADR 0005): the chosen kind, channel and language, the text being
 * edited, and its preview with the kind's sample values, redone as the administrator types. A
 * template with an error cannot be saved; the error is shown where the preview would be.
 */
public class TemplatesModel {

    private final PluginContext context;
    private final NotifyPlugin.Services services;
    private final AdminTexts t = new AdminTexts();
    private String kind = MessageKind.DOSSIER_STATUS.id();
    private String channel = "email";
    private String locale = "vi";
    private String subject;
    private String body;
    private boolean builtIn;
    private Rendered preview;
    private String error;

    public TemplatesModel(PluginContext context) {
        this.context = context;
        this.services = NotifyPlugin.services(context);
        load();
    }

    public Map<String, String> getT() {
        return t;
    }

    public List<String> getKinds() {
        return List.of(MessageKind.values()).stream().map(MessageKind::id).toList();
    }

    public String kindLabel(String id) {
        return MessageKind.of(id).label(t.english() ? "en" : "vi");
    }

    public List<String> getChannels() {
        return new ArrayList<>(services.channels().all().keySet());
    }

    public List<String> getLocales() {
        return Templates.LOCALES;
    }

    public String getVariables() {
        return "{{" + String.join("}}  {{", MessageKind.of(kind).variables()) + "}}";
    }

    /** After choosing another kind, channel or language: show what is used for it now. */
    public void load() {
        TemplateText text = services.templates().effective(MessageKind.of(kind), channel, format(), locale);
        subject = text.subject();
        body = text.body();
        builtIn = text.builtIn();
        preview();
    }

    public void preview() {
        try {
            preview = services.templates().check(MessageKind.of(kind), channel, format(), locale, subject, body == null ? "" : body);
            error = null;
        } catch (TemplateException e) {
            preview = null;
            error = e.getMessage();
        }
    }

    public void save() {
        if (!allowed()) {
            return;
        }
        try {
            services.templates().save(MessageKind.of(kind), channel, format(), locale, subject, body,
                    context.identity().currentUser().orElseThrow().username());
            builtIn = false;
            message(FacesMessage.SEVERITY_INFO, t.get("templates.saved"));
        } catch (TemplateException e) {
            error = e.getMessage();
            message(FacesMessage.SEVERITY_ERROR, t.get("templates.error") + " " + e.getMessage());
        }
    }

    public void reset() {
        if (!allowed()) {
            return;
        }
        services.templates().reset(MessageKind.of(kind), channel, locale, context.identity().currentUser().orElseThrow().username());
        load();
        message(FacesMessage.SEVERITY_INFO, t.get("templates.resetDone"));
    }

    private boolean allowed() {
        if (context.identity().isPermitted("notify:templates")) {
            return true;
        }
        message(FacesMessage.SEVERITY_ERROR, t.get("denied"));
        return false;
    }

    private vn.portal.plugins.notify.api.TextFormat format() {
        return services.channels().get(channel).map(NotificationChannel::format)
                .orElse(vn.portal.plugins.notify.api.TextFormat.PLAIN);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = MessageKind.of(kind).id();
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = services.channels().get(channel).map(NotificationChannel::id).orElse("email");
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = Templates.locale(locale);
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public String getError() {
        return error;
    }

    public String getPreviewSubject() {
        return preview == null ? "" : preview.subject();
    }

    public String getPreviewText() {
        return preview == null ? "" : preview.text();
    }

    /** Safe to show as HTML: made from the template with every variable and all text HTML-escaped. */
    public String getPreviewHtml() {
        return preview == null || preview.html() == null ? "" : preview.html()
                .replaceAll("(?s)^.*<body[^>]*>", "").replaceAll("(?s)</body>.*$", "");
    }
}
