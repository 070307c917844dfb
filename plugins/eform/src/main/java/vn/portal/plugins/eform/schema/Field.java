package vn.portal.plugins.eform.schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * One field of a form, as the JSON schema gives it (docs/eform-schema.md). Constraints a
 * type does not use are null.
 *
 * @param name         answer key: letters, digits, '_' (unique in its form or group)
 * @param help         shown under the label of every field (REQUIREMENTS-VN §6)
 * @param options      the answers of a choice field given in the form
 * @param catalog      or a catalog whose current entries are the answers ({@code sectors}, …)
 * @param catalogParent only the children of this catalog code
 * @param multiple     a choice of several answers, or several files
 * @param accept       media types a file field takes (checked on the bytes, never the name)
 * @param maxSizeMb    per file; at most the form's limit
 * @param completeness a document the automatic completeness check asks for: missing, the
 *                     dossier is still received but marked incomplete
 * @param prefill      the source that fills the field ({@code catalog:agencyName}, {@code profile:name}, …)
 * @param fields       the sub-fields of a group
 */
public record Field(String name, FieldType type, Text label, Text help, boolean required, Integer minLength,
        Integer maxLength, String pattern, Text patternMessage, BigDecimal min, BigDecimal max, boolean integer,
        String minDate, String maxDate, List<Option> options, String catalog, String catalogParent, boolean multiple,
        List<String> accept, Integer maxSizeMb, Integer maxFiles, boolean completeness, Text statement, Condition showIf,
        String prefill, boolean readOnly, List<Field> fields, Integer minItems, Integer maxItems) {

    public Field {
        options = options == null ? List.of() : List.copyOf(options);
        accept = accept == null ? List.of() : List.copyOf(accept);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public boolean visible(Answers answers) {
        return showIf == null || showIf.holds(answers);
    }

    /** Text length limit: given, else 500 for a line and 5,000 for a paragraph. */
    public int maxLengthOrDefault() {
        return maxLength != null ? maxLength : type == FieldType.TEXTAREA ? 5000 : 500;
    }
}
