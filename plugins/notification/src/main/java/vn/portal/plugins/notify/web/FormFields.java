package vn.portal.plugins.notify.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields of a url-encoded form body (UTF-8, NFC), a name possibly repeated (check boxes). */
final class FormFields {

    private final Map<String, List<String>> fields;

    private FormFields(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    static FormFields parse(String body) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String pair : body == null ? new String[0] : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(name, k -> new ArrayList<>()).add(Normalizer.normalize(value, Normalizer.Form.NFC));
            } catch (IllegalArgumentException e) {
                // a malformed escape: the field is left out, and its check names it as missing
            }
        }
        return new FormFields(out);
    }

    /** The first value, or null. */
    String one(String name) {
        List<String> v = fields.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    List<String> all(String name) {
        return fields.getOrDefault(name, List.of());
    }
}
