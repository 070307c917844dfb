package vn.portal.plugins.eform.schema;

import java.util.Optional;
import java.util.regex.Pattern;

/** The Vietnamese formats citizens type: identity numbers, mobile numbers, e-mail addresses. */
public final class Checks {

    private static final Pattern CCCD = Pattern.compile("\\d{12}");
    /** Mobile prefixes since the 2018 renumbering: 03x, 05x, 07x, 08x, 09x, then 8 digits. */
    private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private Checks() {
    }

    /** A citizen identity card number: exactly 12 digits (spaces allowed when typed), not all zeros. */
    public static Optional<String> cccd(String value) {
        String v = value.replaceAll("[\\s.]", "");
        return CCCD.matcher(v).matches() && !v.equals("000000000000") ? Optional.of(v) : Optional.empty();
    }

    /** A Vietnamese mobile number, given as 0xx…, 84xx… or +84 xx…; returned as 0xxxxxxxxx. */
    public static Optional<String> mobile(String value) {
        String v = value.replaceAll("[\\s.()-]", "");
        if (v.startsWith("+84")) {
            v = "0" + v.substring(3);
        } else if (v.startsWith("84") && v.length() == 11) {
            v = "0" + v.substring(2);
        }
        return MOBILE.matcher(v).matches() ? Optional.of(v) : Optional.empty();
    }

    public static Optional<String> email(String value) {
        String v = value.strip();
        return v.length() <= 254 && EMAIL.matcher(v).matches() ? Optional.of(v) : Optional.empty();
    }
}
