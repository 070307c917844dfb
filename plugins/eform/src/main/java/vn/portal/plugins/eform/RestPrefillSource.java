package vn.portal.plugins.eform;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.kernel.api.config.Settings;
import vn.portal.plugins.eform.api.PrefillRequest;
import vn.portal.plugins.eform.api.PrefillSource;

/**
 * A prefill source that asks an external REST service (a provincial data-sharing platform, a
 * population or business register behind the LGSP): {@code GET <url with {key}>} answering a JSON
 * object whose properties fill the fields, e.g. {@code "prefill": "dancu:hoTen"}. Configured in
 * portal.properties, one block per service:
 *
 * <pre>
 * plugin.eform.prefill.sources=dancu
 * plugin.eform.prefill.dancu.url=https://lgsp.example.gov.vn/dancu/v1/cong-dan/{key}
 * plugin.eform.prefill.dancu.key=answer:soCccd      # or user (sign-in name, the default), user:id
 * plugin.eform.prefill.dancu.fields=hoTen,ngaySinh,noiThuongTru.xa
 * plugin.eform.prefill.dancu.timeout-ms=2000
 * plugin.eform.prefill.dancu.cache-seconds=60
 * plugin.eform.prefill.dancu.authorization=Bearer …    # sent as the Authorization header
 * plugin.eform.prefill.dancu.anonymous=false          # answer anonymous applicants too (public data only)
 * </pre>
 *
 * Only the listed {@code fields} are ever read (nested objects as {@code a.b}); texts, numbers and
 * booleans are taken, arrays and nulls are not. A slow, failing or unreachable service, a 404 or
 * a body that is not a JSON object gives no value: the form still works, the field is just empty.
 * One lookup serves every field of a page: the answer (or the failure) is kept {@code
 * cache-seconds} in memory, so a service that is down costs one timeout, not one per field.
 */
final class RestPrefillSource implements PrefillSource {

    private static final Logger LOG = Logger.getLogger(RestPrefillSource.class.getName());
    /** More remembered lookups than this and the expired ones are dropped (then all, if need be). */
    static final int MAX_CACHED = 2000;

    /** One service's settings. */
    record Config(String name, String url, String key, Set<String> fields, Duration timeout, Duration cacheFor,
            String authorization, boolean anonymous) {
    }

    private record Cached(Instant until, Map<String, String> values) {
    }

    private final Config config;
    private final HttpClient http;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    RestPrefillSource(Config config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The services named by {@code plugin.eform.prefill.sources}; a block with a mistake is logged and left out. */
    static List<RestPrefillSource> configured(Settings settings) {
        List<RestPrefillSource> out = new ArrayList<>();
        String names = settings.get("prefill.sources").orElse("");
        for (String name : names.split(",")) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            try {
                out.add(new RestPrefillSource(config(settings, n), Clock.systemUTC()));
            } catch (IllegalArgumentException e) {
                LOG.warning("plugin.eform.prefill." + n + " is left out: " + e.getMessage());
            }
        }
        return out;
    }

    static Config config(Settings settings, String name) {
        if (!name.matches("[a-z][a-z0-9]{0,29}") || name.equals("catalog") || name.equals("profile")) {
            throw new IllegalArgumentException("the name must be lower-case letters and digits, not catalog or profile");
        }
        String p = "prefill." + name + ".";
        String url = settings.get(p + "url").map(String::strip).orElse("");
        if (!url.contains("{key}") || !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw new IllegalArgumentException(p + "url must be an http(s) address containing {key}");
        }
        URI.create(url.replace("{key}", "x")); // refuses a malformed address now rather than on every call
        String key = settings.get(p + "key").map(String::strip).orElse("user");
        if (!(key.equals("user") || key.equals("user:id") || key.matches("answer:[A-Za-z][A-Za-z0-9_]*"))) {
            throw new IllegalArgumentException(p + "key must be user, user:id or answer:<field>");
        }
        Set<String> fields = new LinkedHashSet<>();
        Arrays.stream(settings.get(p + "fields").orElse("").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(fields::add);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException(p + "fields must name what the service may fill");
        }
        return new Config(name, url, key, Set.copyOf(fields),
                Duration.ofMillis(number(settings, p + "timeout-ms", 2000, 100, 30000)),
                Duration.ofSeconds(number(settings, p + "cache-seconds", 60, 0, 3600)),
                settings.get(p + "authorization").map(String::strip).filter(s -> !s.isEmpty()).orElse(null),
                settings.get(p + "anonymous").map(s -> s.strip().equalsIgnoreCase("true")).orElse(false));
    }

    private static long number(Settings settings, String name, long otherwise, long min, long max) {
        String v = settings.get(name).map(String::strip).orElse("");
        if (v.isEmpty()) {
            return otherwise;
        }
        try {
            long n = Long.parseLong(v);
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number");
        }
    }

    @Override
    public String id() {
        return config.name();
    }

    Config config() {
        return config;
    }

    @Override
    public Optional<String> value(String key, PrefillRequest request) {
        if (!config.fields().contains(key) || (!request.signedIn() && !config.anonymous())) {
            return Optional.empty();
        }
        String lookup = lookupKey(request);
        if (lookup == null || lookup.isBlank() || lookup.length() > 200) {
            return Optional.empty();
        }
        return Optional.ofNullable(record(lookup.strip()).get(key));
    }

    /** What the service is asked about: the sign-in name, the account id, or an answer (spaces removed). */
    private String lookupKey(PrefillRequest request) {
        if (config.key().equals("user")) {
            return request.username();
        }
        if (config.key().equals("user:id")) {
            return request.userId();
        }
        String answer = request.answer(config.key().substring("answer:".length()));
        return answer == null ? null : answer.replaceAll("\\s+", "");
    }

    private Map<String, String> record(String lookup) {
        Instant now = clock.instant();
        Cached c = cache.get(lookup);
        if (c != null && c.until().isAfter(now)) {
            return c.values();
        }
        Map<String, String> values = fetch(lookup);
        if (!config.cacheFor().isZero()) {
            if (cache.size() >= MAX_CACHED) {
                cache.values().removeIf(x -> !x.until().isAfter(now));
                if (cache.size() >= MAX_CACHED) {
                    cache.clear();
                }
            }
            cache.put(lookup, new Cached(now.plus(config.cacheFor()), values));
        }
        return values;
    }

    private Map<String, String> fetch(String lookup) {
        URI uri = URI.create(config.url().replace("{key}", URLEncoder.encode(lookup, StandardCharsets.UTF_8)
                .replace("+", "%20")));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(config.timeout()).header("Accept", "application/json")
                .GET();
        if (config.authorization() != null) {
            b.header("Authorization", config.authorization());
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() == 404) {
                return Map.of(); // the service knows nobody by this key
            }
            if (r.statusCode() != 200) {
                LOG.warning("prefill " + config.name() + ": " + uri.getHost() + " answered " + r.statusCode());
                return Map.of();
            }
            return read(r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        } catch (java.io.IOException | RuntimeException e) {
            // timeouts and refused connections: the field is left for the applicant
            LOG.log(Level.WARNING, "prefill " + config.name() + ": " + uri.getHost() + " did not answer: " + e);
            return Map.of();
        }
    }

    /** The configured fields of a JSON object; anything else in the body is ignored. */
    Map<String, String> read(String body) {
        JsonValue parsed;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            parsed = reader.readValue();
        } catch (RuntimeException e) {
            LOG.warning("prefill " + config.name() + ": the answer is not JSON");
            return Map.of();
        }
        if (!(parsed instanceof JsonObject object)) {
            return Map.of();
        }
        Map<String, String> out = new HashMap<>();
        for (String field : config.fields()) {
            JsonValue v = object;
            for (String part : field.split("\\.")) {
                v = v instanceof JsonObject o ? o.get(part) : null;
            }
            String text = switch (v == null ? JsonValue.ValueType.NULL : v.getValueType()) {
                case STRING -> ((JsonString) v).getString();
                case NUMBER -> ((JsonNumber) v).toString();
                case TRUE -> "true";
                case FALSE -> "false";
                default -> null;
            };
            if (text != null && !text.isBlank()) {
                out.put(field, Normalizer.normalize(text.strip(), Normalizer.Form.NFC));
            }
        }
        return Map.copyOf(out);
    }
}
