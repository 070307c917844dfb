package vn.portal.kernel.api.catalog;

/**
 * Something that refers to a catalog code: a site's administrative unit, an article's
 * sector. {@code kind} says what it is ("site", "content item"), {@code label} names it for
 * people, {@code siteKey} is the site it belongs to.
 */
public record CatalogReference(String kind, String id, String label, String siteKey) {
}
