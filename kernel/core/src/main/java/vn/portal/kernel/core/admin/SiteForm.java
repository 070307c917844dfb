package vn.portal.kernel.core.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.core.site.SiteInput;

/**
 * What the site dialog edits. Kept in the view scope so that a failed save leaves
 * everything the administrator typed in place.
 */
public class SiteForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Settings with a field of their own; others are kept as they are. */
    static final List<String> SETTING_FIELDS = List.of("agencyNameVi", "agencyNameEn", "owner", "responsiblePerson",
            "address", "phone", "email");

    private String originalKey;
    private String key;
    private String nameVi;
    private String nameEn;
    private String kind = "DEPARTMENT";
    private String parent;
    private String agencyCode;
    private String unitCode;
    private String hosts;
    private String pathPrefix;
    private List<String> locales = new ArrayList<>(List.of("vi", "en"));
    private String theme = "default";
    private final Map<String, String> settings = new LinkedHashMap<>();

    static SiteForm blank(String parent) {
        SiteForm f = new SiteForm();
        f.parent = parent;
        return f;
    }

    static SiteForm of(Site s) {
        SiteForm f = new SiteForm();
        f.originalKey = s.key();
        f.key = s.key();
        f.nameVi = s.nameVi();
        f.nameEn = s.nameEn();
        f.kind = s.kind().name();
        f.parent = s.parentKey();
        f.agencyCode = s.agencyCode();
        f.unitCode = s.unitCode();
        f.hosts = String.join(", ", s.hosts());
        f.pathPrefix = s.pathPrefix();
        f.locales = new ArrayList<>(s.locales());
        f.theme = s.theme();
        f.settings.putAll(s.settings());
        return f;
    }

    SiteInput toInput() {
        List<String> hostList = hosts == null || hosts.isBlank() ? List.of()
                : Arrays.stream(hosts.split("[,\\s]+")).map(String::trim).filter(h -> !h.isEmpty()).toList();
        Map<String, String> out = new LinkedHashMap<>();
        settings.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                out.put(k, v.trim());
            }
        });
        return new SiteInput(key, nameVi, nameEn, kind, parent, agencyCode, unitCode, hostList, pathPrefix,
                List.copyOf(locales), theme, null, out);
    }

    public boolean isCreating() {
        return originalKey == null;
    }

    public String getOriginalKey() {
        return originalKey;
    }

    /** Settings by name for the form fields, e.g. {@code #{sitesBean.form.settings['owner']}}. */
    public Map<String, String> getSettings() {
        return settings;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getHosts() {
        return hosts;
    }

    public void setHosts(String hosts) {
        this.hosts = hosts;
    }

    public String getPathPrefix() {
        return pathPrefix;
    }

    public void setPathPrefix(String pathPrefix) {
        this.pathPrefix = pathPrefix;
    }

    public List<String> getLocales() {
        return locales;
    }

    public void setLocales(List<String> locales) {
        // the first locale is the site's default: keep the order it had
        List<String> before = this.locales;
        List<String> chosen = locales == null ? new ArrayList<>() : new ArrayList<>(locales);
        chosen.sort(java.util.Comparator.comparingInt(l -> before.contains(l) ? before.indexOf(l) : Integer.MAX_VALUE));
        this.locales = chosen;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }
}
