package vn.portal.kernel.core.common;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import vn.portal.kernel.api.identity.PortalUser;

/**
 * What the current thread is working for: request id, site, plugin, user. Set by
 * {@code RequestContextFilter}, read by identity checks and by error logging so
 * every log line can name the site, plugin and request it belongs to.
 */
public final class RequestContext {

    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    private final String requestId;
    private String siteKey;
    private String pluginId;
    private PortalUser user;
    private String sourceIp;
    private java.util.List<String> tokenScopes;
    private String csrfToken;

    private RequestContext(String requestId) {
        this.requestId = requestId;
    }

    public static RequestContext begin() {
        RequestContext c = new RequestContext(newRequestId());
        CURRENT.set(c);
        return c;
    }

    /**
     * 13 characters as before ({@code 8-4} hex digits). Only a reference for logs and error pages,
     * not a secret, so not from {@code UUID.randomUUID()}: its one SecureRandom is a lock that
     * every request thread queued for (Payara already takes it twice per request for its trace ids).
     */
    static String newRequestId() {
        String hex = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        return hex.substring(0, 8) + "-" + hex.substring(8, 12);
    }

    public static void end() {
        CURRENT.remove();
    }

    public static RequestContext current() {
        RequestContext c = CURRENT.get();
        return c == null ? begin() : c;
    }

    public String requestId() {
        return requestId;
    }

    public String siteKey() {
        return siteKey;
    }

    public RequestContext site(String key) {
        this.siteKey = key;
        return this;
    }

    public String pluginId() {
        return pluginId;
    }

    public RequestContext plugin(String id) {
        this.pluginId = id;
        return this;
    }

    /** The signed-in session's CSRF token (null without a session user), for forms that post to the API. */
    public String csrfToken() {
        return csrfToken;
    }

    public RequestContext csrfToken(String token) {
        this.csrfToken = token;
        return this;
    }

    public PortalUser user() {
        return user;
    }

    public RequestContext user(PortalUser u) {
        this.user = u;
        return this;
    }

    public String sourceIp() {
        return sourceIp;
    }

    public RequestContext sourceIp(String ip) {
        this.sourceIp = ip;
        return this;
    }

    /** Permission patterns an API token is limited to; null when the caller is not using a token. */
    public java.util.List<String> tokenScopes() {
        return tokenScopes;
    }

    public RequestContext tokenScopes(java.util.List<String> scopes) {
        this.tokenScopes = scopes;
        return this;
    }

    /** "[request=… site=… plugin=…]" for log lines. */
    public String tag() {
        return "[request=" + requestId + " site=" + (siteKey == null ? "-" : siteKey) + " plugin="
                + (pluginId == null ? "-" : pluginId) + "]";
    }
}
