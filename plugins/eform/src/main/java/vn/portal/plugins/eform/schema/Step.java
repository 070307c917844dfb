package vn.portal.plugins.eform.schema;

import java.util.List;

/** One page of a multi-step form. */
public record Step(String id, Text title, Text help, List<Field> fields) {

    public Step {
        fields = List.copyOf(fields);
    }
}
