package vn.portal.kernel.core.catalog;

import java.util.List;

/**
 * The outcome of an import or a dry run: counts, and every problem by row and field.
 * With any error nothing was written.
 */
public record ImportReport(String catalog, boolean dryRun, int rows, int created, int updated, int unchanged,
        List<RowError> errors) {

    /** One problem: the row (file line for CSV, 1-based entry for JSON), the field, the entry's code. */
    public record RowError(int row, String field, String code, String message) {
    }

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Whether the entries were written (not a dry run, and no errors). */
    public boolean applied() {
        return !dryRun && ok();
    }
}
