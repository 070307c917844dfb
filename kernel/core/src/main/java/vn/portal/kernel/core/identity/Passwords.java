package vn.portal.kernel.core.identity;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.HashRequest;
import org.apache.shiro.lang.util.ByteSource;

/**
 * Password hashing with Argon2id at OWASP's baseline (m=19 MiB, t=2, p=1) — Shiro's
 * default of 64 MiB per hash made every sign-in cost the heap a lot on a small node —
 * stored in Shiro's self-describing {@code $shiro2$argon2id$…} format, which carries its
 * parameters, so stronger settings later still verify today's hashes. Hashes written by
 * the interim PBKDF2 account are still verified and are re-hashed at the next sign-in.
 */
public final class Passwords {

    private static final DefaultPasswordService SERVICE = new DefaultPasswordService() {
        @Override
        protected HashRequest createHashRequest(ByteSource plaintext) {
            return new HashRequest.Builder().setSource(plaintext).setAlgorithmName("argon2id")
                    .addParameter("Argon2.memoryKib", "19456").addParameter("Argon2.iterations", "2")
                    .addParameter("Argon2.parallelism", "1").build();
        }
    };
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
