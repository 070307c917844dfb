package vn.portal.plugins.eform.schema;

/** One answer of a choice field. */
public record Option(String value, Text label) {
}
