package vn.portal.plugins.eform;

import static vn.portal.kernel.api.web.Html.escape;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.catalog.Catalogs;
import vn.portal.plugins.eform.schema.Answers;
import vn.portal.plugins.eform.schema.Field;
import vn.portal.plugins.eform.schema.FieldType;
import vn.portal.plugins.eform.schema.FormDefinition;
import vn.portal.plugins.eform.schema.FormValidator;
import vn.portal.plugins.eform.schema.Option;

/**
 * One field as accessible HTML: a label bound to the input, the help text and the error
 * joined to it by {@code aria-describedby}, {@code aria-invalid} when wrong. Works without
 * script; a condition on another field of the same step is announced in words and, with
 * script, hides the field.
 */
final class FieldHtml {

    private final Texts t;
    private final Catalogs catalogs;
    private final FormDefinition form;
    private final Map<String, String> errors;
    private final Map<String, List<String>> files;

    /**
     * @param errors messages by field path
     * @param files  names of the files already attached, by field
     */
    FieldHtml(Texts t, Catalogs catalogs, FormDefinition form, Map<String, String> errors, Map<String, List<String>> files) {
        this.t = t;
        this.catalogs = catalogs;
        this.form = form;
        this.errors = errors;
        this.files = files;
    }

    String render(Field f, Answers answers, int extraRows) {
        String id = "f-" + f.name();
        StringBuilder b = new StringBuilder();
        String cond = "";
        if (f.showIf() != null) {
            cond = " data-show-field=\"" + escape(f.showIf().field()) + "\" data-show-values=\""
                    + escape(String.join("|", f.showIf().values())) + "\"" + (f.showIf().notEmpty() ? " data-show-any" : "");
        }
        switch (f.type()) {
            case GROUP -> {
                return group(f, answers, extraRows, cond);
            }
            case DECLARATION -> {
                b.append("<div class=\"field field-declaration\"").append(cond).append(">");
                b.append("<fieldset><legend>").append(escape(f.label().in(t.locale()))).append(" *</legend>");
                b.append("<p class=\"statement\" id=\"").append(id).append("-statement\">")
                        .append(escape(f.statement().in(t.locale()))).append("</p>");
                b.append("<p><input type=\"checkbox\" id=\"").append(id).append("\" name=\"").append(f.name())
                        .append("\" value=\"true\"").append("true".equals(answers.text(f.name())) ? " checked" : "")
                        .append(" required aria-required=\"true\"").append(described(id, f.name(), true)).append("> <label for=\"")
                        .append(id).append("\">").append(escape(t.get("form.yes"))).append("</label></p>");
                help(b, id, f);
                error(b, id, f.name());
                return b.append("</fieldset></div>").toString();
            }
            default -> {
            }
        }
        b.append("<div class=\"field field-").append(f.type().json()).append(errors.containsKey(f.name()) ? " has-error" : "")
                .append("\"").append(cond).append(">");
        if (f.type() == FieldType.ADDRESS) {
            address(b, f, id, answers);
        } else {
            b.append("<label for=\"").append(id).append("\">").append(escape(f.label().in(t.locale())))
                    .append(f.required() ? " <span aria-hidden=\"true\">*</span>" : "").append("</label>");
            input(b, f, id, f.name(), answers.get(f.name()));
            help(b, id, f);
            if (f.showIf() != null) {
                condition(b, f);
            }
            error(b, id, f.name());
        }
        return b.append("</div>").toString();
    }

    private void input(StringBuilder b, Field f, String id, String name, Object value) {
        String v = value instanceof String s ? s : "";
        String common = " id=\"" + id + "\" name=\"" + escape(name) + "\"" + (f.required() ? " required aria-required=\"true\"" : "")
                + described(id, name, false);
        switch (f.type()) {
            case TEXTAREA -> b.append("<textarea rows=\"5\" maxlength=\"").append(f.maxLengthOrDefault()).append("\"")
                    .append(common).append(">").append(escape(v)).append("</textarea>");
            case CHOICE -> choice(b, f, common, name, value);
            case FILE -> {
                List<String> have = files.getOrDefault(f.name(), List.of());
                if (!have.isEmpty()) {
                    b.append("<p class=\"attached\" id=\"").append(id).append("-have\">")
                            .append(escape(t.get("form.attached", String.join(", ", have)))).append("</p>");
                }
                b.append("<input type=\"file\" id=\"").append(id).append("\" name=\"").append(escape(name)).append("\"")
                        .append(f.multiple() ? " multiple" : "").append(" accept=\"").append(escape(String.join(",", f.accept())))
                        .append("\"").append(f.required() && have.isEmpty() ? " required aria-required=\"true\"" : "")
                        .append(described(id, name, false)).append(">");
                int mb = f.maxSizeMb() != null ? f.maxSizeMb() : form.maxUploadMb();
                b.append("<p class=\"limit\" id=\"").append(id).append("-limit\">").append(escape(t.get("form.maxUpload", mb,
                        String.join(", ", f.accept().stream().map(Uploads::shortName).toList())))).append("</p>");
            }
            case INFO -> b.append("<output id=\"").append(id).append("\" class=\"prefilled\"").append(described(id, name, false))
                    .append(">").append(escape(v)).append("</output> <span class=\"badge\">")
                    .append(escape(t.get("form.prefilled"))).append("</span>");
            default -> {
                String type = switch (f.type()) {
                    case NUMBER -> "text\" inputmode=\"decimal";
                    case DATE -> "date";
                    case PHONE -> "tel\" autocomplete=\"tel";
                    case EMAIL -> "email\" autocomplete=\"email";
                    case CCCD -> "text\" inputmode=\"numeric\" maxlength=\"14";
                    default -> "text\" maxlength=\"" + f.maxLengthOrDefault();
                };
                b.append("<input type=\"").append(type).append("\" value=\"").append(escape(v)).append("\"").append(common)
                        .append(f.readOnly() ? " readonly" : "").append(">");
            }
        }
    }

    private void choice(StringBuilder b, Field f, String common, String name, Object value) {
        List<String[]> options = options(f);
        if (f.multiple()) {
            List<?> chosen = value instanceof List<?> l ? l : List.of();
            b.append("<span class=\"choices\"").append(common.replaceFirst(" id=\"[^\"]*\" name=\"[^\"]*\"", "")
                    .replace(" required aria-required=\"true\"", "")).append(">");
            int i = 0;
            for (String[] o : options) {
                String oid = "f-" + name + "-" + i++;
                b.append("<span class=\"choice\"><input type=\"checkbox\" id=\"").append(oid).append("\" name=\"")
                        .append(escape(name)).append("\" value=\"").append(escape(o[0])).append("\"")
                        .append(chosen.contains(o[0]) ? " checked" : "").append("> <label for=\"").append(oid).append("\">")
                        .append(escape(o[1])).append("</label></span>");
            }
            b.append("</span>");
            return;
        }
        String v = value instanceof String s ? s : "";
        b.append("<select").append(common).append("><option value=\"\">").append(escape(t.get("form.choose")))
                .append("</option>");
        for (String[] o : options) {
            b.append("<option value=\"").append(escape(o[0])).append("\"").append(o[0].equals(v) ? " selected" : "")
                    .append(">").append(escape(o[1])).append("</option>");
        }
        b.append("</select>");
    }

    private List<String[]> options(Field f) {
        if (f.catalog() == null) {
            return f.options().stream().map((Option o) -> new String[] {o.value(), o.label().in(t.locale())}).toList();
        }
        return catalogs.search(f.catalog(), "", f.catalogParent(), EformPlugin.today(), 0, 500).stream()
                .map(e -> new String[] {e.code(), CatalogPrefill.name(e, t.en())}).toList();
    }

    /** A commune list grouped by province (the province follows from the commune), and the street address. */
    private void address(StringBuilder b, Field f, String id, Answers answers) {
        Map<String, String> a = answers.address(f.name());
        b.append("<fieldset><legend>").append(escape(f.label().in(t.locale()))).append(f.required() ? " *" : "")
                .append("</legend>");
        help(b, id, f);
        String commune = a.getOrDefault("commune", "");
        b.append("<p><label for=\"").append(id).append("-commune\">").append(escape(t.get("form.commune"))).append("</label>")
                .append("<select id=\"").append(id).append("-commune\" name=\"").append(f.name()).append(".commune\"")
                .append(f.required() ? " required aria-required=\"true\"" : "").append(described(id, f.name(), false))
                .append("><option value=\"\">").append(escape(t.get("form.commune.choose"))).append("</option>");
        LocalDate today = EformPlugin.today();
        for (CatalogEntry province : catalogs.search(FormValidator.UNITS, "", null, today, 0, 100).stream()
                .filter(e -> "province".equals(e.attributes().get("level"))).toList()) {
            b.append("<optgroup label=\"").append(escape(CatalogPrefill.name(province, t.en()))).append("\">");
            for (CatalogEntry c : catalogs.search(FormValidator.UNITS, "", province.code(), today, 0, 5000)) {
                if ("commune".equals(c.attributes().get("level"))) {
                    b.append("<option value=\"").append(escape(c.code())).append("\"")
                            .append(c.code().equals(commune) ? " selected" : "").append(">")
                            .append(escape(CatalogPrefill.name(c, t.en()))).append("</option>");
                }
            }
            b.append("</optgroup>");
        }
        b.append("</select></p>");
        b.append("<p><label for=\"").append(id).append("-detail\">").append(escape(t.get("form.detail"))).append("</label>")
                .append("<input type=\"text\" maxlength=\"300\" autocomplete=\"street-address\" id=\"").append(id)
                .append("-detail\" name=\"").append(f.name()).append(".detail\" value=\"")
                .append(escape(a.getOrDefault("detail", ""))).append("\"").append(f.required() ? " required aria-required=\"true\"" : "")
                .append(described(id, f.name(), false)).append("></p>");
        error(b, id, f.name());
        b.append("</fieldset>");
    }

    private String group(Field g, Answers answers, int extraRows, String cond) {
        String id = "f-" + g.name();
        StringBuilder b = new StringBuilder("<div class=\"field field-group\" id=\"" + g.name() + "\"" + cond + "><fieldset>"
                + "<legend>" + escape(g.label().in(t.locale())) + (g.required() ? " *" : "") + "</legend>");
        help(b, id, g);
        error(b, id, g.name());
        List<Answers> rows = answers.rows(g.name());
        int max = g.maxItems() == null ? FormInput.MAX_ROWS : g.maxItems();
        int shown = Math.min(max, Math.max(rows.size() + extraRows, Math.max(1, g.minItems() == null ? 1 : g.minItems())));
        for (int i = 0; i < shown; i++) {
            Answers row = i < rows.size() ? rows.get(i) : new Answers();
            b.append("<fieldset class=\"row\"><legend>").append(escape(t.get("form.row", i + 1))).append("</legend>");
            for (Field sub : g.fields()) {
                String path = g.name() + "[" + i + "]." + sub.name();
                String sid = "f-" + g.name() + "-" + i + "-" + sub.name();
                b.append("<div class=\"field").append(errors.containsKey(path) ? " has-error" : "").append("\">");
                b.append("<label for=\"").append(sid).append("\">").append(escape(sub.label().in(t.locale())))
                        .append(sub.required() ? " <span aria-hidden=\"true\">*</span>" : "").append("</label>");
                Field optional = sub; // rows may be left empty: the browser must not insist
                input(b, new Field(optional.name(), optional.type(), optional.label(), optional.help(), false,
                        optional.minLength(), optional.maxLength(), optional.pattern(), optional.patternMessage(),
                        optional.min(), optional.max(), optional.integer(), optional.minDate(), optional.maxDate(),
                        optional.options(), optional.catalog(), optional.catalogParent(), optional.multiple(),
                        optional.accept(), optional.maxSizeMb(), optional.maxFiles(), optional.completeness(),
                        optional.statement(), null, optional.prefill(), optional.readOnly(), List.of(), null, null),
                        sid, path, row.get(sub.name()));
                help(b, sid, sub);
                error(b, sid, path);
                b.append("</div>");
            }
            b.append("</fieldset>");
        }
        if (shown < max) {
            b.append("<p><button type=\"submit\" name=\"_action\" value=\"add:").append(g.name())
                    .append("\" formnovalidate class=\"secondary\">").append(escape(t.get("form.addRow"))).append("</button></p>");
        }
        return b.append("</fieldset></div>").toString();
    }

    private String described(String id, String path, boolean statement) {
        String ids = (statement ? id + "-statement " : "") + id + "-help" + (errors.containsKey(path) ? " " + id + "-error" : "");
        return " aria-describedby=\"" + ids + "\"" + (errors.containsKey(path) ? " aria-invalid=\"true\"" : "");
    }

    private void help(StringBuilder b, String id, Field f) {
        b.append("<p class=\"help\" id=\"").append(id).append("-help\">").append(escape(f.help().in(t.locale()))).append("</p>");
    }

    private void condition(StringBuilder b, Field f) {
        form.field(f.showIf().field()).ifPresent(on -> {
            String values = String.join(", ", f.showIf().values().stream().map(v -> on.options().stream()
                    .filter(o -> o.value().equals(v)).findFirst().map(o -> o.label().in(t.locale())).orElse(v)).toList());
            b.append("<p class=\"condition\">").append(escape(t.en()
                    ? "Only if \"" + on.label().in("en") + "\" is " + values + "."
                    : "Chỉ điền khi \"" + on.label().in("vi") + "\" là " + values + ".")).append("</p>");
        });
    }

    private void error(StringBuilder b, String id, String path) {
        String e = errors.get(path);
        if (e != null) {
            b.append("<p class=\"field-error\" id=\"").append(id).append("-error\">").append(escape(e)).append("</p>");
        }
    }
}
