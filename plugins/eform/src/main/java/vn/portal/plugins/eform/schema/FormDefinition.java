package vn.portal.plugins.eform.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A form as data: its steps and fields, the procedure it serves and who the applicant is.
 * Parsed and checked by {@link FormParser}; stored as JSON, one row per version.
 *
 * @param applicantName  the field holding the applicant's name (for the inbox and the notifications)
 * @param applicantEmail the field holding an e-mail address to notify, if any
 * @param applicantPhone the field holding a phone number to notify, if any
 * @param maxUploadMb    the largest file accepted, shown on the form
 */
public record FormDefinition(String key, String procedure, Text title, Text description, int maxUploadMb,
        String applicantName, String applicantEmail, String applicantPhone, List<Step> steps) {

    public FormDefinition {
        steps = List.copyOf(steps);
    }

    /** Every field of every step, groups included (their sub-fields are not listed). */
    public List<Field> fields() {
        List<Field> out = new ArrayList<>();
        steps.forEach(s -> out.addAll(s.fields()));
        return out;
    }

    public Optional<Field> field(String name) {
        return fields().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public boolean hasFiles() {
        return fields().stream().anyMatch(f -> f.type() == FieldType.FILE);
    }
}
