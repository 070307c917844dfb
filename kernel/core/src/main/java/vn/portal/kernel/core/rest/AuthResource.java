package vn.portal.kernel.core.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import vn.portal.kernel.api.rest.Public;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.core.audit.AuditLog;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.config.PortalConfig;
import vn.portal.kernel.core.identity.ApiTokens;
import vn.portal.kernel.core.identity.LocalIdentity;
import vn.portal.kernel.core.identity.SignedInSession;

/**
 * Sign-in for REST clients and personal API tokens. A session sign-in answers with a
 * {@code csrfToken}: send it as {@code X-CSRF-Token} on every write made with the session.
 */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** Body of a sign-in. */
    public record Credentials(String username, String password, String code) {
    }

    /** Body of a password change. */
    public record PasswordChange(String username, String current, String next) {
    }

    /** What a signed-in client learns. */
    public record SignedIn(PortalUser user, String csrfToken, boolean mustChangePassword) {
    }

    /** Who is calling. */
    public record Me(PortalUser user, boolean administrator) {
    }

    /** Body of a token request. */
    public record TokenRequest(String name, List<String> scopes, Integer days) {
    }

    @Inject
    LocalIdentity identity;
    @Inject
    ApiTokens tokens;
    @Inject
    PortalConfig config;
    @Inject
    AuditLog audit;
    @Context
    HttpServletRequest request;

    @Public
    @POST
    @Path("login")
    public SignedIn login(Credentials c) {
        if (c == null || blank(c.username()) || c.password() == null) {
            throw PortalException.invalid("User name and password are required",
                    Map.of("username", "required", "password", "required"));
        }
        LocalIdentity.SignIn signIn = identity.authenticate(c.username(), c.password().toCharArray(), c.code())
                .orElseThrow(() -> new PortalException(PortalException.Kind.UNAUTHORIZED,
                        "Sign-in failed: wrong user name or password, or the account is locked"));
        String csrf = SignedInSession.begin(request, signIn, identity.isAdministrator(signIn.user().id()), config);
        return new SignedIn(signIn.user(), csrf, signIn.mustChangePassword());
    }

    @Public
    @POST
    @Path("logout")
    public Response logout() {
        HttpSession session = request.getSession(false);
        if (session != null) {
            audit.record("auth.logout", null, null, null, null);
            session.invalidate();
        }
        return Response.noContent().build();
    }

    /** Changes a password with the current one (also the way out of a forced change). */
    @Public
    @POST
    @Path("password")
    public Response changePassword(PasswordChange p) {
        if (p == null || blank(p.username()) || p.current() == null || p.next() == null) {
            throw PortalException.invalid("username, current and next are required", Map.of());
        }
        identity.changePassword(p.username(), p.current().toCharArray(), p.next().toCharArray());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    /** Body carrying a one-time code. */
    public record Code(String code) {
    }

    /** Starts TOTP enrollment: returns the secret and the otpauth URI to scan (shown once). */
    @POST
    @Path("totp")
    public Map<String, String> beginTotp() {
        String[] s = identity.beginTotp(signedIn());
        return Map.of("secret", s[0], "uri", s[1]);
    }

    @POST
    @Path("totp/confirm")
    public Response confirmTotp(Code c) {
        identity.confirmTotp(signedIn(), c == null ? null : c.code());
        return Response.noContent().build();
    }

    @POST
    @Path("totp/disable")
    public Response disableTotp(Code c) {
        identity.disableTotp(signedIn(), c == null ? null : c.code());
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    public Me me() {
        PortalUser user = signedIn();
        return new Me(user, identity.isAdministrator(user.id()));
    }

    @GET
    @Path("tokens")
    public List<ApiTokens.TokenInfo> tokens() {
        return tokens.of(signedIn().id());
    }

    @POST
    @Path("tokens")
    public Response createToken(TokenRequest t) {
        PortalUser user = signedIn();
        if (t == null || blank(t.name())) {
            throw PortalException.invalid("A token needs a name", Map.of("name", "required"));
        }
        int days = t.days() == null ? 90 : t.days();
        if (days < 1 || days > 365) {
            throw PortalException.invalid("A token lives 1 to 365 days", Map.of("days", "1-365"));
        }
        List<String> scopes = t.scopes() == null || t.scopes().isEmpty() ? List.of("*") : t.scopes();
        for (String s : scopes) {
            if (!s.matches("[a-z0-9*,._-]+(:[a-z0-9*,._-]+){0,2}")) {
                throw PortalException.invalid("Scopes are permission patterns like content:*:so-tttt",
                        Map.of("scopes", "'" + s + "' is not a permission pattern"));
            }
        }
        ApiTokens.Created created = tokens.create(user.id(), t.name().trim(), scopes, Duration.ofDays(days));
        audit.record("token.created", created.token().id(), null, null, "scopes=" + scopes + " days=" + days);
        return Response.status(201).entity(created).build();
    }

    @DELETE
    @Path("tokens/{id}")
    public Response revoke(@PathParam("id") String id) {
        PortalUser user = signedIn();
        if (!tokens.revoke(user.id(), id)) {
            throw PortalException.notFound("No active token '" + id + "' of yours");
        }
        audit.record("token.revoked", id, null, null, null);
        return Response.noContent().build();
    }

    private PortalUser signedIn() {
        return identity.currentUser().orElseThrow(() -> new PortalException(PortalException.Kind.UNAUTHORIZED,
                "Sign in first (session with X-CSRF-Token, bearer token, or HTTP Basic)"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
