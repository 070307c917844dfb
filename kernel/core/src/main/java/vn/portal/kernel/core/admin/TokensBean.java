package vn.portal.kernel.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.core.audit.AuditLog;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.identity.ApiTokens;

/**
 * The signed-in person's own API tokens. Same rules and audit records as
 * {@code POST /api/v1/auth/tokens}: a token never does more than its owner may.
 */
@Named
@ViewScoped
public class TokensBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "tokensForm";
    static final String FORM = "tokenForm";
    /** As in AuthResource: a Shiro wildcard pattern of at most three parts. */
    private static final String SCOPE = "[a-z0-9*,._-]+(:[a-z0-9*,._-]+){0,2}";

    @Inject
    ApiTokens tokens;
    @Inject
    AuditLog audit;
    @Inject
    AdminAccess access;

    private List<TokenRow> rows = List.of();
    private String name;
    private String scopes;
    private Integer days = 90;
    private String secret;

    @PostConstruct
    void refresh() {
        PortalUser me = access.user();
        Instant now = Instant.now();
        rows = me == null ? List.of() : tokens.of(me.id()).stream().map(t -> new TokenRow(t, now)).toList();
    }

    public void prepare() {
        name = null;
        scopes = null;
        days = 90;
    }

    public void create() {
        PortalUser me = access.user();
        if (AdminAccess.deny(me != null, FORM)) {
            return;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank() || name.trim().length() > 200) {
            errors.put("name", "required");
        }
        if (days == null || days < 1 || days > 365) {
            errors.put("days", "1-365");
        }
        List<String> list = scopes == null || scopes.isBlank() ? List.of("*")
                : Arrays.stream(scopes.trim().split("\\s+")).toList();
        list.stream().filter(s -> !s.matches(SCOPE)).findFirst()
                .ifPresent(bad -> errors.put("scopes", bad));
        if (!errors.isEmpty()) {
            AdminMessages.failure(PortalException.invalid("The token has invalid fields", errors), FORM, "token");
            return;
        }
        try {
            ApiTokens.Created created = tokens.create(me.id(), name.trim(), list, Duration.ofDays(days));
            audit.record("token.created", created.token().id(), null, null, "scopes=" + list + " days=" + days);
            secret = created.secret();
            PrimeFaces.current().ajax().addCallbackParam("secret", true);
            AdminMessages.info("token.created.done", created.token().name());
            refresh();
        } catch (RuntimeException e) {
            AdminMessages.unexpected(e, FORM);
        }
    }

    public void revoke(String id) {
        PortalUser me = access.user();
        if (AdminAccess.deny(me != null, TABLE)) {
            return;
        }
        try {
            if (tokens.revoke(me.id(), id)) {
                audit.record("token.revoked", id, null, null, null);
                AdminMessages.info("token.revoked");
            } else {
                AdminMessages.error(TABLE, "token.error.not_found");
            }
        } catch (RuntimeException e) {
            AdminMessages.unexpected(e, TABLE);
        }
        refresh();
    }

    public void forgetSecret() {
        secret = null;
    }

    public List<TokenRow> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getScopes() {
        return scopes;
    }

    public void setScopes(String scopes) {
        this.scopes = scopes;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public String getSecret() {
        return secret;
    }
}
