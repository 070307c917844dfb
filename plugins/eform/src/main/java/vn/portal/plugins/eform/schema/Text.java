package vn.portal.plugins.eform.schema;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.text.Normalizer;

/** A text in Vietnamese and English; English falls back to Vietnamese. */
public record Text(String vi, String en) {

    public static final Text EMPTY = new Text("", "");

    public String in(String locale) {
        return "en".equals(locale) && en != null && !en.isBlank() ? en : vi;
    }

    public boolean isEmpty() {
        return vi == null || vi.isBlank();
    }

    /** {@code {"vi": …, "en": …}} or a plain string (Vietnamese only). */
    static Text of(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return EMPTY;
        }
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            String s = nfc(((jakarta.json.JsonString) value).getString());
            return new Text(s, s);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new SchemaException("a text must be a string or {\"vi\":…,\"en\":…}");
        }
        JsonObject o = value.asJsonObject();
        return new Text(nfc(o.getString("vi", "")), nfc(o.getString("en", "")));
    }

    static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
