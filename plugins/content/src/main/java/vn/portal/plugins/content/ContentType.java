package vn.portal.plugins.content;

import java.util.List;

/**
 * A kind of content, read from {@code content-types/<name>.json}: what fields an item of
 * this kind has, and the URL segment of its public pages ({@code /tin-tuc/<slug>}).
 */
public record ContentType(String name, String labelVi, String labelEn, String path, List<Field> fields) {

    /**
     * One field. Kinds: text, longtext, richtext (sanitised), date, datetime, number, boolean,
     * url, email, phone, select (one of {@code options}), catalog (a code of {@code catalog}),
     * image and file (ids of stored blobs). An {@code internal} field (an asker's e-mail) is for
     * staff only and never copied to the public version.
     */
    public record Field(String name, String kind, boolean required, String labelVi, String labelEn, String catalog,
            List<String> options, Integer max, boolean internal) {

        public int maxLength() {
            return max != null ? max : switch (kind) {
                case "richtext" -> 200_000;
                case "longtext" -> 10_000;
                default -> 1_000;
            };
        }
    }

    public ContentType {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public Field field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    public String label(String locale) {
        return "en".equals(locale) ? labelEn : labelVi;
    }
}
