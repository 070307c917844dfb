package vn.portal.plugins.eform.schema;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
 * portal's, so a broken definition never reaches a citizen. Every problem is reported at once,
 * each at its place in the JSON ({@link SchemaProblem#path()}), so the form builder can show
 * each one at its field.
 */
public final class FormParser {

    public static final int SCHEMA_VERSION = 1;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,49}");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");
    private static final Set<String> FORM_KEYS = Set.of("schema", "key", "procedure", "title", "description",
            "maxUploadMb", "applicant", "steps");
    private static final Set<String> STEP_KEYS = Set.of("id", "title", "help", "fields");
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

    public int portalMaxUploadMb() {
        return portalMaxUploadMb;
    }

    /** The definition, or a {@link SchemaException} listing every problem. */
    public FormDefinition parse(String json) {
        Report r = new Report();
        FormDefinition form = read(json, r);
        if (!r.problems.isEmpty()) {
            throw new SchemaException(r.problems);
        }
        return form;
    }

    /** Every problem of a definition (none: it would be accepted). */
    public List<SchemaProblem> problems(String json) {
        Report r = new Report();
        read(json, r);
        return List.copyOf(r.problems);
    }

    /** The problems found so far, in document order. */
    private static final class Report {
        final List<SchemaProblem> problems = new ArrayList<>();

        void add(String path, String code, String message, Object... args) {
            List<String> a = new ArrayList<>();
            for (Object o : args) {
                a.add(String.valueOf(o));
            }
            problems.add(new SchemaProblem(path, code, a, message));
        }
    }

    private FormDefinition read(String json, Report r) {
        JsonObject o;
        try (var reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            o = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            r.add("", "json", "not a JSON object: " + e.getMessage());
            return null;
        }
        unknown(o, FORM_KEYS, "", "form", r);
        if (o.containsKey("schema") && !(o.get("schema") instanceof JsonNumber n && n.intValue() == SCHEMA_VERSION)) {
            r.add("schema", "schema", "schema must be " + SCHEMA_VERSION, SCHEMA_VERSION);
        }
        String key = string(o, "key", "", "key", r);
        if (!KEY.matcher(key).matches()) {
            r.add("key", "key", "key must be 2–80 lower-case letters, digits or '-'");
        }
        String procedure = string(o, "procedure", "", "procedure", r);
        if (procedure.isBlank() || procedure.length() > 100) {
            r.add("procedure", "procedure", "procedure (a code of the procedures catalog) is required");
        }
        Text title = text(o, "title", "title", r);
        if (title.isEmpty()) {
            r.add("title", "required", "title is required");
        }
        Text description = text(o, "description", "description", r);
        Integer givenMax = integer(o, "maxUploadMb", "maxUploadMb", r);
        int maxUpload = givenMax == null ? Math.min(10, portalMaxUploadMb) : givenMax;
        if (maxUpload < 1 || maxUpload > portalMaxUploadMb) {
            r.add("maxUploadMb", "maxUpload", "maxUploadMb must be 1–" + portalMaxUploadMb, portalMaxUploadMb);
            maxUpload = Math.max(1, Math.min(maxUpload, portalMaxUploadMb));
        }
        List<Step> steps = new ArrayList<>();
        JsonArray stepsJson = array(o, "steps", "steps", "form", r);
        if (stepsJson != null && (stepsJson.isEmpty() || stepsJson.size() > 20)) {
            r.add("steps", "steps", "a form has 1–20 steps");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; stepsJson != null && i < stepsJson.size(); i++) {
            String path = "steps[" + i + "]";
            if (!(stepsJson.get(i) instanceof JsonObject so)) {
                r.add(path, "object", path + " must be an object");
                continue;
            }
            unknown(so, STEP_KEYS, path, "step", r);
            String id = string(so, "id", "buoc-" + (i + 1), path + ".id", r);
            JsonArray fieldsJson = array(so, "fields", path + ".fields", "step " + id, r);
            List<Field> fields = fieldsJson == null ? List.of() : fields(fieldsJson, path + ".fields", names, maxUpload,
                    false, r);
            if (fieldsJson != null && fieldsJson.isEmpty()) {
                r.add(path + ".fields", "stepEmpty", "step " + id + " has no fields", id);
            }
            steps.add(new Step(id, text(so, "title", path + ".title", r), text(so, "help", path + ".help", r), fields));
        }
        JsonObject applicant = JsonValue.EMPTY_JSON_OBJECT;
        if (o.get("applicant") instanceof JsonObject a) {
            applicant = a;
        } else if (o.containsKey("applicant")) {
            r.add("applicant", "object", "applicant must be an object");
        }
        unknown(applicant, Set.of("name", "email", "phone"), "applicant", "applicant", r);
        FormDefinition form = new FormDefinition(key, procedure, title, description, maxUpload,
                string(applicant, "name", null, "applicant.name", r), string(applicant, "email", null, "applicant.email", r),
                string(applicant, "phone", null, "applicant.phone", r), steps);
        check(form, r);
        return form;
    }

    private List<Field> fields(JsonArray list, String path, Set<String> names, int maxUpload, boolean inGroup, Report r) {
        List<Field> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = path + "[" + i + "]";
            if (list.get(i) instanceof JsonObject f) {
                out.add(field(f, at, names, maxUpload, inGroup, r));
            } else {
                r.add(at, "object", at + " must be an object");
            }
        }
        return out;
    }

    private Field field(JsonObject f, String path, Set<String> names, int maxUpload, boolean inGroup, Report r) {
        String name = string(f, "name", "", path + ".name", r);
        String where = "field '" + name + "'";
        if (!NAME.matcher(name).matches()) {
            r.add(path + ".name", "name", "field names are a letter then letters, digits or '_': '" + name + "'", name);
        } else if (!names.add(name)) {
            r.add(path + ".name", "duplicate", "duplicate " + where, name);
        }
        unknown(f, FIELD_KEYS, path, where, r);
        String typeName = string(f, "type", "text", path + ".type", r);
        FieldType type;
        try {
            type = FieldType.of(typeName);
        } catch (SchemaException e) {
            r.add(path + ".type", "type", "unknown field type '" + typeName + "'", typeName);
            type = FieldType.TEXT;
        }
        Text label = text(f, "label", path + ".label", r);
        Text help = text(f, "help", path + ".help", r);
        if (label.isEmpty()) {
            r.add(path + ".label", "label", where + " needs a label", name);
        }
        if (help.isEmpty()) {
            r.add(path + ".help", "help", where + " needs help text (every field explains itself)", name);
        }
        String pattern = string(f, "pattern", null, path + ".pattern", r);
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                r.add(path + ".pattern", "pattern", where + ": bad pattern " + e.getDescription(), e.getDescription());
                pattern = null;
            }
        }
        List<Option> options = options(f, path, where, r);
        String catalog = string(f, "catalog", null, path + ".catalog", r);
        if (type == FieldType.CHOICE && options.isEmpty() == (catalog == null || catalog.isBlank())) {
            r.add(path + ".options", "choiceSource", where + ": a choice has either options or a catalog", name);
        }
        Integer maxSize = integer(f, "maxSizeMb", path + ".maxSizeMb", r);
        if (maxSize != null && (maxSize < 1 || maxSize > maxUpload)) {
            r.add(path + ".maxSizeMb", "maxSize", where + ": maxSizeMb must be 1–" + maxUpload + " (the form's limit)",
                    maxUpload);
        }
        List<String> accept = strings(f, "accept", path + ".accept", r);
        if (type == FieldType.FILE && accept.isEmpty()) {
            accept.addAll(List.of("application/pdf", "image/jpeg", "image/png"));
        }
        List<Field> sub = List.of();
        if (type == FieldType.GROUP) {
            if (inGroup) {
                r.add(path + ".type", "groupNested", where + ": groups cannot be nested", name);
            } else {
                JsonArray subJson = array(f, "fields", path + ".fields", where, r);
                sub = subJson == null ? List.of() : fields(subJson, path + ".fields", new HashSet<>(), maxUpload, true, r);
                if (subJson != null && subJson.isEmpty()) {
                    r.add(path + ".fields", "groupEmpty", where + ": a group needs at least one field", name);
                }
                for (int i = 0; i < sub.size(); i++) {
                    if (sub.get(i).type() == FieldType.FILE) {
                        r.add(path + ".fields[" + i + "].type", "groupFile", where + ": files go outside groups", name);
                    }
                }
            }
        }
        for (String bound : new String[] {"minDate", "maxDate"}) {
            String b = string(f, bound, null, path + "." + bound, r);
            if (b != null && !DATE_BOUND.matcher(b).matches()) {
                r.add(path + "." + bound, "dateBound", where + ": " + bound + " is yyyy-mm-dd or today, today-18y, today+30d");
            }
        }
        Text statement = text(f, "statement", path + ".statement", r);
        if (type == FieldType.DECLARATION && statement.isEmpty()) {
            r.add(path + ".statement", "statement", where + ": a declaration needs its statement", name);
        }
        Integer minLength = integer(f, "minLength", path + ".minLength", r);
        Integer maxLength = integer(f, "maxLength", path + ".maxLength", r);
        if (minLength != null && maxLength != null && minLength > maxLength) {
            r.add(path + ".minLength", "minMax", where + ": minLength is more than maxLength", name);
        }
        BigDecimal min = decimal(f, "min", path + ".min", r);
        BigDecimal max = decimal(f, "max", path + ".max", r);
        if (min != null && max != null && min.compareTo(max) > 0) {
            r.add(path + ".min", "minMax", where + ": min is more than max", name);
        }
        Integer minItems = integer(f, "minItems", path + ".minItems", r);
        Integer maxItems = integer(f, "maxItems", path + ".maxItems", r);
        if (minItems != null && maxItems != null && minItems > maxItems) {
            r.add(path + ".minItems", "minMax", where + ": minItems is more than maxItems", name);
        }
        return new Field(name, type, label, help, type == FieldType.DECLARATION || bool(f, "required", path, r),
                minLength, maxLength, pattern, text(f, "patternMessage", path + ".patternMessage", r), min, max,
                bool(f, "integer", path, r), string(f, "minDate", null, path + ".minDate", r),
                string(f, "maxDate", null, path + ".maxDate", r), options, catalog,
                string(f, "catalogParent", null, path + ".catalogParent", r), bool(f, "multiple", path, r), accept, maxSize,
                integer(f, "maxFiles", path + ".maxFiles", r), bool(f, "completeness", path, r), statement,
                condition(f, path, where, r), string(f, "prefill", null, path + ".prefill", r),
                type == FieldType.INFO || bool(f, "readOnly", path, r), sub, minItems, maxItems);
    }

    private static List<Option> options(JsonObject f, String path, String where, Report r) {
        List<Option> options = new ArrayList<>();
        JsonArray list = f.containsKey("options") ? array(f, "options", path + ".options", where, r) : null;
        Set<String> values = new HashSet<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            String at = path + ".options[" + i + "]";
            if (!(list.get(i) instanceof JsonObject oo)) {
                r.add(at, "object", at + " must be an object");
                continue;
            }
            unknown(oo, Set.of("value", "label"), at, where + " option", r);
            String value = string(oo, "value", "", at + ".value", r);
            Text label = text(oo, "label", at + ".label", r);
            if (value.isBlank()) {
                r.add(at + ".value", "optionValue", where + ": every option needs a value");
            } else if (!values.add(value)) {
                r.add(at + ".value", "optionDuplicate", where + ": the option value '" + value + "' is given twice", value);
            }
            if (label.isEmpty()) {
                r.add(at + ".label", "optionLabel", where + ": every option needs a label");
            }
            options.add(new Option(value, label));
        }
        return options;
    }

    private static Condition condition(JsonObject f, String path, String where, Report r) {
        if (!f.containsKey("showIf")) {
            return null;
        }
        String at = path + ".showIf";
        if (!(f.get("showIf") instanceof JsonObject c)) {
            r.add(at, "object", where + ": showIf must be an object");
            return null;
        }
        unknown(c, Set.of("field", "equals", "in", "notEmpty"), at, where + " showIf", r);
        List<String> values = new ArrayList<>();
        String equals = string(c, "equals", null, at + ".equals", r);
        if (equals != null) {
            values.add(equals);
        }
        if (c.containsKey("in")) {
            values.addAll(strings(c, "in", at + ".in", r));
        }
        boolean notEmpty = bool(c, "notEmpty", at, r);
        if (values.isEmpty() && !notEmpty) {
            r.add(at, "showIfValue", where + ": showIf needs equals, in or notEmpty");
        }
        return new Condition(string(c, "field", "", at + ".field", r), values, notEmpty);
    }

    /** Conditions name earlier fields; the applicant fields exist and have the right types. */
    private static void check(FormDefinition form, Report r) {
        Set<String> seen = new HashSet<>();
        for (int s = 0; s < form.steps().size(); s++) {
            List<Field> fields = form.steps().get(s).fields();
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                if (f.showIf() != null && !seen.contains(f.showIf().field())) {
                    r.add("steps[" + s + "].fields[" + i + "].showIf.field", "showIfField", "field '" + f.name()
                            + "': showIf names '" + f.showIf().field() + "', which is not a field before it",
                            f.showIf().field());
                }
                seen.add(f.name());
            }
        }
        applicant(form, form.applicantName(), "name", FieldType.TEXT, r);
        applicant(form, form.applicantEmail(), "email", FieldType.EMAIL, r);
        applicant(form, form.applicantPhone(), "phone", FieldType.PHONE, r);
        if (form.applicantName() == null) {
            r.add("applicant.name", "applicantName", "applicant.name must name the field holding the applicant's name");
        }
    }

    private static void applicant(FormDefinition form, String name, String role, FieldType type, Report r) {
        if (name != null && form.field(name).map(f -> f.type() != type).orElse(true)) {
            r.add("applicant." + role, "applicant", "applicant." + role + " must name a field of type " + type.json(),
                    type.json());
        }
    }

    private static void unknown(JsonObject o, Set<String> allowed, String path, String where, Report r) {
        for (String k : o.keySet()) {
            if (!allowed.contains(k)) {
                r.add(path.isEmpty() ? k : path + "." + k, "unknownKey", where + ": unknown key '" + k + "'", k);
            }
        }
    }

    private static JsonArray array(JsonObject o, String key, String path, String where, Report r) {
        if (!(o.get(key) instanceof JsonArray a)) {
            r.add(path, "list", where + ": '" + key + "' must be a list", key);
            return null;
        }
        return a;
    }

    private static String string(JsonObject o, String key, String otherwise, String path, Report r) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return otherwise;
        }
        if (v instanceof JsonString s) {
            return Text.nfc(s.getString());
        }
        r.add(path, "string", "'" + key + "' must be a string", key);
        return otherwise;
    }

    private static List<String> strings(JsonObject o, String key, String path, Report r) {
        List<String> out = new ArrayList<>();
        if (!o.containsKey(key)) {
            return out;
        }
        JsonArray a = array(o, key, path, key, r);
        for (int i = 0; a != null && i < a.size(); i++) {
            if (a.get(i) instanceof JsonString s) {
                out.add(Text.nfc(s.getString()));
            } else {
                r.add(path + "[" + i + "]", "string", "'" + key + "' must list strings", key);
            }
        }
        return out;
    }

    private static Text text(JsonObject o, String key, String path, Report r) {
        try {
            return Text.of(o.get(key));
        } catch (SchemaException | ClassCastException e) {
            r.add(path, "text", "'" + key + "' must be a string or {\"vi\":…,\"en\":…}", key);
            return Text.EMPTY;
        }
    }

    private static boolean bool(JsonObject o, String key, String path, Report r) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return false;
        }
        if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
            r.add(path + "." + key, "bool", "'" + key + "' must be true or false", key);
            return false;
        }
        return v == JsonValue.TRUE;
    }

    private static Integer integer(JsonObject o, String key, String path, Report r) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            return n.intValue();
        }
        r.add(path, "integer", "'" + key + "' must be a whole number", key);
        return null;
    }

    private static BigDecimal decimal(JsonObject o, String key, String path, Report r) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        r.add(path, "number", "'" + key + "' must be a number", key);
        return null;
    }
}
