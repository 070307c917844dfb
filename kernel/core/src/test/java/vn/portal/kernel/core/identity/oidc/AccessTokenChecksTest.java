package vn.portal.kernel.core.identity.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks a bearer access token goes through, against a key set held in memory. */
class AccessTokenChecksTest {

    static final String ISSUER = "http://127.0.0.1:8180/realms/portal";
    static RSAKey idpKey;
    static RSAKey otherKey;
    static ConfigurableJWTProcessor<SecurityContext> processor;

    @BeforeAll
    static void keys() throws Exception {
        idpKey = new RSAKeyGenerator(2048).keyID("idp").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("idp").generate();
        processor = OidcProvider.accessTokenProcessor(ISSUER, Set.of(JWSAlgorithm.RS256),
                new ImmutableJWKSet<>(new JWKSet(idpKey.toPublicJWK())));
    }

    static JWTClaimsSet.Builder claims() {
        long now = System.currentTimeMillis();
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("be08-2876").audience("portal").claim("azp", "portal")
                .issueTime(new Date(now)).expirationTime(new Date(now + 300_000));
    }

    static String sign(JWTClaimsSet c, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), c);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    static String reason(String token) {
        return assertThrows(BadJOSEException.class, () -> processor.process(token, null)).getMessage();
    }

    @Test
    void aTokenFromTheProviderForThePortalIsAccepted() throws Exception {
        JWTClaimsSet c = processor.process(sign(claims().build(), idpKey), null);
        assertEquals("be08-2876", c.getSubject());
        assertNull(OidcBearer.notForThePortal(c, "portal"));
    }

    @Test
    void expiredForgedOrForeignTokensAreRejected() throws Exception {
        long now = System.currentTimeMillis();
        assertTrue(reason(sign(claims().expirationTime(new Date(now - 120_000)).build(), idpKey)).contains("Expired"));
        assertTrue(reason(sign(claims().issuer("http://127.0.0.1:8180/realms/other").build(), idpKey)).contains("iss"));
        assertTrue(reason(sign(claims().build(), otherKey)).contains("signature"), "same key id, other key");
        assertThrows(BadJOSEException.class, () -> processor.process(new PlainJWT(claims().build()).serialize(), null),
                "alg none");
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
        hmac.sign(new MACSigner("a-shared-secret-that-is-at-least-256-bits-long!!"));
        assertThrows(BadJOSEException.class, () -> processor.process(hmac.serialize(), null), "HMAC is not accepted");
    }

    @Test
    void tokensIssuedToAnotherClientOrIdTokensAreNotForTheApi() throws Exception {
        assertTrue(OidcBearer.notForThePortal(claims().audience("account").claim("azp", "khac").build(), "portal")
                .contains("not to client portal"));
        assertNull(OidcBearer.notForThePortal(claims().audience(List.of("account", "portal")).claim("azp", "khac").build(),
                "portal"), "audience names the portal");
        assertTrue(OidcBearer.notForThePortal(claims().claim("typ", "ID").build(), "portal").contains("ID token"));
    }

    @Test
    void groupsComeFromAFlatOrNestedClaim() {
        JWTClaimsSet c = claims().claim("groups", List.of("portal-admins")).claim("realm_access",
                Map.of("roles", List.of("so-noi-vu-editors"))).build();
        assertEquals(List.of("portal-admins"), OidcUsers.groups(c, "groups"));
        assertEquals(List.of("so-noi-vu-editors"), OidcUsers.groups(c, "realm_access.roles"));
        assertNull(OidcUsers.groups(c, "roles"), "no claim: grants are left alone");
    }

    @Test
    void vietnameseNamesPutTheFamilyNameFirst() {
        assertEquals("Nguyễn Văn A", OidcUsers.displayName(claims().claim("given_name", "Văn A")
                .claim("family_name", "Nguyễn").claim("name", "Văn A Nguyễn").build()));
        assertEquals("Trần Thị B", OidcUsers.displayName(claims().claim("name", "Trần Thị B").build()));
        assertEquals("be08-2876", OidcUsers.displayName(claims().build()));
    }
}
