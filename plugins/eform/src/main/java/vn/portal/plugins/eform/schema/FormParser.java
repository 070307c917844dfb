package vn.portal.plugins.eform.schema;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a form definition (docs/eform-schema.md) and rejects what the schema does not allow:
 * unknown keys and types, duplicate names, conditions on unknown fields, limits above the
 * portal's, so a broken definition never reaches a citizen.
 */
public final class FormParser {

    public static final int SCHEMA_VERSION = 1;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,49}");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");
    private static final Set<String> FORM_KEYS = Set.of("schema", "key", "procedure", "title", "description",
            "maxUploadMb", "applicant", "steps");
    private static final Set<String> FIELD_KEYS = Set.of("name", "type", "label", "help", "required", "minLength",
            "maxLength", "pattern", "patternMessage", "min", "max", "integer", "minDate", "maxDate", "options", "catalog",
            "catalogParent", "multiple", "accept", "maxSizeMb", "maxFiles", "completeness", "statement", "showIf",
            "prefill", "readOnly", "fields", "minItems", "maxItems");
    private static final Pattern DATE_BOUND = Pattern.compile("today([+-]\\d{1,3}[dmy])?|\\d{4}-\\d{2}-\\d{2}");

    private final int portalMaxUploadMb;

    /** @param portalMaxUploadMb the largest upload the portal accepts; a form may only ask for less */
    public FormParser(int portalMaxUploadMb) {
        this.portalMaxUploadMb = portalMaxUploadMb;
    }

    public FormDefinition parse(String json) {
        JsonObject o;
        try (var reader = Json.createReader(new StringReader(json))) {
            o = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new SchemaException("not a JSON object: " + e.getMessage());
        }
        unknown(o, FORM_KEYS, "form");
        if (o.getInt("schema", SCHEMA_VERSION) != SCHEMA_VERSION) {
            throw new SchemaException("schema must be " + SCHEMA_VERSION);
        }
        String key = o.getString("key", "");
        if (!KEY.matcher(key).matches()) {
            throw new SchemaException("key must be 2–80 lower-case letters, digits or '-'");
        }
        String procedure = o.getString("procedure", "");
        if (procedure.isBlank() || procedure.length() > 100) {
            throw new SchemaException("procedure (a code of the procedures catalog) is required");
        }
        Text title = Text.of(o.get("title"));
        if (title.isEmpty()) {
            throw new SchemaException("title is required");
        }
        int maxUpload = o.getInt("maxUploadMb", Math.min(10, portalMaxUploadMb));
        if (maxUpload < 1 || maxUpload > portalMaxUploadMb) {
            throw new SchemaException("maxUploadMb must be 1–" + portalMaxUploadMb);
        }
        JsonArray stepsJson = array(o, "steps", "form");
        if (stepsJson.isEmpty() || stepsJson.size() > 20) {
            throw new SchemaException("a form has 1–20 steps");
        }
        Set<String> names = new HashSet<>();
        List<Step> steps = new ArrayList<>();
        for (JsonValue s : stepsJson) {
            JsonObject so = s.asJsonObject();
            unknown(so, Set.of("id", "title", "help", "fields"), "step");
            String id = so.getString("id", "buoc-" + (steps.size() + 1));
            List<Field> fields = fields(array(so, "fields", "step " + id), names, maxUpload, false);
            if (fields.isEmpty()) {
                throw new SchemaException("step " + id + " has no fields");
            }
            steps.add(new Step(id, Text.of(so.get("title")), Text.of(so.get("help")), fields));
        }
        FormDefinition form;
        JsonObject applicant = o.containsKey("applicant") ? o.getJsonObject("applicant") : Json.createObjectBuilder().build();
        unknown(applicant, Set.of("name", "email", "phone"), "applicant");
        form = new FormDefinition(key, procedure, title, Text.of(o.get("description")), maxUpload,
                applicant.getString("name", null), applicant.getString("email", null), applicant.getString("phone", null),
                steps);
        check(form);
        return form;
    }

    private List<Field> fields(JsonArray list, Set<String> names, int maxUpload, boolean inGroup) {
        List<Field> out = new ArrayList<>();
        for (JsonValue v : list) {
            out.add(field(v.asJsonObject(), names, maxUpload, inGroup));
        }
        return out;
    }

    private Field field(JsonObject f, Set<String> names, int maxUpload, boolean inGroup) {
        String name = f.getString("name", "");
        String where = "field '" + name + "'";
        if (!NAME.matcher(name).matches()) {
            throw new SchemaException("field names are a letter then letters, digits or '_': '" + name + "'");
        }
        unknown(f, FIELD_KEYS, where);
        if (!inGroup && !names.add(name)) {
            throw new SchemaException("duplicate " + where);
        }
        FieldType type = FieldType.of(f.getString("type", "text"));
        Text label = Text.of(f.get("label"));
        Text help = Text.of(f.get("help"));
        if (label.isEmpty()) {
            throw new SchemaException(where + " needs a label");
        }
        if (help.isEmpty()) {
            throw new SchemaException(where + " needs help text (every field explains itself)");
        }
        String pattern = f.getString("pattern", null);
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new SchemaException(where + ": bad pattern " + e.getDescription());
            }
        }
        List<Option> options = new ArrayList<>();
        if (f.containsKey("options")) {
            for (JsonValue ov : f.getJsonArray("options")) {
                JsonObject oo = ov.asJsonObject();
                options.add(new Option(oo.getString("value"), Text.of(oo.get("label"))));
            }
        }
        String catalog = f.getString("catalog", null);
        if (type == FieldType.CHOICE && options.isEmpty() == (catalog == null)) {
            throw new SchemaException(where + ": a choice has either options or a catalog");
        }
        Integer maxSize = integer(f, "maxSizeMb");
        if (maxSize != null && (maxSize < 1 || maxSize > maxUpload)) {
            throw new SchemaException(where + ": maxSizeMb must be 1–" + maxUpload + " (the form's limit)");
        }
        List<String> accept = new ArrayList<>();
        if (f.containsKey("accept")) {
            f.getJsonArray("accept").getValuesAs(jakarta.json.JsonString.class).forEach(s -> accept.add(s.getString()));
        }
        if (type == FieldType.FILE && accept.isEmpty()) {
            accept.addAll(List.of("application/pdf", "image/jpeg", "image/png"));
        }
        List<Field> sub = List.of();
        if (type == FieldType.GROUP) {
            if (inGroup) {
                throw new SchemaException(where + ": groups cannot be nested");
            }
            sub = fields(array(f, "fields", where), new HashSet<>(), maxUpload, true);
            if (sub.stream().anyMatch(x -> x.type() == FieldType.FILE)) {
                throw new SchemaException(where + ": files go outside groups");
            }
        }
        for (String bound : new String[] {"minDate", "maxDate"}) {
            String b = f.getString(bound, null);
            if (b != null && !DATE_BOUND.matcher(b).matches()) {
                throw new SchemaException(where + ": " + bound + " is yyyy-mm-dd or today, today-18y, today+30d");
            }
        }
        Text statement = Text.of(f.get("statement"));
        if (type == FieldType.DECLARATION && statement.isEmpty()) {
            throw new SchemaException(where + ": a declaration needs its statement");
        }
        return new Field(name, type, label, help, type == FieldType.DECLARATION || f.getBoolean("required", false),
                integer(f, "minLength"), integer(f, "maxLength"), pattern, Text.of(f.get("patternMessage")),
                decimal(f, "min"), decimal(f, "max"), f.getBoolean("integer", false), f.getString("minDate", null),
                f.getString("maxDate", null), options, catalog, f.getString("catalogParent", null),
                f.getBoolean("multiple", false), accept, maxSize, integer(f, "maxFiles"), f.getBoolean("completeness", false),
                statement, condition(f, where), f.getString("prefill", null),
                type == FieldType.INFO || f.getBoolean("readOnly", false), sub, integer(f, "minItems"),
                integer(f, "maxItems"));
    }

    private static Condition condition(JsonObject f, String where) {
        if (!f.containsKey("showIf")) {
            return null;
        }
        JsonObject c = f.getJsonObject("showIf");
        unknown(c, Set.of("field", "equals", "in", "notEmpty"), where + " showIf");
        List<String> values = new ArrayList<>();
        if (c.containsKey("equals")) {
            values.add(c.getString("equals"));
        }
        if (c.containsKey("in")) {
            c.getJsonArray("in").getValuesAs(jakarta.json.JsonString.class).forEach(s -> values.add(s.getString()));
        }
        boolean notEmpty = c.getBoolean("notEmpty", false);
        if (values.isEmpty() && !notEmpty) {
            throw new SchemaException(where + ": showIf needs equals, in or notEmpty");
        }
        return new Condition(c.getString("field", ""), values, notEmpty);
    }

    /** Conditions name earlier fields; the applicant fields exist and have the right types. */
    private static void check(FormDefinition form) {
        Set<String> seen = new HashSet<>();
        for (Field f : form.fields()) {
            if (f.showIf() != null && !seen.contains(f.showIf().field())) {
                throw new SchemaException("field '" + f.name() + "': showIf names '" + f.showIf().field()
                        + "', which is not a field before it");
            }
            seen.add(f.name());
        }
        applicant(form, form.applicantName(), "name", FieldType.TEXT);
        applicant(form, form.applicantEmail(), "email", FieldType.EMAIL);
        applicant(form, form.applicantPhone(), "phone", FieldType.PHONE);
        if (form.applicantName() == null) {
            throw new SchemaException("applicant.name must name the field holding the applicant's name");
        }
    }

    private static void applicant(FormDefinition form, String name, String role, FieldType type) {
        if (name != null && form.field(name).map(f -> f.type() != type).orElse(true)) {
            throw new SchemaException("applicant." + role + " must name a field of type " + type.json());
        }
    }

    private static void unknown(JsonObject o, Set<String> allowed, String where) {
        for (String k : o.keySet()) {
            if (!allowed.contains(k)) {
                throw new SchemaException(where + ": unknown key '" + k + "'");
            }
        }
    }

    private static JsonArray array(JsonObject o, String key, String where) {
        if (!(o.get(key) instanceof JsonArray a)) {
            throw new SchemaException(where + ": '" + key + "' must be a list");
        }
        return a;
    }

    private static Integer integer(JsonObject o, String key) {
        return o.get(key) instanceof JsonNumber n ? n.intValue() : null;
    }

    private static BigDecimal decimal(JsonObject o, String key) {
        return o.get(key) instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }
}
