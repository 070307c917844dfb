package vn.portal.plugins.eform.builder;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Between the JSON definition (docs/eform-schema.md) and the builder's editable form. Writing
 * keeps only what the field's type uses, so a field whose type changed leaves no stray options
 * behind; numbers that are not numbers are written as text, so the schema check reports them at
 * their place instead of the builder guessing. Keys the builder does not know are carried over.
 */
public final class FormJson {

    static final Set<String> FORM_KEYS = Set.of("schema", "key", "procedure", "title", "description", "maxUploadMb",
            "applicant", "steps");
    static final Set<String> STEP_KEYS = Set.of("id", "title", "help", "fields");
    static final Set<String> FIELD_KEYS = Set.of("name", "type", "label", "help", "required", "minLength", "maxLength",
            "pattern", "patternMessage", "min", "max", "integer", "minDate", "maxDate", "options", "catalog",
            "catalogParent", "multiple", "accept", "maxSizeMb", "maxFiles", "completeness", "statement", "showIf",
            "prefill", "readOnly", "fields", "minItems", "maxItems");

    private FormJson() {
    }

    // ---- JSON → editable -----------------------------------------------------------------------

    public static EditableForm read(String json) {
        JsonObject o;
        try (var reader = Json.createReader(new StringReader(json))) {
            o = reader.readObject();
        }
        EditableForm f = new EditableForm();
        f.setKey(str(o, "key"));
        f.setProcedure(str(o, "procedure"));
        f.setTitleVi(vi(o.get("title")));
        f.setTitleEn(en(o.get("title")));
        f.setDescriptionVi(vi(o.get("description")));
        f.setDescriptionEn(en(o.get("description")));
        f.setMaxUploadMb(num(o, "maxUploadMb"));
        JsonObject applicant = o.get("applicant") instanceof JsonObject a ? a : JsonValue.EMPTY_JSON_OBJECT;
        f.setApplicantName(str(applicant, "name"));
        f.setApplicantEmail(str(applicant, "email"));
        f.setApplicantPhone(str(applicant, "phone"));
        if (o.get("steps") instanceof JsonArray steps) {
            for (JsonValue sv : steps) {
                if (sv instanceof JsonObject so) {
                    f.getSteps().add(step(so));
                }
            }
        }
        f.setExtra(extra(o, FORM_KEYS));
        return f;
    }

    private static EditableStep step(JsonObject so) {
        EditableStep s = new EditableStep();
        s.setId(str(so, "id"));
        s.setTitleVi(vi(so.get("title")));
        s.setTitleEn(en(so.get("title")));
        s.setHelpVi(vi(so.get("help")));
        s.setHelpEn(en(so.get("help")));
        s.setFields(fields(so.get("fields")));
        s.setExtra(extra(so, STEP_KEYS));
        return s;
    }

    private static List<EditableField> fields(JsonValue list) {
        List<EditableField> out = new ArrayList<>();
        if (list instanceof JsonArray a) {
            for (JsonValue v : a) {
                if (v instanceof JsonObject fo) {
                    out.add(field(fo));
                }
            }
        }
        return out;
    }

    private static EditableField field(JsonObject o) {
        EditableField f = new EditableField();
        f.setName(str(o, "name"));
        f.setType(o.containsKey("type") ? str(o, "type") : "text");
        f.setLabelVi(vi(o.get("label")));
        f.setLabelEn(en(o.get("label")));
        f.setHelpVi(vi(o.get("help")));
        f.setHelpEn(en(o.get("help")));
        f.setRequired(o.get("required") == JsonValue.TRUE);
        f.setReadOnly(o.get("readOnly") == JsonValue.TRUE);
        f.setPrefill(str(o, "prefill"));
        f.setMinLength(num(o, "minLength"));
        f.setMaxLength(num(o, "maxLength"));
        f.setPattern(str(o, "pattern"));
        f.setPatternMessageVi(vi(o.get("patternMessage")));
        f.setPatternMessageEn(en(o.get("patternMessage")));
        f.setMin(num(o, "min"));
        f.setMax(num(o, "max"));
        f.setInteger(o.get("integer") == JsonValue.TRUE);
        f.setMinDate(str(o, "minDate"));
        f.setMaxDate(str(o, "maxDate"));
        if (o.get("options") instanceof JsonArray options) {
            for (JsonValue v : options) {
                if (v instanceof JsonObject oo) {
                    EditableOption opt = new EditableOption();
                    opt.setValue(str(oo, "value"));
                    opt.setLabelVi(vi(oo.get("label")));
                    opt.setLabelEn(en(oo.get("label")));
                    f.getOptions().add(opt);
                }
            }
        }
        f.setCatalog(str(o, "catalog"));
        f.setChoiceSource(f.getCatalog().isBlank() ? "options" : "catalog");
        f.setCatalogParent(str(o, "catalogParent"));
        f.setMultiple(o.get("multiple") == JsonValue.TRUE);
        List<String> accept = new ArrayList<>();
        if (o.get("accept") instanceof JsonArray a) {
            a.forEach(v -> accept.add(v instanceof JsonString s ? s.getString() : v.toString()));
        }
        if (!accept.isEmpty() || !"file".equals(f.getType())) {
            f.setAccept(accept);
        } else {
            f.setAccept(new ArrayList<>(List.of("application/pdf", "image/jpeg", "image/png")));
        }
        f.setMaxSizeMb(num(o, "maxSizeMb"));
        f.setMaxFiles(num(o, "maxFiles"));
        f.setCompleteness(o.get("completeness") == JsonValue.TRUE);
        f.setStatementVi(vi(o.get("statement")));
        f.setStatementEn(en(o.get("statement")));
        if (o.get("showIf") instanceof JsonObject c) {
            f.setShowIfField(str(c, "field"));
            if (c.get("notEmpty") == JsonValue.TRUE) {
                f.setShowIfMode("notEmpty");
            } else if (c.get("in") instanceof JsonArray in) {
                f.setShowIfMode("in");
                List<String> values = new ArrayList<>();
                in.forEach(v -> values.add(v instanceof JsonString s ? s.getString() : v.toString()));
                f.setShowIfValues(String.join(", ", values));
            } else {
                f.setShowIfMode("equals");
                f.setShowIfValues(str(c, "equals"));
            }
        }
        f.setFields(fields(o.get("fields")));
        f.setMinItems(num(o, "minItems"));
        f.setMaxItems(num(o, "maxItems"));
        f.setExtra(extra(o, FIELD_KEYS));
        return f;
    }

    // ---- editable → JSON -----------------------------------------------------------------------

    public static String write(EditableForm f) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        f.getExtra().forEach(b::add);
        b.add("schema", 1);
        b.add("key", clean(f.getKey()));
        b.add("procedure", clean(f.getProcedure()));
        text(b, "title", f.getTitleVi(), f.getTitleEn());
        text(b, "description", f.getDescriptionVi(), f.getDescriptionEn());
        integer(b, "maxUploadMb", f.getMaxUploadMb());
        JsonObjectBuilder applicant = Json.createObjectBuilder();
        optional(applicant, "name", f.getApplicantName());
        optional(applicant, "email", f.getApplicantEmail());
        optional(applicant, "phone", f.getApplicantPhone());
        b.add("applicant", applicant);
        JsonArrayBuilder steps = Json.createArrayBuilder();
        for (EditableStep s : f.getSteps()) {
            JsonObjectBuilder sb = Json.createObjectBuilder();
            s.getExtra().forEach(sb::add);
            optional(sb, "id", s.getId());
            text(sb, "title", s.getTitleVi(), s.getTitleEn());
            text(sb, "help", s.getHelpVi(), s.getHelpEn());
            sb.add("fields", fields(s.getFields()));
            steps.add(sb);
        }
        b.add("steps", steps);
        return b.build().toString();
    }

    private static JsonArrayBuilder fields(List<EditableField> fields) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        fields.forEach(x -> a.add(field(x)));
        return a;
    }

    private static JsonObjectBuilder field(EditableField f) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        f.getExtra().forEach(b::add);
        String type = f.getType();
        b.add("name", clean(f.getName()));
        b.add("type", type);
        text(b, "label", f.getLabelVi(), f.getLabelEn());
        text(b, "help", f.getHelpVi(), f.getHelpEn());
        if (f.isRequired() && !"info".equals(type) && !"declaration".equals(type)) {
            b.add("required", true);
        }
        if (f.isReadOnly() && !"info".equals(type)) {
            b.add("readOnly", true);
        }
        optional(b, "prefill", f.getPrefill());
        switch (type) {
            case "text" -> {
                integer(b, "minLength", f.getMinLength());
                integer(b, "maxLength", f.getMaxLength());
                optional(b, "pattern", f.getPattern());
                text(b, "patternMessage", f.getPatternMessageVi(), f.getPatternMessageEn());
            }
            case "textarea" -> {
                integer(b, "minLength", f.getMinLength());
                integer(b, "maxLength", f.getMaxLength());
            }
            case "number" -> {
                decimal(b, "min", f.getMin());
                decimal(b, "max", f.getMax());
                if (f.isInteger()) {
                    b.add("integer", true);
                }
            }
            case "date" -> {
                optional(b, "minDate", f.getMinDate());
                optional(b, "maxDate", f.getMaxDate());
            }
            case "choice" -> choice(b, f);
            case "file" -> {
                JsonArrayBuilder accept = Json.createArrayBuilder();
                f.getAccept().forEach(accept::add);
                b.add("accept", accept);
                integer(b, "maxSizeMb", f.getMaxSizeMb());
                if (f.isMultiple()) {
                    b.add("multiple", true);
                    integer(b, "maxFiles", f.getMaxFiles());
                }
                if (f.isCompleteness()) {
                    b.add("completeness", true);
                }
            }
            case "group" -> {
                b.add("fields", fields(f.getFields()));
                integer(b, "minItems", f.getMinItems());
                integer(b, "maxItems", f.getMaxItems());
            }
            case "declaration" -> text(b, "statement", f.getStatementVi(), f.getStatementEn());
            default -> {
                // cccd, phone, email, address, info: nothing more to say
            }
        }
        if (!clean(f.getShowIfField()).isEmpty()) {
            JsonObjectBuilder c = Json.createObjectBuilder().add("field", clean(f.getShowIfField()));
            List<String> values = new ArrayList<>();
            for (String v : f.getShowIfValues().split(",")) {
                if (!v.isBlank()) {
                    values.add(clean(v));
                }
            }
            switch (f.getShowIfMode()) {
                case "notEmpty" -> c.add("notEmpty", true);
                case "in" -> {
                    JsonArrayBuilder in = Json.createArrayBuilder();
                    values.forEach(in::add);
                    c.add("in", in);
                }
                default -> {
                    if (!values.isEmpty()) {
                        c.add("equals", values.get(0));
                    }
                }
            }
            b.add("showIf", c);
        }
        return b;
    }

    private static void choice(JsonObjectBuilder b, EditableField f) {
        if ("catalog".equals(f.getChoiceSource())) {
            optional(b, "catalog", f.getCatalog());
            optional(b, "catalogParent", f.getCatalogParent());
        } else {
            JsonArrayBuilder options = Json.createArrayBuilder();
            for (EditableOption o : f.getOptions()) {
                JsonObjectBuilder ob = Json.createObjectBuilder().add("value", clean(o.getValue()));
                text(ob, "label", o.getLabelVi(), o.getLabelEn());
                options.add(ob);
            }
            b.add("options", options);
        }
        if (f.isMultiple()) {
            b.add("multiple", true);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static JsonObject extra(JsonObject o, Set<String> known) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            if (!known.contains(e.getKey())) {
                b.add(e.getKey(), e.getValue());
            }
        }
        return b.build();
    }

    /** A text: {@code {"vi","en"}}, or nothing when both are empty. */
    private static void text(JsonObjectBuilder b, String key, String vi, String en) {
        String v = clean(vi);
        String e = clean(en);
        if (v.isEmpty() && e.isEmpty()) {
            return;
        }
        JsonObjectBuilder t = Json.createObjectBuilder().add("vi", v);
        if (!e.isEmpty()) {
            t.add("en", e);
        }
        b.add(key, t);
    }

    private static void optional(JsonObjectBuilder b, String key, String value) {
        if (!clean(value).isEmpty()) {
            b.add(key, clean(value));
        }
    }

    private static void integer(JsonObjectBuilder b, String key, String value) {
        String v = clean(value);
        if (v.isEmpty()) {
            return;
        }
        try {
            b.add(key, Integer.parseInt(v));
        } catch (NumberFormatException e) {
            b.add(key, v); // the schema check names it: "must be a whole number"
        }
    }

    private static void decimal(JsonObjectBuilder b, String key, String value) {
        String v = clean(value).replace(',', '.');
        if (v.isEmpty()) {
            return;
        }
        try {
            b.add(key, new BigDecimal(v));
        } catch (NumberFormatException e) {
            b.add(key, clean(value));
        }
    }

    static String clean(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonString s ? s.getString() : v == null || v == JsonValue.NULL ? "" : v.toString();
    }

    private static String num(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonNumber n ? n.toString() : v instanceof JsonString s ? s.getString() : "";
    }

    private static String vi(JsonValue v) {
        if (v instanceof JsonString s) {
            return s.getString();
        }
        return v instanceof JsonObject o ? str(o, "vi") : "";
    }

    private static String en(JsonValue v) {
        return v instanceof JsonObject o ? str(o, "en") : "";
    }
}
