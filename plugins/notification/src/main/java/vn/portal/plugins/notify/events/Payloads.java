package vn.portal.plugins.notify.events;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reading event payloads: JSON objects where any field may be missing or null. */
final class Payloads {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Payloads() {
    }

    /**
     * Found once: {@code Json.createReader} looks the provider up with a ServiceLoader on every call,
     * which scanned the web application's jars for each event (a tenth of the portal's time in the
     * notification benchmark).
     */
    static final JsonProvider JSON = JsonProvider.provider();

    static JsonObject parse(String json) {
        try (var r = JSON.createReader(new StringReader(json == null || json.isBlank() ? "{}" : json))) {
            return r.readObject();
        }
    }

    /** The text of a field, or "" when it is missing, null or not text. */
    static String text(JsonObject o, String name) {
        if (o == null) {
            return "";
        }
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return v instanceof JsonString s ? s.getString() : v.toString();
    }

    static JsonObject object(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonObject j ? j : null;
    }

    static List<String> strings(JsonObject o, String name) {
        List<String> out = new ArrayList<>();
        JsonValue v = o == null ? null : o.get(name);
        if (v != null && v.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue x : v.asJsonArray()) {
                if (x instanceof JsonString s) {
                    out.add(s.getString());
                }
            }
        }
        return out;
    }

    /** An ISO-8601 time shown as Vietnam local time (dd/MM/yyyy HH:mm), "" if missing; unparseable text as it is. */
    static String time(JsonObject o, String name) {
        String iso = text(o, name);
        if (iso.isEmpty()) {
            return "";
        }
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(VIETNAM).format(SHOWN);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
