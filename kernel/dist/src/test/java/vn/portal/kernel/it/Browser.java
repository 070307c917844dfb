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
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real headless Chromium driven through chromedriver's W3C WebDriver endpoint
 * (plain JSON over HTTP, so no client library). Enough to open pages, type, click,
 * read the page and take screenshots.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Paths.get(System.getProperty("portal.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Paths.get(System.getProperty("portal.chromedriver", "/usr/bin/chromedriver"));
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

    private final Process driver;
    private final String base;
    private final String session;
    private final HttpClient http = HttpClient.newHttpClient();

    Browser(int width, int height) throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver"
                    + " (apt-get install chromium chromium-driver); .ci/run installs them");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        base = "http://127.0.0.1:" + port;
        waitForDriver();
        Path profile = Files.createTempDirectory("chromium-profile");
        String caps = "{\"capabilities\":{\"alwaysMatch\":{\"browserName\":\"chrome\",\"goog:chromeOptions\":{"
                + "\"binary\":\"" + CHROMIUM + "\",\"args\":[\"--headless\",\"--no-sandbox\",\"--disable-gpu\","
                + "\"--disable-dev-shm-usage\",\"--disable-background-networking\",\"--disable-component-update\","
                + "\"--disable-sync\",\"--no-first-run\",\"--lang=vi\",\"--window-size=" + width + "," + height + "\","
                + "\"--user-data-dir=" + profile + "\"]}}}}";
        String created = call("POST", "/session", caps);
        session = match(created, "\"sessionId\":\"([^\"]+)\"");
    }

    void open(String url) throws Exception {
        call("POST", "/session/" + session + "/url", "{\"url\":\"" + url + "\"}");
    }

    /**
     * Lays pages out for a phone of this size. Chromium's window is at least 500 px wide, so a
     * narrower page needs device emulation (DevTools, through chromedriver); screenshots follow.
     */
    void viewport(int width, int height) throws Exception {
        call("POST", "/session/" + session + "/goog/cdp/execute", "{\"cmd\":\"Emulation.setDeviceMetricsOverride\","
                + "\"params\":{\"width\":" + width + ",\"height\":" + height + ",\"deviceScaleFactor\":1,\"mobile\":true}}");
    }

    void type(String css, String text) throws Exception {
        onElement(css, id -> {
            call("POST", "/session/" + session + "/element/" + id + "/clear", "{}");
            call("POST", "/session/" + session + "/element/" + id + "/value", "{\"text\":" + quote(text) + "}");
        });
    }

    /**
     * Selects the field's text and types over it, as a person does: unlike {@link #type}, no
     * "change" fires for the emptied field before the new text is in.
     */
    void typeOver(String css, String text) throws Exception {
        // Ctrl+A, then the NULL key releases Ctrl (W3C WebDriver key codes)
        onElement(css, id -> call("POST", "/session/" + session + "/element/" + id + "/value",
                "{\"text\":" + quote("\uE009a\uE000" + text) + "}"));
    }

    /** Gives a file input a local file, as picking it in the browser's file dialog would. */
    void upload(String css, Path file) throws Exception {
        String path = file.toAbsolutePath().toString();
        onElement(css, id -> call("POST", "/session/" + session + "/element/" + id + "/value",
                "{\"text\":" + quote(path) + "}"));
    }

    void click(String css) throws Exception {
        onElement(css, id -> call("POST", "/session/" + session + "/element/" + id + "/click", "{}"));
    }

    interface ElementAction {
        void run(String elementId) throws Exception;
    }

    /**
     * Ajax updates replace elements and dialogs fade in: an action on a replaced or not yet
     * visible element is retried for a few seconds.
     */
    private void onElement(String css, ElementAction action) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                action.run(find(css));
                return;
            } catch (IllegalStateException e) {
                String message = String.valueOf(e.getMessage());
                if (attempt >= 25 || !(message.contains("stale element") || message.contains("not interactable"))) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    /** Scrolls the element into view (for a screenshot of what is below the fold). */
    void scrollTo(String css) throws Exception {
        call("POST", "/session/" + session + "/execute/sync", "{\"script\":"
                + quote("document.querySelector(arguments[0]).scrollIntoView({block: 'start'})") + ",\"args\":["
                + quote(css) + "]}");
    }

    /** Waits until the page source contains the text. */
    String waitFor(String text, Duration max) throws Exception {
        Instant end = Instant.now().plus(max);
        String source = source();
        while (!source.contains(text) && Instant.now().isBefore(end)) {
            Thread.sleep(200);
            source = source();
        }
        if (!source.contains(text)) {
            throw new AssertionError("page never showed '" + text + "'; url " + url() + "\n" + source);
        }
        return source;
    }

    String source() throws Exception {
        return valueString(call("GET", "/session/" + session + "/source", null));
    }

    String url() throws Exception {
        return match(call("GET", "/session/" + session + "/url", null), "\"value\":\"([^\"]*)\"");
    }

    Path screenshot(Path file) throws Exception {
        String b64 = match(call("GET", "/session/" + session + "/screenshot", null), "\"value\":\"([^\"]+)\"");
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(b64));
        return file;
    }

    private String find(String css) throws Exception {
        Instant end = Instant.now().plusSeconds(10);
        while (true) {
            HttpResponse<String> r = raw("POST", "/session/" + session + "/element",
                    "{\"using\":\"css selector\",\"value\":" + quote(css) + "}");
            if (r.statusCode() == 200) {
                return match(r.body(), "\"" + ELEMENT + "\":\"([^\"]+)\"");
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("no element " + css + " on " + url());
            }
            Thread.sleep(200);
        }
    }

    private void waitForDriver() throws Exception {
        Instant end = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(end)) {
            try {
                if (raw("GET", "/status", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("chromedriver did not start");
    }

    private String call(String method, String path, String json) throws Exception {
        HttpResponse<String> r = raw(method, path, json);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("WebDriver " + method + " " + path + " → " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private HttpResponse<String> raw(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method,
                        HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String match(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        if (!m.find()) {
            throw new IllegalStateException("unexpected WebDriver answer: " + s);
        }
        return m.group(1);
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The JSON string after "value": decoded by hand (a regex overflows the stack on large pages). */
    private static String valueString(String json) {
        int start = json.indexOf("\"value\":\"");
        if (start < 0) {
            throw new IllegalStateException("unexpected WebDriver answer: " + json);
        }
        StringBuilder b = new StringBuilder();
        for (int i = start + 9; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\\' && i + 1 < json.length()) {
                char n = json.charAt(++i);
                switch (n) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> b.append(n);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Runs a script that calls its last argument with a string when it is done (WebDriver's
     * asynchronous execute) and returns that string.
     */
    String runAsync(String script) throws Exception {
        return valueString(call("POST", "/session/" + session + "/execute/async", "{\"script\":" + json(script)
                + ",\"args\":[]}"));
    }

    /** A JSON string of any text (scripts have line breaks and other characters {@link #quote} leaves alone). */
    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    @Override
    public void close() {
        try {
            raw("DELETE", "/session/" + session, null);
        } catch (Exception ignored) {
            // the driver is killed below anyway
        }
        driver.destroy();
    }
}
