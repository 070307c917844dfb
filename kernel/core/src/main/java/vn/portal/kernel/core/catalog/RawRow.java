package vn.portal.kernel.core.catalog;

import java.util.Map;

/**
 * One entry as read from a file, before checking: its row number and its values by column
 * (the standard columns of {@link CatalogFormat#COLUMNS}; any other column is an attribute).
 * Values are NFC-normalised and trimmed; empty values are absent.
 */
record RawRow(int number, Map<String, String> values) {
}
