package vn.portal.kernel.core.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TotpTest {

    /** RFC 6238 appendix B, SHA-1 seed "12345678901234567890", 6 low digits of the 8-digit vectors. */
    @Test
    void matchesTheRfcTestVectors() {
        String secret = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
        assertEquals("287082", Totp.code(secret, 59 / 30));
        assertEquals("081804", Totp.code(secret, 1111111109L / 30));
        assertEquals("050471", Totp.code(secret, 1111111111L / 30));
        assertEquals("005924", Totp.code(secret, 1234567890L / 30));
        assertEquals("279037", Totp.code(secret, 2000000000L / 30));
    }

    @Test
    void acceptsOneStepOfDriftOnly() {
        String secret = Totp.newSecret();
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String current = Totp.code(secret, now.getEpochSecond() / 30);
        assertTrue(Totp.verify(secret, current, now));
        assertTrue(Totp.verify(secret, current, now.plusSeconds(30)));
        assertFalse(Totp.verify(secret, current, now.plusSeconds(90)));
        assertFalse(Totp.verify(secret, "12345", now));
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, Totp.unbase32(Totp.base32(new byte[] {1, 2, 3, 4, 5})));
    }

    @Test
    void secretsAreSealedWithTheHomesKey(@TempDir Path dir) {
        SecretBox box = SecretBox.fromKeyFile(dir.resolve("config/secret.key"));
        String sealed = box.seal("JBSWY3DPEHPK3PXP");
        assertNotEquals("JBSWY3DPEHPK3PXP", sealed);
        assertEquals("JBSWY3DPEHPK3PXP", SecretBox.fromKeyFile(dir.resolve("config/secret.key")).open(sealed));
        assertNotEquals(sealed, box.seal("JBSWY3DPEHPK3PXP"), "a fresh nonce each time");
        SecretBox other = SecretBox.fromKeyFile(dir.resolve("other.key"));
        assertThrows(IllegalStateException.class, () -> other.open(sealed));
    }
}
