package vn.portal.kernel.core.admin;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalog checks report problems in English sentences (they are also the REST API's
 * words). The admin pages say the ones they know in the administrator's language, with the
 * values the sentence named, and show any other sentence as the server wrote it.
 */
final class CatalogProblems {

    private record Known(Pattern pattern, String key) {
    }

    /** Server sentences (EntryChecker, BuiltInCatalogs, CatalogFormat) and their bundle keys. */
    private static final List<Known> KNOWN = List.of(
            known("the code is required", "required.code"),
            known("the Vietnamese name is required", "required.nameVi"),
            known("'(.*)' is not a code: .*", "code"),
            known("at most (\\d+) characters", "length"),
            known("'(.*)' is not a date like .*", "date"),
            known("valid_to \\((.*)\\) must be after valid_from \\((.*)\\).*", "validTo.order"),
            known("status must be ACTIVE or INACTIVE, not '(.*)'", "status"),
            known("an entry cannot be its own parent", "parent.self"),
            known("an entry with successors must end: give valid_to", "validTo.successors"),
            known("an entry cannot succeed itself", "successors.self"),
            known("'(.*)' is not an attribute name.*", "attribute.name"),
            known("duplicate: row (\\d+) has the same code and valid_from", "duplicate"),
            known("validity overlaps the version in row (\\d+) \\((.*)\\): end the earlier version \\(valid_to\\)"
                    + " on or before (.*)", "overlap.row"),
            known("validity overlaps the version already stored \\((.*)\\): end the earlier version \\(valid_to\\)"
                    + " on or before (.*)", "overlap.stored"),
            known("no entry '(.*)' in (.*)", "missing"),
            known("parent '(.*)' makes a cycle.*", "parent.cycle"),
            known("'(.*)' is not an administrative unit code.*", "unit.code"),
            known("district code '(.*)' must end.*", "unit.district"),
            known("a (\\d)-digit code is a (\\w+), not a '(.*)'", "unit.level"),
            known("the parent of '(.*)' must be a larger unit.*", "unit.parent"),
            known("'(.*)' is not an electronic agency code.*", "agency.code"),
            known("no (\\S+) entry '(.*)' valid on (.*)", "reference"),
            known("The file has no entries", "file.empty"),
            known("The file is empty.*", "file.empty"),
            known("The file is UTF-16.*", "file.utf16"),
            known("Line (\\d+) is not UTF-8.*", "file.encoding"),
            known("The first line must name the columns.*", "file.header"),
            known("has (\\d+) fields, the header has (\\d+).*", "file.fields"),
            known("a quoted value is never closed.*", "file.quote"),
            known("The file is not valid JSON: (.*)", "file.json"),
            known("unknown field '(.*)'.*", "file.field"));

    private CatalogProblems() {
    }

    private static Known known(String regex, String key) {
        return new Known(Pattern.compile(regex), "catalogs.problem." + key);
    }

    /** A known sentence: its bundle key and the values it named. */
    record Match(String key, Object[] args) {
    }

    /** The bundle key and values for a server sentence, or null when it is not a known one. */
    static Match match(String serverText) {
        if (serverText == null) {
            return null;
        }
        for (Known k : KNOWN) {
            Matcher m = k.pattern().matcher(serverText);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                return new Match(k.key(), args);
            }
        }
        return null;
    }

    /** The sentence in the page's language when it is a known one, else as the server wrote it. */
    static String text(String serverText) {
        Match m = match(serverText);
        if (m == null) {
            return serverText == null ? "" : serverText;
        }
        String t = AdminMessages.text(m.key(), m.args());
        return t == null ? serverText : t;
    }
}
