package vn.portal.plugins.eform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Random tokens, their digests and HMAC signatures with the plugin's key. Lookup and resume
 * tokens are random and only their SHA-256 is stored; a form token is signed, not stored.
 */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    Secrets(byte[] key) {
        this.key = key.clone();
    }

    /** 128 random bits, URL-safe. */
    static String random() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String newKey() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of a given token with a stored digest. */
    static boolean matches(String token, String digest) {
        return token != null && digest != null && MessageDigest.isEqual(sha256(token).getBytes(StandardCharsets.US_ASCII),
                digest.getBytes(StandardCharsets.US_ASCII));
    }

    String sign(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The lookup token of the dossier made from this submission: derived from the submission's
     * own secret (the draft's resume token or the caller's idempotency key), so a repeated
     * submit shows the same receipt, and unguessable without the plugin's key.
     */
    String lookupToken(String siteKey, String submissionSecret) {
        return sign("lookup|" + siteKey + "|" + submissionSecret).substring(0, 22);
    }

    /** A token proving a post comes from a form page this portal served, valid for {@code hours}. */
    String formToken(String siteKey, String formKey, long issuedEpochSecond) {
        String body = issuedEpochSecond + "." + random().substring(0, 8);
        return body + "." + sign("form|" + siteKey + "|" + formKey + "|" + body).substring(0, 22);
    }

    boolean validFormToken(String token, String siteKey, String formKey, long nowEpochSecond, long maxAgeSeconds) {
        if (token == null) {
            return false;
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return false;
        }
        long issued;
        try {
            issued = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            return false;
        }
        if (issued > nowEpochSecond + 60 || nowEpochSecond - issued > maxAgeSeconds) {
            return false;
        }
        String expected = sign("form|" + siteKey + "|" + formKey + "|" + parts[0] + "." + parts[1]).substring(0, 22);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII));
    }
}
