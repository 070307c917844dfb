package vn.portal.plugins.eform.schema;

import java.util.List;

/**
 * When a field is shown: the answer of another field equals one of {@code values}, or, with
 * {@code notEmpty}, is anything at all. A hidden field is neither checked nor kept.
 */
public record Condition(String field, List<String> values, boolean notEmpty) {

    public boolean holds(Answers answers) {
        String value = answers.text(field);
        if (notEmpty) {
            return value != null && !value.isBlank();
        }
        if (value == null) {
            return false;
        }
        return values.contains(value) || answers.list(field).stream().anyMatch(values::contains);
    }
}
