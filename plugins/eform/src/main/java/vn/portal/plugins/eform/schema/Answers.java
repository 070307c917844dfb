package vn.portal.plugins.eform.schema;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an applicant entered, by field name: a text ({@code String}), several choices
 * ({@code List<String>}), an address ({@code Map} with {@code province}, {@code commune},
 * {@code detail}) or the rows of a group ({@code List<Map<String, Object>>}). Files are not
 * answers: they are attachments named by their field. Mutable; not shared between threads.
 */
public final class Answers {

    private final Map<String, Object> values;

    public Answers() {
        this(new LinkedHashMap<>());
    }

    private Answers(Map<String, Object> values) {
        this.values = values;
    }

    public Map<String, Object> values() {
        return values;
    }

    public Object get(String name) {
        return values.get(name);
    }

    public void put(String name, Object value) {
        if (value == null) {
            values.remove(name);
        } else {
            values.put(name, value);
        }
    }

    public void remove(String name) {
        values.remove(name);
    }

    /** The answer as one text: the value, the first choice, or an address's commune. */
    public String text(String name) {
        Object v = values.get(name);
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof String s) {
            return s;
        }
        if (v instanceof Map<?, ?> m && m.get("commune") instanceof String s) {
            return s;
        }
        return null;
    }

    /** The answer as a list of texts (a multiple choice), else the one text. */
    public List<String> list(String name) {
        Object v = values.get(name);
        if (v instanceof List<?> l) {
            return l.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        String s = text(name);
        return s == null ? List.of() : List.of(s);
    }

    @SuppressWarnings("unchecked")
    public Map<String, String> address(String name) {
        Object v = values.get(name);
        return v instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
    }

    /** The rows of a group, each as its own answers. */
    @SuppressWarnings("unchecked")
    public List<Answers> rows(String name) {
        Object v = values.get(name);
        List<Answers> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            for (Object row : l) {
                if (row instanceof Map<?, ?> m) {
                    out.add(new Answers((Map<String, Object>) m));
                }
            }
        }
        return out;
    }

    public Answers copy() {
        return fromJson(toJson());
    }

    // ---- JSON ------------------------------------------------------------------------------

    public String toJson() {
        return object(values).build().toString();
    }

    public static Answers fromJson(String json) {
        if (json == null || json.isBlank()) {
            return new Answers();
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return new Answers(map(reader.readObject()));
        }
    }

    @SuppressWarnings("unchecked")
    private static JsonObjectBuilder object(Map<String, Object> map) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        map.forEach((k, v) -> {
            if (v instanceof String s) {
                b.add(k, s);
            } else if (v instanceof Map<?, ?> m) {
                b.add(k, object((Map<String, Object>) m));
            } else if (v instanceof List<?> l) {
                JsonArrayBuilder a = Json.createArrayBuilder();
                for (Object o : l) {
                    if (o instanceof String s) {
                        a.add(s);
                    } else if (o instanceof Map<?, ?> m) {
                        a.add(object((Map<String, Object>) m));
                    }
                }
                b.add(k, a);
            }
        });
        return b;
    }

    private static Map<String, Object> map(JsonObject o) {
        Map<String, Object> out = new LinkedHashMap<>();
        o.forEach((k, v) -> {
            Object value = value(v);
            if (value != null) {
                out.put(k, value);
            }
        });
        return out;
    }

    private static Object value(JsonValue v) {
        switch (v.getValueType()) {
            case STRING:
                return ((JsonString) v).getString();
            case NUMBER:
            case TRUE:
            case FALSE:
                return v.toString();
            case OBJECT:
                return map(v.asJsonObject());
            case ARRAY:
                List<Object> list = new ArrayList<>();
                for (JsonValue item : (JsonArray) v) {
                    Object x = value(item);
                    if (x != null) {
                        list.add(x);
                    }
                }
                return list;
            default:
                return null;
        }
    }
}
