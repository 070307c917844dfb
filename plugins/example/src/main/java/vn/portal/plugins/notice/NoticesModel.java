package vn.portal.plugins.notice;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.List;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.site.Site;

/**
 * The state behind the notices page ({@link NoticeAdminPage#newModel()}): the site chosen, its
 * notices, and a new one being written. A plain object — getters, setters, action methods —
 * that the page reaches as {@code #{model}}; every action checks the permission again.
 */
public class NoticesModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final PluginContext context;
    private final NoticeService service;
    private String siteKey;
    private String messageVi;
    private String messageEn;
    private String level = "info";

    NoticesModel(PluginContext context) {
        this.context = context;
        this.service = NoticePlugin.service(context);
        this.siteKey = getSiteKeys().stream().findFirst().orElse(null);
    }

    /** Sites where the signed-in user may manage notices (keys: a record's accessors are not EL properties). */
    public List<String> getSiteKeys() {
        PortalUser user = context.identity().currentUser().orElse(null);
        return context.sites().all().stream().map(Site::key)
                .filter(k -> user != null && context.identity().isPermitted(user, "notice:manage:" + k)).toList();
    }

    public String siteName(String key) {
        return context.sites().find(key).map(s -> s.name(isEnglish() ? "en" : "vi")).orElse(key);
    }

    /** The notices of the chosen site, newest first, as lines ("records" cannot be read by EL). */
    public List<String> getNotices() {
        if (!permitted()) {
            return List.of();
        }
        return service.all(siteKey).stream().map(n -> WHEN.format(n.startsAt.toInstant()) + " · " + n.level + " · "
                + n.messageVi + (n.active ? "" : " (off)")).toList();
    }

    public void create() {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (!permitted()) {
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "notice:manage:" + siteKey, null));
            return;
        }
        try {
            service.create(siteKey, new NoticeInput(messageVi, messageEn, level, null, null),
                    context.identity().currentUser().orElseThrow().username());
            messageVi = null;
            messageEn = null;
            fc.addMessage(null, new FacesMessage(isEnglish() ? "Notice created." : "Đã tạo thông báo."));
        } catch (InvalidNoticeException e) {
            fc.validationFailed();
            e.errors.forEach((field, problem) -> fc.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, field + ": " + problem, null)));
        }
    }

    private boolean permitted() {
        return siteKey != null && context.identity().isPermitted("notice:manage:" + siteKey);
    }

    /** The admin shell's language, which it sets on the view. */
    public boolean isEnglish() {
        return "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    }

    public String getSiteKey() {
        return siteKey;
    }

    public void setSiteKey(String siteKey) {
        this.siteKey = siteKey;
    }

    public String getMessageVi() {
        return messageVi;
    }

    public void setMessageVi(String messageVi) {
        this.messageVi = messageVi;
    }

    public String getMessageEn() {
        return messageEn;
    }

    public void setMessageEn(String messageEn) {
        this.messageEn = messageEn;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }
}
