package vn.portal.kernel.core.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordTest {

    @Test
    void hashesVerifyAndAreSalted() {
        String a = PasswordHasher.hash("Mật-khẩu-2026!".toCharArray());
        String b = PasswordHasher.hash("Mật-khẩu-2026!".toCharArray());
        assertNotEquals(a, b);
        assertTrue(PasswordHasher.verify("Mật-khẩu-2026!".toCharArray(), a));
        assertFalse(PasswordHasher.verify("mật-khẩu-2026!".toCharArray(), a));
        assertFalse(PasswordHasher.verify("x".toCharArray(), "garbage"));
    }

    @Test
    void policyNeedsFourteenCharactersOfFourClasses() {
        assertNotNull(LocalIdentity.passwordProblem("Short1!".toCharArray()));
        assertNotNull(LocalIdentity.passwordProblem("alllowercase-123456".toCharArray()));
        assertNull(LocalIdentity.passwordProblem("Quan-Tri-2026!x".toCharArray()));
        assertTrue(PasswordHasher.generate().matches("[A-Za-z0-9]{20}"));
    }
}
