package vn.portal.plugins.eform;

import static vn.portal.kernel.api.web.Html.escape;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.catalog.Catalogs;
import vn.portal.plugins.eform.schema.Answers;
import vn.portal.plugins.eform.schema.Field;
import vn.portal.plugins.eform.schema.FieldType;
import vn.portal.plugins.eform.schema.FormDefinition;
import vn.portal.plugins.eform.schema.FormValidator;
import vn.portal.plugins.eform.schema.Step;

/** What was entered, step by step, as people read it (labels of choices, names of communes). */
final class AnswersHtml {

    private AnswersHtml() {
    }

    static String render(FormDefinition form, Answers answers, List<Attachment> files, Catalogs catalogs, String locale) {
        Texts t = Texts.of(locale);
        StringBuilder b = new StringBuilder("<div class=\"eform-answers\">");
        for (Step s : form.steps()) {
            b.append("<h2>").append(escape(s.title().in(locale))).append("</h2><dl>");
            for (Field f : s.fields()) {
                if (f.type() == FieldType.FILE) {
                    List<String> names = files.stream().filter(a -> a.field.equals(f.name()))
                            .map(a -> a.fileName + " (" + Uploads.shortName(a.contentType) + ", " + kb(a.sizeBytes) + ")")
                            .toList();
                    if (!names.isEmpty()) {
                        b.append("<dt>").append(escape(f.label().in(locale))).append("</dt>");
                        names.forEach(n -> b.append("<dd>").append(escape(n)).append("</dd>"));
                    }
                    continue;
                }
                if (answers.get(f.name()) == null) {
                    continue;
                }
                b.append("<dt>").append(escape(f.label().in(locale))).append("</dt><dd>");
                if (f.type() == FieldType.GROUP) {
                    b.append("<ol>");
                    for (Answers row : answers.rows(f.name())) {
                        b.append("<li>");
                        for (Field sub : f.fields()) {
                            if (row.get(sub.name()) != null) {
                                b.append(escape(sub.label().in(locale))).append(": ")
                                        .append(escape(value(sub, row, catalogs, t))).append("<br>");
                            }
                        }
                        b.append("</li>");
                    }
                    b.append("</ol>");
                } else {
                    b.append(escape(value(f, answers, catalogs, t)));
                }
                b.append("</dd>");
            }
            b.append("</dl>");
        }
        return b.append("</div>").toString();
    }

    static String value(Field f, Answers answers, Catalogs catalogs, Texts t) {
        LocalDate today = EformPlugin.today();
        switch (f.type()) {
            case CHOICE -> {
                return String.join(", ", answers.list(f.name()).stream().map(v -> f.catalog() != null
                        ? catalogs.find(f.catalog(), v, today).map(e -> CatalogPrefill.name(e, t.en())).orElse(v)
                        : f.options().stream().filter(o -> o.value().equals(v)).findFirst()
                                .map(o -> o.label().in(t.locale())).orElse(v)).toList());
            }
            case ADDRESS -> {
                Map<String, String> a = answers.address(f.name());
                String commune = catalogs.find(FormValidator.UNITS, a.getOrDefault("commune", ""), today)
                        .map(e -> CatalogPrefill.name(e, t.en())).orElse(a.getOrDefault("commune", ""));
                String province = catalogs.find(FormValidator.UNITS, a.getOrDefault("province", ""), today)
                        .map(e -> CatalogPrefill.name(e, t.en())).orElse(a.getOrDefault("province", ""));
                return String.join(", ", java.util.stream.Stream.of(a.get("detail"), commune, province)
                        .filter(x -> x != null && !x.isBlank()).toList());
            }
            case DECLARATION -> {
                return "true".equals(answers.text(f.name())) ? t.get("form.yes") + " — " + f.statement().in(t.locale()) : "";
            }
            case DATE -> {
                String v = answers.text(f.name());
                try {
                    LocalDate d = LocalDate.parse(v);
                    return t.en() ? d.toString() : String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(),
                            d.getYear());
                } catch (RuntimeException e) {
                    return v;
                }
            }
            default -> {
                String v = answers.text(f.name());
                return v == null ? "" : v;
            }
        }
    }

    static String kb(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB" : String.format("%.1f MB", bytes / 1048576.0);
    }
}
