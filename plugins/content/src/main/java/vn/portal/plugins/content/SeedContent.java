package vn.portal.plugins.content;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One file of the content seed ({@code sites/<seed>/content/<site>.json}): a site's categories
 * and items, read and checked as a whole before anything is written, so that a mistake is
 * reported with the file and the item's key and nothing of the site is half-loaded. What only
 * the database can check (catalog codes, slugs) is checked by the service when the items are
 * created. The format is described in sites/demo/README.md.
 */
record SeedContent(String file, String site, List<Category> categories, List<Item> items) {

    record Category(String slug, String nameVi, String nameEn, int position) {
    }

    /**
     * An item. {@code fields} hold the type's fields as strings; the values of image and file
     * fields are paths of files in the seed folder ({@code images/…}, {@code files/…}).
     * A translation names the key of its original ({@code translationOf}) and gives only the
     * fields that differ; the others are copied. {@code pushTo} is null for no push, empty for
     * all sites below.
     */
    record Item(String key, String type, String locale, String translationOf, String title, String slug,
            String summary, Instant publishedAt, List<String> categories, Map<String, Object> fields,
            List<String> pushTo, boolean mandatory, boolean propose) {
    }

    /** A mistake in the seed, naming the file and (when known) the item. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        Problem(String file, String key, String message) {
            super(file + (key == null ? "" : ", item '" + key + "'") + ": " + message);
        }
    }

    /** Paths of the seed files the items refer to, each once. */
    List<String> files(Definitions definitions) {
        Set<String> out = new LinkedHashSet<>();
        for (Item item : items) {
            ContentType type = definitions.type(item.type());
            item.fields().forEach((name, value) -> {
                ContentType.Field f = type.field(name);
                if (f != null && ("image".equals(f.kind()) || "file".equals(f.kind()))) {
                    out.add(value.toString());
                }
            });
        }
        return List.copyOf(out);
    }

    /** Reads and checks a seed file: UTF-8, NFC, the shape above, types and fields known, keys unique. */
    static SeedContent read(String file, byte[] bytes, Definitions definitions, Instant now) throws Problem {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Problem(file, null, "not UTF-8");
        }
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            throw new Problem(file, null, "not in Unicode NFC (convert the file, e.g. with uconv -x NFC)");
        }
        JsonObject root;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            root = reader.readObject();
        } catch (JsonException | ClassCastException e) {
            throw new Problem(file, null, "not a JSON object: " + e.getMessage());
        }
        String site = string(file, null, root, "site", true);
        List<Category> categories = new ArrayList<>();
        for (JsonObject c : objects(file, null, root, "categories")) {
            String slug = string(file, null, c, "slug", true);
            if (!Slugs.valid(slug) || slug.length() > 50) {
                throw new Problem(file, null, "category slug '" + slug + "' is not up to 50 lower-case letters, digits, '-'");
            }
            categories.add(new Category(slug, string(file, null, c, "nameVi", true), string(file, null, c, "nameEn", false),
                    c.containsKey("position") ? c.getInt("position") : categories.size() + 1));
        }
        Set<String> categorySlugs = new LinkedHashSet<>(categories.stream().map(Category::slug).toList());
        Map<String, Item> byKey = new HashMap<>();
        List<Item> items = new ArrayList<>();
        for (JsonObject o : objects(file, null, root, "items")) {
            Item item = item(file, o, definitions, categorySlugs, byKey, now);
            byKey.put(item.key(), item);
            items.add(item);
        }
        return new SeedContent(file, site, List.copyOf(categories), List.copyOf(items));
    }

    private static Item item(String file, JsonObject o, Definitions definitions, Set<String> categorySlugs,
            Map<String, Item> earlier, Instant now) throws Problem {
        String key = string(file, null, o, "key", true);
        if (earlier.containsKey(key)) {
            throw new Problem(file, key, "the key is used twice");
        }
        String typeName = string(file, key, o, "type", true);
        ContentType type = definitions.type(typeName);
        if (type == null) {
            throw new Problem(file, key, "unknown type '" + typeName + "'; known: "
                    + definitions.types().stream().map(ContentType::name).toList());
        }
        String translationOf = string(file, key, o, "translationOf", false);
        String locale = string(file, key, o, "locale", false);
        if (translationOf != null) {
            Item original = earlier.get(translationOf);
            if (original == null || original.translationOf() != null) {
                throw new Problem(file, key, "translationOf '" + translationOf + "' is not an original item above it");
            }
            if (!original.type().equals(typeName)) {
                throw new Problem(file, key, "a translation has the type of its original (" + original.type() + ")");
            }
            if (locale == null || locale.equals(original.locale())) {
                throw new Problem(file, key, "a translation names its own locale, other than its original's");
            }
        }
        String published = string(file, key, o, "publishedAt", true);
        Instant publishedAt;
        try {
            publishedAt = OffsetDateTime.parse(published).toInstant();
        } catch (DateTimeParseException e) {
            throw new Problem(file, key, "publishedAt '" + published + "' is not like 2026-03-12T09:00:00+07:00");
        }
        if (publishedAt.isAfter(now)) {
            throw new Problem(file, key, "publishedAt " + published + " lies in the future");
        }
        List<String> categories = new ArrayList<>();
        if (o.containsKey("categories")) {
            for (JsonValue v : array(file, key, o, "categories")) {
                String slug = v instanceof JsonString s ? s.getString() : null;
                if (slug == null || !categorySlugs.contains(slug)) {
                    throw new Problem(file, key, "category " + v + " is not one of the file's " + categorySlugs);
                }
                categories.add(slug);
            }
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        if (o.containsKey("fields")) {
            if (!(o.get("fields") instanceof JsonObject f)) {
                throw new Problem(file, key, "fields is not an object");
            }
            for (Map.Entry<String, JsonValue> e : f.entrySet()) {
                ContentType.Field field = type.field(e.getKey());
                if (field == null) {
                    throw new Problem(file, key, "a " + typeName + " has no field '" + e.getKey() + "'");
                }
                String value = switch (e.getValue().getValueType()) {
                    case STRING -> ((JsonString) e.getValue()).getString();
                    case NUMBER, TRUE, FALSE -> e.getValue().toString();
                    default -> throw new Problem(file, key, "field '" + e.getKey() + "' is not a string");
                };
                if (("image".equals(field.kind()) || "file".equals(field.kind())) && !seedPath(value)) {
                    throw new Problem(file, key, "field '" + e.getKey() + "' must name a file of the seed folder,"
                            + " like images/a.jpg or files/a.pdf, not '" + value + "'");
                }
                fields.put(e.getKey(), value);
            }
        }
        List<String> pushTo = null;
        boolean mandatory = false;
        boolean propose = false;
        if (o.get("syndication") instanceof JsonObject s) {
            JsonValue push = s.get("push");
            if (push instanceof JsonString all && "all".equals(all.getString())) {
                pushTo = List.of();
            } else if (push instanceof JsonArray targets) {
                pushTo = targets.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            } else if (push != null) {
                throw new Problem(file, key, "syndication.push is \"all\" or a list of site keys");
            }
            mandatory = s.getBoolean("mandatory", false);
            propose = s.getBoolean("propose", false);
        }
        return new Item(key, typeName, locale, translationOf, string(file, key, o, "title", true),
                string(file, key, o, "slug", false), string(file, key, o, "summary", false), publishedAt,
                List.copyOf(categories), fields, pushTo, mandatory, propose);
    }

    /** images/a.jpg, files/x/y.pdf: relative, no '..'. */
    private static boolean seedPath(String value) {
        return value.matches("[a-z0-9-]+(/[A-Za-z0-9._-]+)+") && !value.contains("..");
    }

    private static String string(String file, String key, JsonObject o, String name, boolean required) throws Problem {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            if (required) {
                throw new Problem(file, key, "'" + name + "' is required");
            }
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw new Problem(file, key, "'" + name + "' is not a string");
        }
        String value = s.getString().strip();
        if (value.isEmpty() && required) {
            throw new Problem(file, key, "'" + name + "' is empty");
        }
        return value.isEmpty() ? null : value;
    }

    private static JsonArray array(String file, String key, JsonObject o, String name) throws Problem {
        if (!(o.get(name) instanceof JsonArray a)) {
            throw new Problem(file, key, "'" + name + "' is not a list");
        }
        return a;
    }

    private static List<JsonObject> objects(String file, String key, JsonObject o, String name) throws Problem {
        if (!o.containsKey(name)) {
            return List.of();
        }
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue v : array(file, key, o, name)) {
            if (!(v instanceof JsonObject obj)) {
                throw new Problem(file, key, "an entry of '" + name + "' is not an object");
            }
            out.add(obj);
        }
        return out;
    }
}
