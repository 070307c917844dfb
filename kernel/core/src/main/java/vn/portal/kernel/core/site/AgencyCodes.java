package vn.portal.kernel.core.site;

import java.util.regex.Pattern;

/**
 * Electronic agency identifiers (mã định danh điện tử cơ quan), REQUIREMENTS-VN.md §3.
 * Two forms are in use: the current one, highest level first ({@code H99.01.02}),
 * and the older field form ending in the level-1 group ({@code 000.00.01.H99}).
 */
public final class AgencyCodes {

    private static final Pattern CURRENT = Pattern.compile("[A-Y]\\d{2}(\\.[0-9A-Z]{1,10})*");
    private static final Pattern OLDER = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Y]\\d{2}");

    private AgencyCodes() {
    }

    public static boolean isValid(String code) {
        return code != null && code.length() <= 35
                && (CURRENT.matcher(code).matches() || OLDER.matcher(code).matches());
    }
}
