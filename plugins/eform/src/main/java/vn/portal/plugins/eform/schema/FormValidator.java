package vn.portal.plugins.eform.schema;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.catalog.Catalogs;

/**
 * Checks the answers of some steps of a form and puts them in canonical form (NFC, trimmed,
 * phone numbers as 0xxxxxxxxx, dates as yyyy-mm-dd); answers of hidden fields are dropped, so
 * nothing the applicant could not see is kept.
 */
public final class FormValidator {

    public static final String UNITS = "admin-units";
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final Pattern DATE_OFFSET = Pattern.compile("today([+-])(\\d{1,3})([dmy])");

    private final Catalogs catalogs;
    private final LocalDate today;

    public FormValidator(Catalogs catalogs, LocalDate today) {
        this.catalogs = catalogs;
        this.today = today;
    }

    /**
     * @param files how many files each file field has (already checked one by one on upload)
     * @return the problems, in the order of the fields; empty when the steps may be left
     */
    public List<Problem> check(List<Step> steps, Answers answers, Map<String, Integer> files) {
        List<Problem> problems = new ArrayList<>();
        for (Step step : steps) {
            for (Field f : step.fields()) {
                if (!f.visible(answers)) {
                    answers.remove(f.name());
                    continue;
                }
                if (f.type() == FieldType.GROUP) {
                    group(f, answers, problems);
                } else if (f.type() == FieldType.FILE) {
                    int n = files.getOrDefault(f.name(), 0);
                    if (f.required() && n == 0) {
                        problems.add(new Problem(f.name(), "fileRequired"));
                    }
                    int max = f.multiple() ? (f.maxFiles() == null ? 10 : f.maxFiles()) : 1;
                    if (n > max) {
                        problems.add(new Problem(f.name(), "fileCount", max));
                    }
                } else if (f.type() != FieldType.INFO) {
                    one(f, f.name(), answers, problems);
                }
            }
        }
        return problems;
    }

    /** The documents the completeness check asks for that have no file (visible fields only). */
    public static List<Field> missingDocuments(FormDefinition form, Answers answers, Map<String, Integer> files) {
        return form.fields().stream().filter(f -> f.type() == FieldType.FILE && f.completeness() && f.visible(answers)
                && files.getOrDefault(f.name(), 0) == 0).toList();
    }

    private void group(Field g, Answers answers, List<Problem> problems) {
        List<Object> kept = new ArrayList<>();
        List<Answers> rows = answers.rows(g.name());
        int i = 0;
        for (Answers row : rows) {
            if (row.values().values().stream().allMatch(v -> v instanceof String s && s.isBlank())) {
                continue; // an empty row of the form: not an answer
            }
            for (Field f : g.fields()) {
                if (f.visible(row)) {
                    one(f, g.name() + "[" + i + "]." + f.name(), row, problems);
                } else {
                    row.remove(f.name());
                }
            }
            kept.add(row.values());
            i++;
        }
        answers.put(g.name(), kept.isEmpty() ? null : kept);
        int min = g.minItems() == null ? (g.required() ? 1 : 0) : g.minItems();
        if (kept.size() < min) {
            problems.add(new Problem(g.name(), "minItems", min));
        }
        if (g.maxItems() != null && kept.size() > g.maxItems()) {
            problems.add(new Problem(g.name(), "maxItems", g.maxItems()));
        }
    }

    /** One answer of {@code f} inside {@code answers}, reported as {@code path}. */
    private void one(Field f, String path, Answers answers, List<Problem> problems) {
        if (f.type() == FieldType.ADDRESS) {
            address(f, path, answers, problems);
            return;
        }
        if (f.type() == FieldType.CHOICE && f.multiple()) {
            List<String> values = answers.list(f.name()).stream().map(FormValidator::clean).filter(s -> !s.isEmpty())
                    .distinct().toList();
            answers.put(f.name(), values.isEmpty() ? null : values);
            if (values.isEmpty() && f.required()) {
                problems.add(new Problem(path, "required"));
            }
            values.stream().filter(v -> !choiceExists(f, v)).findFirst()
                    .ifPresent(v -> problems.add(new Problem(path, "choice")));
            return;
        }
        String raw = answers.text(f.name());
        String value = raw == null ? "" : clean(raw);
        if (value.isEmpty()) {
            answers.remove(f.name());
            if (f.required()) {
                problems.add(new Problem(path, f.type() == FieldType.DECLARATION ? "declaration" : "required"));
            }
            return;
        }
        Optional<String> canonical = switch (f.type()) {
            case TEXT, TEXTAREA -> text(f, path, value, problems);
            case NUMBER -> number(f, path, value, problems);
            case DATE -> date(f, path, value, problems);
            case CHOICE -> choiceExists(f, value) ? Optional.of(value) : fail(problems, path, "choice");
            case CCCD -> Checks.cccd(value).or(() -> fail(problems, path, "cccd"));
            case PHONE -> Checks.mobile(value).or(() -> fail(problems, path, "phone"));
            case EMAIL -> Checks.email(value).or(() -> fail(problems, path, "email"));
            case DECLARATION -> "true".equals(value) || "on".equals(value) ? Optional.of("true")
                    : fail(problems, path, "declaration");
            default -> Optional.of(value);
        };
        answers.put(f.name(), canonical.orElse(value));
    }

    private Optional<String> text(Field f, String path, String value, List<Problem> problems) {
        if (value.length() > f.maxLengthOrDefault()) {
            return fail(problems, path, "tooLong", f.maxLengthOrDefault());
        }
        if (f.minLength() != null && value.length() < f.minLength()) {
            return fail(problems, path, "tooShort", f.minLength());
        }
        if (f.pattern() != null && !Pattern.compile(f.pattern()).matcher(value).matches()) {
            return fail(problems, path, "pattern", f.patternMessage().isEmpty() ? f.label().vi() : f.patternMessage().vi(),
                    f.patternMessage().isEmpty() ? f.label().en() : f.patternMessage().en());
        }
        return Optional.of(value);
    }

    private static Optional<String> number(Field f, String path, String value, List<Problem> problems) {
        BigDecimal n;
        try {
            // Vietnamese writes 1.500.000,5; a form field may also get 1500000.5
            String v = value.replace(" ", "");
            if (v.contains(",")) {
                v = v.replace(".", "").replace(',', '.');
            } else if (v.matches("\\d{1,3}(\\.\\d{3})+")) {
                v = v.replace(".", "");
            }
            n = new BigDecimal(v);
        } catch (NumberFormatException e) {
            return fail(problems, path, "number");
        }
        if (f.integer() && n.stripTrailingZeros().scale() > 0) {
            return fail(problems, path, "integer");
        }
        if (f.min() != null && n.compareTo(f.min()) < 0) {
            return fail(problems, path, "min", f.min().toPlainString());
        }
        if (f.max() != null && n.compareTo(f.max()) > 0) {
            return fail(problems, path, "max", f.max().toPlainString());
        }
        return Optional.of(n.toPlainString());
    }

    private Optional<String> date(Field f, String path, String value, List<Problem> problems) {
        LocalDate d;
        try {
            d = value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return fail(problems, path, "date");
        }
        LocalDate min = bound(f.minDate());
        LocalDate max = bound(f.maxDate());
        if (min != null && d.isBefore(min)) {
            return fail(problems, path, "dateMin", min.toString());
        }
        if (max != null && d.isAfter(max)) {
            return fail(problems, path, "dateMax", max.toString());
        }
        return Optional.of(d.toString());
    }

    /** {@code 2020-01-31}, {@code today}, {@code today-18y}, {@code today+30d}. */
    LocalDate bound(String spec) {
        if (spec == null) {
            return null;
        }
        if (spec.equals("today")) {
            return today;
        }
        var m = DATE_OFFSET.matcher(spec);
        if (m.matches()) {
            long n = Long.parseLong(m.group(2)) * (m.group(1).equals("-") ? -1 : 1);
            return switch (m.group(3)) {
                case "d" -> today.plusDays(n);
                case "m" -> today.plusMonths(n);
                default -> today.plusYears(n);
            };
        }
        return LocalDate.parse(spec);
    }

    private boolean choiceExists(Field f, String value) {
        if (f.catalog() == null) {
            return f.options().stream().anyMatch(o -> o.value().equals(value));
        }
        Optional<CatalogEntry> e = catalogs.find(f.catalog(), value, today);
        return e.isPresent() && (f.catalogParent() == null || f.catalogParent().equals(e.get().parentCode()));
    }

    /** A commune of the catalog valid today; the province is taken from it, never typed. */
    private void address(Field f, String path, Answers answers, List<Problem> problems) {
        Map<String, String> given = answers.address(f.name());
        String commune = clean(given.getOrDefault("commune", ""));
        String detail = clean(given.getOrDefault("detail", ""));
        if (commune.isEmpty() && detail.isEmpty()) {
            answers.remove(f.name());
            if (f.required()) {
                problems.add(new Problem(path, "required"));
            }
            return;
        }
        Map<String, String> out = new LinkedHashMap<>();
        Optional<CatalogEntry> unit = commune.isEmpty() ? Optional.empty() : catalogs.find(UNITS, commune, today);
        if (unit.isEmpty() || !"commune".equals(unit.get().attributes().get("level"))) {
            problems.add(new Problem(path, "commune"));
        } else {
            out.put("province", unit.get().parentCode());
            out.put("commune", commune);
        }
        if (detail.isEmpty()) {
            problems.add(new Problem(path, "addressDetail"));
        } else if (detail.length() > 300) {
            problems.add(new Problem(path, "tooLong", 300));
        }
        out.put("detail", detail);
        answers.put(f.name(), out);
    }

    private static Optional<String> fail(List<Problem> problems, String path, String code, Object... args) {
        problems.add(new Problem(path, code, args));
        return Optional.empty();
    }

    static String clean(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }
}
