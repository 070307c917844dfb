package vn.portal.kernel.core.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void argon2idAtTheOwaspBaselineAndLegacyHashesStillVerify() {
        String hash = Passwords.hash("Mật-khẩu-2026!".toCharArray());
        assertTrue(hash.startsWith("$shiro2$argon2id$v=19$t=2,m=19456,p=1$"), hash);
        assertTrue(Passwords.verify("Mật-khẩu-2026!".toCharArray(), hash));
        assertFalse(Passwords.verify("Mật-khẩu-2025!".toCharArray(), hash));
        String legacy = PasswordHasher.hash("Cu-2026!abcdefgh".toCharArray());
        assertTrue(Passwords.verify("Cu-2026!abcdefgh".toCharArray(), legacy));
        assertFalse(Passwords.isCurrentFormat(legacy), "legacy hashes are re-hashed at the next sign-in");
        assertFalse(Passwords.verify("x".toCharArray(), "$shiro2$garbage"));
    }
}
