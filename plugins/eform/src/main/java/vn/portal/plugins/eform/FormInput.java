package vn.portal.plugins.eform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.portal.plugins.eform.schema.Answers;
import vn.portal.plugins.eform.schema.Field;
import vn.portal.plugins.eform.schema.Step;

/**
 * Reads the answers of some steps from posted form fields: {@code name}; an address as
 * {@code name.commune} and {@code name.detail}; group rows as {@code name[0].sub}; several
 * choices as repeated {@code name}. Fields of other steps keep their saved answers.
 */
final class FormInput {

    /** More rows than any form allows are ignored. */
    static final int MAX_ROWS = 50;

    private FormInput() {
    }

    static void read(List<Step> steps, Map<String, List<String>> posted, Answers into) {
        for (Step s : steps) {
            for (Field f : s.fields()) {
                switch (f.type()) {
                    case FILE, INFO -> {
                        // files come as parts; info fields are filled by the portal, never by the post
                    }
                    case ADDRESS -> {
                        Map<String, String> a = new LinkedHashMap<>();
                        a.put("commune", first(posted, f.name() + ".commune"));
                        a.put("detail", first(posted, f.name() + ".detail"));
                        into.put(f.name(), a);
                    }
                    case GROUP -> into.put(f.name(), rows(f, posted));
                    case CHOICE -> into.put(f.name(), f.multiple() ? new ArrayList<>(posted.getOrDefault(f.name(), List.of()))
                            : first(posted, f.name()));
                    default -> {
                        if (!f.readOnly()) {
                            into.put(f.name(), first(posted, f.name()));
                        }
                    }
                }
            }
        }
    }

    private static List<Object> rows(Field g, Map<String, List<String>> posted) {
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            boolean any = false;
            for (Field sub : g.fields()) {
                String v = first(posted, g.name() + "[" + i + "]." + sub.name());
                if (v != null) {
                    any = true;
                    row.put(sub.name(), v);
                }
            }
            if (!any) {
                break;
            }
            rows.add(row);
        }
        return rows;
    }

    private static String first(Map<String, List<String>> posted, String name) {
        List<String> v = posted.get(name);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }
}
