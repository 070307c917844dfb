package vn.portal.kernel.core.identity;

import org.apache.shiro.authc.credential.DefaultPasswordService;

/**
 * Password hashing with Argon2id (Shiro's default, m=64 MiB, t=1, p=4), stored in
 * Shiro's self-describing {@code $shiro2$argon2id$…} format. Hashes written by the
 * interim PBKDF2 account are still verified and are re-hashed at the next sign-in.
 */
public final class Passwords {

    private static final DefaultPasswordService SERVICE = new DefaultPasswordService();
    private static final String DUMMY = SERVICE.encryptPassword("timing-equaliser");

    private Passwords() {
    }

    public static String hash(char[] password) {
        return SERVICE.encryptPassword(new String(password));
    }

    public static boolean verify(char[] password, String stored) {
        if (stored == null) {
            return false;
        }
        if (stored.startsWith("pbkdf2-sha256$")) {
            return PasswordHasher.verify(password, stored);
        }
        try {
            return SERVICE.passwordsMatch(new String(password), stored);
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    /** Spends the time of a real verification, so an unknown user name cannot be told apart by timing. */
    public static void verifyNothing(char[] password) {
        SERVICE.passwordsMatch(new String(password), DUMMY);
    }

    public static boolean isCurrentFormat(String stored) {
        return stored != null && stored.startsWith("$shiro2$argon2id$");
    }
}
