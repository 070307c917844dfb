package vn.portal.kernel.core.admin;

import java.io.Serializable;
import vn.portal.kernel.core.catalog.ImportReport;

/** The counts of a report: {@link ImportReport} is a record, which EL cannot read. */
public final class CatalogImportCounts implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int rows;
    private final int created;
    private final int updated;
    private final int unchanged;
    private final int errors;
    private final boolean applied;

    CatalogImportCounts(ImportReport r) {
        rows = r.rows();
        created = r.created();
        updated = r.updated();
        unchanged = r.unchanged();
        errors = r.errors().size();
        applied = r.applied();
    }

    public int getRows() {
        return rows;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getErrors() {
        return errors;
    }

    public boolean isApplied() {
        return applied;
    }
}
