package vn.portal.kernel.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real Keycloak (the Quarkus distribution from Maven Central, unpacked by the build
 * into target/keycloak) in development mode on 127.0.0.1 and a free port, with an
 * in-memory database and a realm imported from the test resources. It needs JDK 21+:
 * the Temurin 25 JDK by default ({@code -Dkeycloak.java.home=...} to change).
 */
final class Keycloak implements AutoCloseable {

    static final Path HOME = Paths.get(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.4.0"))
            .toAbsolutePath().normalize();
    static final Path JAVA_HOME = Paths.get(System.getProperty("keycloak.java.home", "/usr/lib/jvm/temurin-25-jdk-amd64"));

    final int port;
    private final Path log;
    private Process process;
    private final List<ProcessHandle> tree = new java.util.ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Keycloak() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
        this.log = HOME.getParent().resolve("keycloak-" + port + ".log");
    }

    /** Fails with a message that says what to install when no JDK 21+ is there. */
    static void requireJava21() throws IOException {
        Path java = JAVA_HOME.resolve("bin/java");
        Path release = JAVA_HOME.resolve("release");
        int feature = 0;
        if (Files.isExecutable(java) && Files.exists(release)) {
            Properties p = new Properties();
            try (var r = Files.newBufferedReader(release)) {
                p.load(r);
            }
            String v = p.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
            feature = Integer.parseInt(v.split("[.+-]")[0]);
        }
        if (feature < 21) {
            throw new IllegalStateException("Keycloak needs JDK 21+ at " + JAVA_HOME + " (found "
                    + (feature == 0 ? "none" : "JDK " + feature) + "). Install Temurin 25 there or run with"
                    + " -Dkeycloak.java.home=<a JDK 21+>; the single sign-on test cannot run without it.");
        }
        if (!Files.exists(HOME.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak at " + HOME + ": the build unpacks"
                    + " org.keycloak:keycloak-quarkus-dist into target/keycloak before integration tests (mvn verify)");
        }
    }

    /** Starts Keycloak with the realm file, whose ${NAME} placeholders are replaced; does not wait. */
    Keycloak start(String realmResource, Map<String, String> placeholders) throws Exception {
        requireJava21();
        String realm = new String(Keycloak.class.getResourceAsStream(realmResource).readAllBytes(), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> e : placeholders.entrySet()) {
            realm = realm.replace("${" + e.getKey() + "}", e.getValue());
        }
        Path imports = HOME.resolve("data/import");
        Files.createDirectories(imports);
        try (var old = Files.list(imports)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(imports.resolve("realm.json"), realm, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("bash", HOME.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host", "127.0.0.1", "--http-port", Integer.toString(port), "--db", "dev-mem", "--import-realm",
                "--hostname-strict", "false", "--log-console-output", "default")
                .directory(HOME.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("JAVA_HOME", JAVA_HOME.toString());
        pb.environment().remove("JAVA_OPTS");
        process = pb.start();
        // a test JVM that dies must not leave Keycloak running
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        return this;
    }

    /** Waits until the realm's discovery document answers. */
    void awaitReady(String realm, Duration max) throws Exception {
        Instant end = Instant.now().plus(max);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(issuer(realm) + "/.well-known/openid-configuration"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak was not ready after " + max + ":\n" + logTail());
    }

    String issuer(String realm) {
        return "http://127.0.0.1:" + port + "/realms/" + realm;
    }

    /** A token response from the token endpoint (password grant, or anything else given as form fields). */
    HttpResponse<String> token(String realm, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(issuer(realm) + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String logTail() {
        try {
            String s = Files.exists(log) ? Files.readString(log) : "";
            return s.substring(Math.max(0, s.length() - 6000));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** kc.sh runs Java as a child: end the whole tree and wait until every process is gone. */
    synchronized void stop() {
        if (process == null || !tree.isEmpty()) {
            return;
        }
        process.descendants().forEach(tree::add);
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception slow) {
                p.destroyForcibly();
            }
        }
    }

    /** Processes of this Keycloak still alive (none after {@link #stop()}). */
    long alive() {
        return tree.stream().filter(ProcessHandle::isAlive).count()
                + (process != null && process.isAlive() ? 1 : 0);
    }

    @Override
    public void close() {
        stop();
    }
}
