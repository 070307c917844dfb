package vn.portal.kernel.core.admin;

import java.io.Serializable;
import vn.portal.kernel.core.catalog.ImportReport;

/** One problem of a report, its message in the page's words. */
public final class CatalogImportError implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int row;
    private final String field;
    private final String code;
    private final String message;

    CatalogImportError(ImportReport.RowError e) {
        row = e.row();
        field = e.field();
        code = e.code();
        message = CatalogProblems.text(e.message());
    }

    public int getRow() {
        return row;
    }

    public String getField() {
        return field;
    }

    public String getCode() {
        return code;
    }

    public String getMessage() {
        return message;
    }
}
