package vn.portal.plugins.notify.subscription;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.notify.domain.Secret;

/**
 * Signed links (confirm a subscription, unsubscribe, manage preferences): {@code <id>.<HMAC>},
 * where the HMAC-SHA256 covers the purpose and the id under a key made on first start and kept in
 * the database (all nodes share it). Nothing is stored per link, and a link for one purpose is
 * useless for another.
 */
public final class LinkTokens {

    private final byte[] key;

    public LinkTokens(PluginContext context) {
        this.key = Base64.getDecoder().decode(loadOrCreate(context));
    }

    public String sign(String purpose, String id) {
        return id + "." + mac(purpose, id);
    }

    /** The id inside a valid token for this purpose. */
    public Optional<String> verify(String purpose, String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String id = token.substring(0, dot);
        boolean ok = MessageDigest.isEqual(mac(purpose, id).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        return ok ? Optional.of(id) : Optional.empty();
    }

    private String mac(String purpose, String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] full = mac.doFinal((purpose + ":" + id).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, 18));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String loadOrCreate(PluginContext context) {
        return context.transactions().required(() -> {
            var em = context.persistence().entityManager();
            Secret s = em.find(Secret.class, "links");
            if (s == null) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                s = new Secret();
                s.name = "links";
                s.secret = Base64.getEncoder().encodeToString(random);
                em.persist(s);
            }
            return s.secret;
        });
    }
}
