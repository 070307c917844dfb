package vn.portal.kernel.core.identity.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.RemoteKeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.core.common.RequestContext;
import vn.portal.kernel.core.identity.Tokens;
import vn.portal.kernel.core.identity.UserAccount;
import vn.portal.kernel.core.identity.UserStore;

/**
 * REST clients holding an access token from the identity provider: a JWT whose
 * signature verifies with the provider's published keys, whose issuer is the
 * configured one, which has not expired, and which was issued to the portal
 * ({@code azp} or {@code aud} is {@code oidc.client-id}). The person is the account
 * linked to the token's subject, provisioned on first use like a browser sign-in.
 * A token already checked is remembered for a minute (never past its expiry) so API
 * calls do not write to the database each time.
 */
@ApplicationScoped
public class OidcBearer {

    private static final Logger LOG = Logger.getLogger(OidcBearer.class.getName());

    @Inject
    OidcProvider provider;
    @Inject
    OidcUsers users;
    @Inject
    UserStore accounts;

    /** A token checked recently: its account, until a minute has passed or the token expires. */
    private record Checked(String userId, long until) {
    }

    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    public boolean enabled() {
        return provider.enabled();
    }

    /**
     * @throws OidcException 401 with the reason when the token is not acceptable, 403 when
     *         its account is locked or disabled, 503 when the provider's keys cannot be fetched
     */
    public PortalUser authenticate(String token) {
        String key = Tokens.sha256(token);
        Checked known = checked.get(key);
        long now = System.currentTimeMillis();
        if (known != null && known.until() > now) {
            Optional<UserAccount> account = accounts.byId(known.userId()).filter(UserAccount::active);
            if (account.isPresent()) {
                return account.get().toPortalUser();
            }
        }
        OidcProvider.Resolved idp = provider.resolved();
        JWTClaimsSet claims;
        try {
            claims = idp.accessTokens().process(token, null);
        } catch (ParseException e) {
            throw rejected("not a JWT");
        } catch (RemoteKeySourceException e) {
            throw OidcException.unavailable("signing keys", e);
        } catch (BadJOSEException | JOSEException e) {
            // expired, wrong issuer, unknown key, bad signature …: Nimbus says which
            throw rejected(e.getMessage());
        }
        String problem = notForThePortal(claims, provider.settings().clientId());
        if (problem != null) {
            throw rejected(problem);
        }
        UserAccount account = users.signIn(claims.getIssuer(), claims);
        if (checked.size() > 10_000) {
            checked.values().removeIf(c -> c.until() <= now);
        }
        checked.put(key, new Checked(account.id(), Math.min(claims.getExpirationTime().getTime(), now + 60_000)));
        return account.toPortalUser();
    }

    /** Why a verified token is still not one for the portal's API, or null if it is. */
    static String notForThePortal(JWTClaimsSet claims, String clientId) {
        List<String> audience = claims.getAudience();
        Object azp = claims.getClaim("azp");
        if (!clientId.equals(azp) && (audience == null || !audience.contains(clientId))) {
            return "issued to " + (azp != null ? azp : audience) + ", not to client " + clientId;
        }
        if ("ID".equals(claims.getClaim("typ")) || claims.getClaim("nonce") != null) {
            // Keycloak marks ID tokens typ=ID; any token with a nonce came from a browser sign-in
            return "an ID token is not an access token";
        }
        return null;
    }

    private static OidcException rejected(String why) {
        String reason = why == null ? "invalid" : why.replaceAll("[\\p{Cntrl}\\\\]", " ");
        LOG.info("[oidc] bearer token rejected (request " + RequestContext.current().requestId() + ", from "
                + RequestContext.current().sourceIp() + "): " + reason);
        return new OidcException(401, "The access token is not accepted: " + reason);
    }
}
