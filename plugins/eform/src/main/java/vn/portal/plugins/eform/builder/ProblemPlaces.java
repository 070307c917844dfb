package vn.portal.plugins.eform.builder;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.portal.plugins.eform.schema.SchemaProblem;

/**
 * Puts the schema check's problems where the designer looks: a path such as
 * {@code steps[1].fields[3].options[0].value} lands on that field (under {@code options}), a
 * group's sub-field also marks its group, {@code steps[0].title} on the step, anything else on
 * the form (by its path: {@code key}, {@code applicant.name}).
 */
public final class ProblemPlaces {

    private static final Pattern PATH = Pattern.compile(
            "steps\\[(\\d+)](?:\\.fields\\[(\\d+)](?:\\.fields\\[(\\d+)])?)?(?:\\.(.*))?");

    private ProblemPlaces() {
    }

    /** Clears the last check's marks and attaches these problems; {@code message} words each one. */
    public static void attach(EditableForm form, List<SchemaProblem> problems, Function<SchemaProblem, String> message) {
        form.getProblem().clear();
        for (EditableStep s : form.getSteps()) {
            s.getProblems().clear();
            for (EditableField f : s.getFields()) {
                f.getProblem().clear();
                f.getFields().forEach(x -> x.getProblem().clear());
            }
        }
        for (SchemaProblem p : problems) {
            place(form, p, message.apply(p));
        }
    }

    private static void place(EditableForm form, SchemaProblem p, String text) {
        Matcher m = PATH.matcher(p.path());
        if (!m.matches() || Integer.parseInt(m.group(1)) >= form.getSteps().size()) {
            form.getProblem().merge(p.path(), text, (a, b) -> a + " " + b);
            return;
        }
        EditableStep step = form.getSteps().get(Integer.parseInt(m.group(1)));
        String rest = m.group(4) == null ? "" : m.group(4);
        if (m.group(2) == null || Integer.parseInt(m.group(2)) >= step.getFields().size()) {
            step.getProblems().add(text);
            return;
        }
        EditableField field = step.getFields().get(Integer.parseInt(m.group(2)));
        if (m.group(3) != null && Integer.parseInt(m.group(3)) < field.getFields().size()) {
            EditableField sub = field.getFields().get(Integer.parseInt(m.group(3)));
            sub.getProblem().merge(property(rest), text, (a, b) -> a + " " + b);
            field.getProblem().merge("fields", (sub.getName().isBlank() ? "?" : sub.getName()) + ": " + text,
                    (a, b) -> a + " " + b);
            return;
        }
        field.getProblem().merge(m.group(3) != null ? "fields" : property(rest), text, (a, b) -> a + " " + b);
    }

    /** {@code options[0].value} → {@code options}, {@code showIf.field} → {@code showIf}, {@code help} → {@code help}. */
    static String property(String rest) {
        if (rest.isEmpty()) {
            return "";
        }
        int cut = rest.length();
        for (char c : new char[] {'.', '['}) {
            int i = rest.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return rest.substring(0, cut);
    }

    /**
     * Where a path points, for the list of problems: {@code [step number, field label]} (1-based
     * step; the label is empty for the step itself), or null for the form.
     */
    public static String[] where(EditableForm form, String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches() || Integer.parseInt(m.group(1)) >= form.getSteps().size()) {
            return null;
        }
        int s = Integer.parseInt(m.group(1));
        EditableStep step = form.getSteps().get(s);
        if (m.group(2) == null || Integer.parseInt(m.group(2)) >= step.getFields().size()) {
            return new String[] {Integer.toString(s + 1), ""};
        }
        EditableField f = step.getFields().get(Integer.parseInt(m.group(2)));
        String label = f.getLabelVi().isBlank() ? f.getName() : f.getLabelVi();
        if (m.group(3) != null && Integer.parseInt(m.group(3)) < f.getFields().size()) {
            EditableField sub = f.getFields().get(Integer.parseInt(m.group(3)));
            label += " › " + (sub.getLabelVi().isBlank() ? sub.getName() : sub.getLabelVi());
        }
        return new String[] {Integer.toString(s + 1), label};
    }
}
