package vn.portal.kernel.core.admin;

import java.io.Serializable;
import vn.portal.kernel.core.catalog.CatalogService;

/** A line of an entry's change log for the view: {@link CatalogService.HistoryLine} is a record. */
public final class CatalogChangeRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String at;
    private final String actor;
    private final String source;
    private final String action;
    private final String version;
    private final String detail;

    CatalogChangeRow(CatalogService.HistoryLine h) {
        this.at = AdminTime.seconds(h.at());
        this.actor = h.actor();
        this.source = h.source();
        this.action = h.action();
        this.version = h.validFrom() == null ? "" : CatalogEntryRow.DAY.format(h.validFrom());
        this.detail = h.detail();
    }

    public String getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    /** Where the change came from: "admin", "import (csv)", "put"… */
    public String getSource() {
        return source;
    }

    /** CREATED or UPDATED. */
    public String getAction() {
        return action;
    }

    /** The start of the version that changed; empty for the open start. */
    public String getVersion() {
        return version;
    }

    public String getDetail() {
        return detail;
    }
}
