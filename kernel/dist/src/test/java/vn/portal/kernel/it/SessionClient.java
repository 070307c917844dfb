package vn.portal.kernel.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A REST client that signs in with a session (cookie) and sends the CSRF token on writes, or uses a bearer token. */
final class SessionClient {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** The same session, for form posts whose 303 answer is checked rather than followed. */
    private final HttpClient noRedirects = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    String csrf;
    String bearer;

    SessionClient(int port) {
        this.port = port;
    }

    static SessionClient withToken(int port, String token) {
        SessionClient c = new SessionClient(port);
        c.bearer = token;
        return c;
    }

    HttpResponse<String> login(String username, String password) throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/auth/login",
                "{\"username\":" + Browser.quote(username) + ",\"password\":" + Browser.quote(password) + "}", false);
        if (r.statusCode() == 200) {
            csrf = PortalScenario.field(r.body(), "csrfToken");
        }
        return r;
    }

    /** The session's cookies as a Cookie header, for requests sent by other clients (a multipart form post). */
    String cookie() {
        return String.join("; ", cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .toList());
    }

    HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, false);
    }

    /** A write with the session's CSRF token. */
    HttpResponse<String> write(String method, String path, String json) throws Exception {
        return send(method, path, json, true);
    }

    /** A POST of any body (a multipart upload, say) with the session's CSRF token. */
    HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A plain HTML form's POST (url-encoded, no header a browser form cannot send), not following the redirect. */
    HttpResponse<String> form(String path, String body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return noRedirects.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(String method, String path, String json, boolean withCsrf) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (withCsrf && csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
