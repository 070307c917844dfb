package vn.portal.plugins.eform;

import java.util.List;
import java.util.Optional;
import vn.portal.plugins.eform.api.PrefillRequest;
import vn.portal.plugins.eform.api.PrefillSource;
import vn.portal.plugins.eform.schema.Answers;
import vn.portal.plugins.eform.schema.Field;
import vn.portal.plugins.eform.schema.FieldType;
import vn.portal.plugins.eform.schema.FormDefinition;

/** Applies the prefill sources to a form's answers: info fields always, other fields when still empty. */
final class Prefill {

    private final List<PrefillSource> sources;

    Prefill(List<PrefillSource> sources) {
        this.sources = List.copyOf(sources);
    }

    Optional<String> value(String spec, PrefillRequest request) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String id = spec.substring(0, colon);
        String key = spec.substring(colon + 1);
        for (PrefillSource s : sources) {
            if (s.id().equals(id)) {
                try {
                    Optional<String> v = s.value(key, request);
                    if (v.isPresent()) {
                        return v;
                    }
                } catch (RuntimeException e) {
                    // a failing source leaves the field for the applicant to fill
                }
            }
        }
        return Optional.empty();
    }

    /** @return the names of the fields it filled */
    List<String> apply(FormDefinition form, Answers answers, PrefillRequest request) {
        List<String> filled = new java.util.ArrayList<>();
        for (Field f : form.fields()) {
            if (f.prefill() == null) {
                continue;
            }
            boolean empty = answers.text(f.name()) == null || answers.text(f.name()).isBlank();
            if (f.type() == FieldType.INFO || f.readOnly() || empty) {
                value(f.prefill(), request).ifPresent(v -> {
                    answers.put(f.name(), v);
                    filled.add(f.name());
                });
            }
        }
        return filled;
    }
}
