package vn.portal.plugins.eform.api;

import java.util.Map;

/**
 * Who is filling which form where, and what they have answered so far.
 *
 * @param userId        the signed-in account, or null
 * @param userName      its display name, or null
 * @param username      its sign-in name, or null (with a national sign-in it may be the ID number)
 * @param procedureCode the form's procedure (catalog code)
 * @param answers       the text answers given so far, by field name (an address by its commune code);
 *                      a source keyed by an answer (e.g. the citizen ID number typed in step 1)
 *                      reads it here. Never null.
 */
public record PrefillRequest(String siteKey, String locale, String procedureCode, String userId, String userName,
        String username, Map<String, String> answers) {

    public PrefillRequest {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }

    /** Without a sign-in name or answers. */
    public PrefillRequest(String siteKey, String locale, String procedureCode, String userId, String userName) {
        this(siteKey, locale, procedureCode, userId, userName, null, Map.of());
    }

    public boolean signedIn() {
        return userId != null;
    }

    /** An answer given so far, or null. */
    public String answer(String field) {
        return answers.get(field);
    }
}
