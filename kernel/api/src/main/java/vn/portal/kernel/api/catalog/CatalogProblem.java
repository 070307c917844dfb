package vn.portal.kernel.api.catalog;

/**
 * What is wrong with one field of a catalog entry, in a sentence an administrator can act on.
 * {@code field} is the column name of the import format: code, name_vi, name_en, parent,
 * valid_from, valid_to, successors, status, or the name of an attribute.
 */
public record CatalogProblem(String field, String message) {
}
