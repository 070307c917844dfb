package vn.portal.plugins.eform.api;

/**
 * Who is filling which form where.
 *
 * @param userId        the signed-in account, or null
 * @param userName      its display name, or null
 * @param procedureCode the form's procedure (catalog code)
 */
public record PrefillRequest(String siteKey, String locale, String procedureCode, String userId, String userName) {
}
