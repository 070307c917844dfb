package vn.portal.kernel.core.identity;

import vn.portal.kernel.core.config.PortalConfig;

/**
 * REQUIREMENTS-VN §5: at least 8 characters when the account has a second factor,
 * otherwise at least 14 characters of four classes (upper, lower, digit, symbol).
 * Both lengths are configurable ({@code password.min-length.mfa},
 * {@code password.min-length}); administrators cannot reuse their last
 * {@code password.history} (10) passwords.
 */
public record PasswordPolicy(int minLengthWithMfa, int minLength, int history) {

    public static PasswordPolicy from(PortalConfig config) {
        return new PasswordPolicy(config.getInt("password.min-length.mfa", 8), config.getInt("password.min-length", 14),
                config.getInt("password.history", 10));
    }

    /** @return null when acceptable, else what is missing (in Vietnamese and English) */
    public String problem(char[] password, boolean hasMfa) {
        String s = new String(password);
        if (hasMfa) {
            return s.length() >= minLengthWithMfa ? null
                    : "Mật khẩu cần ít nhất " + minLengthWithMfa + " ký tự / at least " + minLengthWithMfa + " characters";
        }
        boolean upper = s.chars().anyMatch(Character::isUpperCase);
        boolean lower = s.chars().anyMatch(Character::isLowerCase);
        boolean digit = s.chars().anyMatch(Character::isDigit);
        boolean other = s.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        if (s.length() < minLength || !(upper && lower && digit && other)) {
            return "Mật khẩu cần ít nhất " + minLength + " ký tự gồm chữ hoa, chữ thường, chữ số và ký hiệu / at least "
                    + minLength + " characters with upper- and lower-case letters, a digit and a symbol";
        }
        return null;
    }
}
