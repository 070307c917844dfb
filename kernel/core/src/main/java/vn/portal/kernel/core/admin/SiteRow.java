package vn.portal.kernel.core.admin;

import java.io.Serializable;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.site.SiteStatus;

/** A site as a tree-table row: {@link Site} is a record, which EL cannot read. */
public final class SiteRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String name;
    private final String kind;
    private final String agencyCode;
    private final String unitCode;
    private final String status;
    private final String redirectTo;
    private final String url;
    private final boolean sample;
    private final boolean hostNamed;

    SiteRow(Site s, String url, boolean english) {
        this.key = s.key();
        this.name = english ? s.name("en") : s.nameVi();
        this.kind = s.kind().name();
        this.agencyCode = s.agencyCode();
        this.unitCode = s.unitCode();
        this.status = s.status().name();
        this.redirectTo = s.redirectTo();
        this.url = url;
        this.sample = s.sample();
        this.hostNamed = !s.hosts().isEmpty();
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getStatus() {
        return status;
    }

    public boolean isArchived() {
        return SiteStatus.ARCHIVED.name().equals(status);
    }

    public String getRedirectTo() {
        return redirectTo;
    }

    public String getUrl() {
        return url;
    }

    /** Short enough for a table column: the host of a host-named site, else the path ("/" for the default site). */
    public String getUrlLabel() {
        if (url == null) {
            return "";
        }
        String rest = url.replaceFirst("^https?://", "");
        int slash = rest.indexOf('/');
        String path = slash < 0 ? "/" : rest.substring(slash);
        return hostNamed ? rest.substring(0, slash < 0 ? rest.length() : slash) : path;
    }

    public boolean isSample() {
        return sample;
    }
}
