package vn.portal.plugins.eform.schema;

import java.util.Arrays;

/** The kinds of field a form may contain; the JSON name is the lower-case word. */
public enum FieldType {
    TEXT("text"),
    TEXTAREA("textarea"),
    NUMBER("number"),
    DATE("date"),
    CHOICE("choice"),
    /** Citizen identity card number (căn cước công dân): 12 digits. */
    CCCD("cccd"),
    /** A Vietnamese mobile number. */
    PHONE("phone"),
    EMAIL("email"),
    /** Province and commune from the administrative-units catalog, plus the street address. */
    ADDRESS("address"),
    FILE("file"),
    /** Repeating rows of sub-fields. */
    GROUP("group"),
    /** A statement the applicant confirms with a checkbox (ready for a digital signature later). */
    DECLARATION("declaration"),
    /** Read-only text shown to the applicant, filled by a prefill source (not entered). */
    INFO("info");

    private final String json;

    FieldType(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static FieldType of(String name) {
        return Arrays.stream(values()).filter(t -> t.json.equals(name)).findFirst()
                .orElseThrow(() -> new SchemaException("unknown field type '" + name + "'"));
    }
}
