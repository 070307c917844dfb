package vn.portal.kernel.core.identity.oidc;

import vn.portal.kernel.api.web.Html;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.RemoteKeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.LogoutTokenClaimsSet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import vn.portal.kernel.core.audit.AuditLog;
import vn.portal.kernel.core.common.RequestContext;
import vn.portal.kernel.core.config.PortalConfig;
import vn.portal.kernel.core.identity.LocalIdentity;
import vn.portal.kernel.core.identity.SessionKeys;
import vn.portal.kernel.core.identity.SignedInSession;
import vn.portal.kernel.core.identity.UserAccount;
import vn.portal.kernel.core.web.PlainPage;

/**
 * The browser side of OpenID Connect (authorization code flow with PKCE S256):
 * <ul>
 * <li>{@code /auth/oidc/login?return=/admin/…[&prompt=none]} sends the browser to the
 * provider with a fresh state, nonce and code challenge kept in the HTTP session;</li>
 * <li>{@code /auth/oidc/callback} (oidc.redirect-path) checks the state, exchanges the
 * code with the verifier, validates the ID token (signature with the provider's keys,
 * issuer, audience, expiry, nonce), links or provisions the account and begins the
 * portal session;</li>
 * <li>{@code /auth/oidc/logout?csrf=…} ends the portal session and the provider's
 * (RP-initiated logout with id_token_hint);</li>
 * <li>{@code POST /auth/oidc/backchannel-logout} receives the provider's logout token
 * and ends the portal sessions of that provider session on every host.</li>
 * </ul>
 * The redirect URI is built from the request's own host, so each host a site answers on
 * signs in for itself (register each one at the provider). With {@code prompt=none} a
 * browser that already has a session at the provider comes back signed in without
 * seeing a form; if it has none, it lands on the local sign-in page instead.
 */
@WebServlet(urlPatterns = "/auth/oidc/*", name = "oidc")
public class OidcServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(OidcServlet.class.getName());
    static final String LOGIN_PAGE = "/admin/login.xhtml";
    static final String DEFAULT_RETURN = "/admin/index.xhtml";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+](:\\d{1,5})?");
    /** What a provider answers to prompt=none when it would have to show something. */
    private static final Set<String> NEEDS_INTERACTION = Set.of("login_required", "interaction_required",
            "consent_required", "account_selection_required");
    private static final int MAX_PENDING = 8;
    private static final int PENDING_SESSION_SECONDS = 15 * 60;
    private static final Object PENDING_LOCK = new Object();

    /** A sign-in on its way through the provider, keyed by its state in the session. */
    record Pending(String nonce, String verifier, String redirectUri, String returnPath, boolean silent)
            implements Serializable {
    }

    @Inject
    OidcProvider provider;
    @Inject
    OidcUsers users;
    @Inject
    LocalIdentity identity;
    @Inject
    PortalConfig config;
    @Inject
    AuditLog audit;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String action = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (!provider.enabled()) {
            page(resp, 404, "Chưa bật đăng nhập một lần (SSO)", "Single sign-on is not configured.", null);
            return;
        }
        resp.setHeader("Cache-Control", "no-store");
        try {
            if (action.equals("/login")) {
                login(req, resp);
            } else if (("/auth/oidc" + action).equals(provider.settings().redirectPath())) {
                callback(req, resp);
            } else if (action.equals("/logout")) {
                logout(req, resp);
            } else {
                page(resp, 404, "Không tìm thấy trang", "Not found.", null);
            }
        } catch (OidcException e) {
            LOG.warning("[oidc] " + action + " failed (request " + RequestContext.current().requestId() + ", from "
                    + req.getRemoteAddr() + "): " + e.getMessage());
            String title = e.status() == 503 ? "Không kết nối được máy chủ xác thực"
                    : action.equals("/logout") ? "Đăng xuất không thành công" : "Đăng nhập một lần không thành công";
            page(resp, e.status(), title, e.getMessage(), req.getContextPath() + LOGIN_PAGE);
        }
    }

    /**
     * OpenID Connect Back-Channel Logout: the provider says a session ended there (the
     * person signed out elsewhere, or an operator ended it); every portal session that
     * sign-in opened ends too.
     */
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Cache-Control", "no-store");
        if (!provider.enabled() || !"/backchannel-logout".equals(req.getPathInfo())) {
            resp.sendError(404);
            return;
        }
        String token = req.getParameter("logout_token");
        try {
            if (token == null) {
                throw new OidcException(400, "no logout_token");
            }
            LogoutTokenClaimsSet claims = provider.resolved().logoutTokens().validate(JWTParser.parse(token));
            if (claims.getSessionID() == null) {
                throw new OidcException(400, "the logout token names no session (sid); enable"
                        + " 'backchannel.logout.session.required' for the client");
            }
            int ended = OidcSessions.endAll(claims.getSessionID().getValue());
            LOG.info("[oidc] back-channel logout of provider session " + claims.getSessionID() + ": " + ended
                    + " portal session(s) ended");
            resp.setStatus(200);
        } catch (OidcException | java.text.ParseException | BadJOSEException | JOSEException e) {
            LOG.warning("[oidc] back-channel logout rejected (from " + req.getRemoteAddr() + "): " + e.getMessage());
            int status = e instanceof OidcException o && o.status() == 503 ? 503 : 400;
            resp.setStatus(status);
            resp.setContentType("application/json");
            resp.getWriter().write("{\"error\":\"" + (status == 503 ? "temporarily_unavailable" : "invalid_request")
                    + "\"}");
        }
    }

    private void login(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String returnPath = safeReturn(req.getParameter("return"));
        boolean silent = "none".equals(req.getParameter("prompt"));
        OidcProvider.Resolved idp;
        try {
            if (!provider.reachable()) {
                throw new OidcException(503, "The identity provider " + provider.settings().issuer()
                        + " does not answer. Sign in with a local account, or try again later.");
            }
            idp = provider.resolved();
        } catch (OidcException unavailable) {
            if (silent) {
                // the provider is down: the local sign-in page must still work
                giveUpSilently(req, resp, returnPath);
                return;
            }
            throw unavailable;
        }
        OidcSettings s = provider.settings();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        String redirectUri = ownBase(req) + s.redirectPath();
        HttpSession session = req.getSession(true);
        if (!silent && session.getAttribute(SessionKeys.USER) == null) {
            // time to type a password at the provider (a sign-in resets the timeout); a silent
            // attempt keeps the short default, so anonymous probes of /admin cost little
            session.setMaxInactiveInterval(PENDING_SESSION_SECONDS);
        }
        pending(session).put(state.getValue(), new Pending(nonce.getValue(), verifier.getValue(), redirectUri, returnPath,
                silent));
        AuthenticationRequest.Builder auth = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope(s.scopes().toArray(String[]::new)), new ClientID(s.clientId()), URI.create(redirectUri))
                .endpointURI(idp.metadata().getAuthorizationEndpointURI())
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256);
        if (silent) {
            auth.prompt(new Prompt(Prompt.Type.NONE));
        }
        resp.sendRedirect(auth.build().toURI().toString());
    }

    private void callback(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpSession session = req.getSession(false);
        String stateParam = req.getParameter("state");
        Pending pending = session == null || stateParam == null ? null : pending(session).remove(stateParam);
        if (pending == null) {
            throw new OidcException(400, "This sign-in answer does not belong to a sign-in started here (unknown or"
                    + " reused state, or the session expired). Start again.");
        }
        OidcProvider.Resolved idp = provider.resolved();
        AuthenticationResponse answer;
        try {
            String query = req.getQueryString();
            answer = AuthenticationResponseParser.parse(URI.create(pending.redirectUri() + (query == null ? "" : "?"
                    + query)));
        } catch (ParseException | IllegalArgumentException e) {
            throw new OidcException(400, "The identity provider's answer is malformed: " + e.getMessage());
        }
        if (answer.getIssuer() != null && !answer.getIssuer().equals(idp.metadata().getIssuer())) {
            // RFC 9207: an answer from another provider (mix-up attack)
            throw new OidcException(400, "The answer comes from issuer " + answer.getIssuer() + ", not "
                    + idp.metadata().getIssuer());
        }
        if (!answer.indicatesSuccess()) {
            ErrorObject error = ((AuthenticationErrorResponse) answer).getErrorObject();
            if (pending.silent() && NEEDS_INTERACTION.contains(error.getCode())) {
                giveUpSilently(req, resp, pending.returnPath());
                return;
            }
            int status = "access_denied".equals(error.getCode()) ? 403 : 400;
            throw new OidcException(status, "The identity provider refused the sign-in: " + error.getCode()
                    + (error.getDescription() == null ? "" : " (" + error.getDescription() + ")"));
        }
        AuthorizationCode code = answer.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw new OidcException(400, "The identity provider's answer carries no authorization code");
        }
        OIDCTokenResponse tokens = exchange(idp, code, pending);
        JWT idToken = tokens.getOIDCTokens().getIDToken();
        IDTokenClaimsSet claims;
        try {
            claims = idp.idTokens().validate(idToken, new Nonce(pending.nonce()));
        } catch (RemoteKeySourceException e) {
            throw OidcException.unavailable("signing keys", e);
        } catch (BadJOSEException | JOSEException e) {
            throw new OidcException(400, "The ID token was rejected: " + e.getMessage());
        }
        UserAccount account;
        try {
            account = users.signIn(claims.getIssuer().getValue(), claims.toJWTClaimsSet());
        } catch (com.nimbusds.oauth2.sdk.ParseException e) {
            throw new OidcException(400, "The ID token's claims are unreadable: " + e.getMessage());
        }
        SignedInSession.begin(req, new LocalIdentity.SignIn(account.toPortalUser(), false),
                identity.isAdministrator(account.id()), config);
        HttpSession signedIn = req.getSession(false);
        signedIn.setAttribute(OidcSessionKeys.ID_TOKEN, idToken.serialize());
        signedIn.removeAttribute(OidcSessionKeys.SILENT_FAILED);
        OidcSessions.register(claims.getSessionID() == null ? null : claims.getSessionID().getValue(), signedIn);
        audit.recordNow(account.username(), "auth.login", account.id(), "oidc" + (pending.silent() ? " (silent)" : ""));
        LOG.info("[oidc] '" + account.username() + "' signed in" + (pending.silent() ? " silently" : "") + " on "
                + req.getServerName() + " from " + req.getRemoteAddr());
        resp.sendRedirect(req.getContextPath() + pending.returnPath());
    }

    private OIDCTokenResponse exchange(OidcProvider.Resolved idp, AuthorizationCode code, Pending pending) {
        OidcSettings s = provider.settings();
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, URI.create(pending.redirectUri()),
                new CodeVerifier(pending.verifier()));
        URI endpoint = idp.metadata().getTokenEndpointURI();
        TokenRequest request = s.publicClient() ? new TokenRequest(endpoint, new ClientID(s.clientId()), grant)
                : new TokenRequest(endpoint, new ClientSecretBasic(new ClientID(s.clientId()), new Secret(s.clientSecret())),
                        grant);
        TokenResponse response;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(OidcProvider.CONNECT_MILLIS);
            http.setReadTimeout(OidcProvider.READ_MILLIS);
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException e) {
            throw OidcException.unavailable("token endpoint", e);
        } catch (ParseException e) {
            throw new OidcException(502, "The identity provider's token answer is malformed: " + e.getMessage());
        }
        if (!response.indicatesSuccess()) {
            ErrorObject error = response.toErrorResponse().getErrorObject();
            throw new OidcException(400, "The identity provider did not accept the authorization code: " + error.getCode()
                    + (error.getDescription() == null ? "" : " (" + error.getDescription() + ")"));
        }
        OIDCTokenResponse ok = (OIDCTokenResponse) response.toSuccessResponse();
        if (ok.getOIDCTokens().getIDToken() == null) {
            throw new OidcException(502, "The identity provider returned no ID token (is 'openid' in oidc.scopes?)");
        }
        return ok;
    }

    private void logout(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpSession session = req.getSession(false);
        String login = ownBase(req) + LOGIN_PAGE;
        if (session == null || session.getAttribute(SessionKeys.USER) == null) {
            resp.sendRedirect(login);
            return;
        }
        Object csrf = session.getAttribute(SessionKeys.CSRF);
        String given = req.getParameter("csrf");
        if (csrf == null || given == null || !MessageDigest.isEqual(csrf.toString().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            throw new OidcException(403, "Sign out from the admin menu (the link lacks this session's token).");
        }
        String idToken = (String) session.getAttribute(OidcSessionKeys.ID_TOKEN);
        audit.recordNow(String.valueOf(((vn.portal.kernel.api.identity.PortalUser) session.getAttribute(SessionKeys.USER))
                .username()), "auth.logout", null, idToken == null ? null : "oidc");
        session.invalidate();
        if (idToken == null) {
            resp.sendRedirect(login);
            return;
        }
        URI endSession;
        try {
            endSession = provider.resolved().metadata().getEndSessionEndpointURI();
        } catch (OidcException unavailable) {
            LOG.warning("[oidc] signed out of the portal only; " + unavailable.getMessage());
            endSession = null;
        }
        if (endSession == null) {
            resp.sendRedirect(login);
            return;
        }
        try {
            resp.sendRedirect(new LogoutRequest(endSession, JWTParser.parse(idToken), URI.create(login), new State())
                    .toURI().toString());
        } catch (java.text.ParseException e) {
            resp.sendRedirect(login);
        }
    }

    /** prompt=none found no session at the provider (or the provider is down): show the local sign-in page. */
    private void giveUpSilently(HttpServletRequest req, HttpServletResponse resp, String returnPath) throws IOException {
        req.getSession(true).setAttribute(OidcSessionKeys.SILENT_FAILED, Boolean.TRUE);
        resp.sendRedirect(req.getContextPath() + LOGIN_PAGE + "?return=" + URLEncoder.encode(returnPath,
                StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Pending> pending(HttpSession session) {
        synchronized (PENDING_LOCK) {
            Object o = session.getAttribute(OidcSessionKeys.PENDING);
            if (o instanceof Map<?, ?> m) {
                return (Map<String, Pending>) m;
            }
            Map<String, Pending> m = java.util.Collections.synchronizedMap(new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
                    return size() > MAX_PENDING;
                }
            });
            session.setAttribute(OidcSessionKeys.PENDING, m);
            return m;
        }
    }

    /** Where the provider sends the browser back: this request's own scheme and host. */
    static String ownBase(HttpServletRequest req) {
        String host = req.getHeader("Host");
        if (host == null || !HOST.matcher(host).matches()) {
            throw new OidcException(400, "The request's Host header is missing or malformed");
        }
        return req.getScheme() + "://" + host + req.getContextPath();
    }

    /** Only a path on this portal: no scheme, no other host ("//evil"), no backslashes. */
    public static String safeReturn(String r) {
        if (r == null || !r.startsWith("/") || r.startsWith("//") || r.contains("\\") || r.length() > 2000
                || r.chars().anyMatch(c -> c < 0x20)) {
            return DEFAULT_RETURN;
        }
        return r;
    }

    static void page(HttpServletResponse resp, int status, String titleVi, String detail, String back)
            throws IOException {
        PlainPage.write(resp, status, titleVi, "<p lang=\"en\">" + Html.escape(detail) + "</p>", back,
                "Về trang đăng nhập / Back to sign-in");
    }
}
