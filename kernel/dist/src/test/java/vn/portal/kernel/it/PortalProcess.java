package vn.portal.kernel.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real portal started through the README's launcher ({@code ./portal start}) on a
 * free port with its own home, and HTTP helpers to talk to it.
 */
final class PortalProcess implements AutoCloseable {

    static final String ADMIN_PASSWORD = "Kiem-Thu-2026!Portal";
    static final Path REPO = Paths.get(System.getProperty("portal.repo", "../..")).toAbsolutePath().normalize();
    static final Path DIST = Paths.get(System.getProperty("portal.dist", "target/portal")).toAbsolutePath().normalize();

    final Path home;
    final int port;
    private final Map<String, String> env = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    PortalProcess(Path home) throws IOException {
        this.home = home;
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
        Files.createDirectories(home.resolve("plugins"));
        Files.createDirectories(home.resolve("config"));
    }

    PortalProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Writes portal.properties (kernel keys) before the first start. */
    PortalProcess config(String properties) throws IOException {
        Files.writeString(home.resolve("config/portal.properties"), properties, StandardCharsets.UTF_8);
        return this;
    }

    void start() throws Exception {
        run("start");
        // a test JVM that dies must not leave a portal running
        long pid = Long.parseLong(Files.readString(home.resolve("portal.pid")).trim());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy)));
    }

    /** ./portal stop: SIGTERM and wait for the clean shutdown. */
    void stop() throws Exception {
        run("stop");
    }

    /** Kills the JVM without any shutdown (kill -9) and waits until it is gone. */
    void kill9() throws Exception {
        long pid = Long.parseLong(Files.readString(home.resolve("portal.pid")).trim());
        ProcessHandle p = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("portal not running"));
        p.destroyForcibly();
        p.onExit().get(30, TimeUnit.SECONDS);
        Files.deleteIfExists(home.resolve("portal.pid"));
    }

    String log() throws IOException {
        Path log = home.resolve("logs/portal.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private void run(String command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(REPO.resolve("portal").toString(), command).redirectErrorStream(true);
        pb.environment().put("PORTAL_HOME", home.toString());
        pb.environment().put("PORTAL_PORT", Integer.toString(port));
        pb.environment().put("PORTAL_DIST", DIST.toString());
        pb.environment().put("PORTAL_SKIP_BUILD", "1");
        pb.environment().put("PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(240, TimeUnit.SECONDS) || p.exitValue() != 0) {
            String log = log();
            throw new IllegalStateException("./portal " + command + " failed: " + out + "\n--- log tail ---\n"
                    + log.substring(Math.max(0, log.length() - 6000)));
        }
    }

    // ---- HTTP -------------------------------------------------------------------

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET().build());
    }

    /** Status, Location header and body of a GET sent with another Host header (through curl). */
    record Raw(int status, String location, String body) {
    }

    Raw getAs(String path, String host) throws Exception {
        Process p = new ProcessBuilder("curl", "-s", "-o", "-", "-w", "\n%{http_code} %{redirect_url}", "-H", "Host: " + host,
                "http://127.0.0.1:" + port + path).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        int nl = out.lastIndexOf('\n');
        String[] tail = out.substring(nl + 1).split(" ", 2);
        return new Raw(Integer.parseInt(tail[0]), tail.length > 1 ? tail[1] : "", out.substring(0, Math.max(nl, 0)));
    }

    HttpResponse<String> adminGet(String path) throws Exception {
        return send(request(path).header("Authorization", basic()).GET().build());
    }

    HttpResponse<String> adminSend(String method, String path, String json) throws Exception {
        return send(request(path).header("Authorization", basic()).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** A POST as the administrator with a body of any type (a CSV file, say). */
    HttpResponse<String> adminPost(String path, String contentType, byte[] body) throws Exception {
        return send(request(path).header("Authorization", basic()).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** An anonymous POST with a body of any type (a form, say). */
    HttpResponse<String> postForm(String path, String contentType, String body) throws Exception {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    HttpResponse<String> send(String method, String path, String json) throws Exception {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest r) throws Exception {
        return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws Exception {
        if (Files.exists(home.resolve("portal.pid"))) {
            stop();
        }
    }
}
