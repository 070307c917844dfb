package vn.portal.kernel.core.identity.oidc;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.nimbusds.openid.connect.sdk.validators.LogoutTokenValidator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import vn.portal.kernel.core.config.PortalConfig;

/**
 * The identity provider as the portal knows it: its discovery document, its signing
 * keys (JWKS, cached and refreshed by Nimbus when an unknown key id appears) and the
 * validators built on them. Resolved on first use, so the portal starts while the
 * provider is down; after a failure it is asked again at most every 10 seconds.
 */
@ApplicationScoped
public class OidcProvider {

    private static final Logger LOG = Logger.getLogger(OidcProvider.class.getName());
    static final int CONNECT_MILLIS = 3_000;
    static final int READ_MILLIS = 5_000;
    private static final long RETRY_AFTER_FAILURE_MILLIS = 10_000;

    /** What the provider published, and the checks built on its keys. */
    record Resolved(OIDCProviderMetadata metadata, IDTokenValidator idTokens,
            ConfigurableJWTProcessor<SecurityContext> accessTokens, LogoutTokenValidator logoutTokens) {
    }

    @Inject
    PortalConfig config;

    private OidcSettings settings;
    private volatile Resolved resolved;
    private volatile long failedAt;
    private volatile OidcException lastFailure;
    private volatile long reachableCheckedAt;
    private volatile boolean reachable;

    @PostConstruct
    void init() {
        settings = OidcSettings.from(config);
        if (settings.enabled()) {
            LOG.info("[oidc] single sign-on with " + settings.issuer() + " as client '" + settings.clientId() + "' ("
                    + (settings.publicClient() ? "public client, PKCE" : "confidential client, PKCE") + "), "
                    + settings.roleMapping().size() + " group-to-role mappings");
        }
    }

    public OidcSettings settings() {
        return settings;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /**
     * Whether the provider answers now (its discovery document, 1 s to connect), known
     * for 5 seconds. Checked before sending a browser there, so that a provider that
     * went down sends people to the local sign-in page instead of a browser error.
     */
    public boolean reachable() {
        long now = System.currentTimeMillis();
        if (now - reachableCheckedAt < 5_000) {
            return reachable;
        }
        boolean ok;
        try {
            java.net.HttpURLConnection c = (java.net.HttpURLConnection) URI.create(settings.issuer()
                    + "/.well-known/openid-configuration").toURL().openConnection();
            c.setConnectTimeout(1_000);
            c.setReadTimeout(2_000);
            ok = c.getResponseCode() == 200;
            c.disconnect();
        } catch (IOException | IllegalArgumentException e) {
            ok = false;
        }
        if (!ok && (reachable || reachableCheckedAt == 0)) {
            LOG.warning("[oidc] the identity provider " + settings.issuer() + " does not answer; sign-in pages offer the"
                    + " local form only until it does");
        }
        reachable = ok;
        reachableCheckedAt = now;
        return ok;
    }

    /** @throws OidcException 503 when the provider's metadata or keys cannot be fetched */
    Resolved resolved() {
        Resolved r = resolved;
        if (r != null) {
            return r;
        }
        synchronized (this) {
            if (resolved != null) {
                return resolved;
            }
            if (lastFailure != null && System.currentTimeMillis() - failedAt < RETRY_AFTER_FAILURE_MILLIS) {
                throw lastFailure;
            }
            try {
                resolved = resolve();
                lastFailure = null;
                return resolved;
            } catch (OidcException e) {
                failedAt = System.currentTimeMillis();
                lastFailure = e;
                LOG.warning("[oidc] " + e.getMessage());
                throw e;
            }
        }
    }

    private Resolved resolve() {
        OIDCProviderMetadata metadata;
        try {
            // also checks that the document's issuer is exactly the configured one
            metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), CONNECT_MILLIS, READ_MILLIS);
        } catch (IOException e) {
            throw OidcException.unavailable("discovery of " + settings.issuer(), e);
        } catch (GeneralException e) {
            throw new OidcException(503, "The identity provider's discovery document is not usable: " + e.getMessage(), e);
        }
        if (metadata.getJWKSetURI() == null || metadata.getTokenEndpointURI() == null) {
            throw new OidcException(503, "The identity provider publishes no jwks_uri or token_endpoint");
        }
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(CONNECT_MILLIS, READ_MILLIS, 512 * 1024)).retrying(true).build();
        } catch (java.net.MalformedURLException e) {
            throw new OidcException(503, "The identity provider's jwks_uri is not a URL: " + metadata.getJWKSetURI(), e);
        }
        Set<JWSAlgorithm> algorithms = signatureAlgorithms(metadata.getIDTokenJWSAlgs());
        Issuer issuer = metadata.getIssuer();
        IDTokenValidator idTokens = new IDTokenValidator(issuer, new ClientID(settings.clientId()),
                new JWSVerificationKeySelector<>(algorithms, keys), null);

        ConfigurableJWTProcessor<SecurityContext> accessTokens = accessTokenProcessor(issuer.getValue(), algorithms, keys);
        LOG.info("[oidc] provider " + issuer + " resolved: keys from " + metadata.getJWKSetURI() + ", algorithms "
                + algorithms);
        LogoutTokenValidator logoutTokens = new LogoutTokenValidator(issuer, new ClientID(settings.clientId()),
                new JWSVerificationKeySelector<>(algorithms, keys), null);
        return new Resolved(metadata, idTokens, accessTokens, logoutTokens);
    }

    /** Signature by one of the provider's keys, issuer, expiry (with a minute of clock skew), subject. */
    static ConfigurableJWTProcessor<SecurityContext> accessTokenProcessor(String issuer, Set<JWSAlgorithm> algorithms,
            JWKSource<SecurityContext> keys) {
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys));
        p.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(new JWTClaimsSet.Builder().issuer(issuer).build(),
                Set.of("sub", "exp", "iat")));
        return p;
    }

    /**
     * Only public-key signatures: an HMAC "signature" would be checked with the client
     * secret, which the portal does not use as a verification key.
     */
    static Set<JWSAlgorithm> signatureAlgorithms(List<JWSAlgorithm> published) {
        Set<JWSAlgorithm> out = new HashSet<>();
        if (published != null) {
            for (JWSAlgorithm a : published) {
                if (JWSAlgorithm.Family.SIGNATURE.contains(a)) {
                    out.add(a);
                }
            }
        }
        if (out.isEmpty()) {
            out.add(JWSAlgorithm.RS256);
        }
        return out;
    }
}
