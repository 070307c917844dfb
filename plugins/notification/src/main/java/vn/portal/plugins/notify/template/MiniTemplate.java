package vn.portal.plugins.notify.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The message template language, a small subset of Mustache: {@code {{name}}} writes a variable
 * (escaped for the channel), {@code {{#name}}…{{/name}}} shows the part when the variable is set
 * (once, or once per entry of a list such as a digest's items), {@code {{^name}}…{{/name}}} when
 * it is not. Templates are checked when parsed: an unknown variable or a tag left open is an
 * error naming the line, so an administrator sees it before saving, not in a failed message.
 * (About 100 lines; a full Mustache engine would add partials, lambdas and delimiters that
 * administrators should not have, and an unknown-variable check it lacks.)
 */
public final class MiniTemplate {

    private sealed interface Node permits Text, Var, Section {
    }

    private record Text(String text) implements Node {
    }

    private record Var(String name) implements Node {
    }

    private record Section(String name, boolean inverted, List<Node> body) implements Node {
    }

    private final List<Node> nodes;

    private MiniTemplate(List<Node> nodes) {
        this.nodes = nodes;
    }

    /** @param known the variables this template may use */
    public static MiniTemplate parse(String source, Set<String> known) {
        List<List<Node>> stack = new ArrayList<>(List.of(new ArrayList<>()));
        List<String> open = new ArrayList<>();
        List<Boolean> inverted = new ArrayList<>();
        int pos = 0;
        while (pos < source.length()) {
            int start = source.indexOf("{{", pos);
            if (start < 0) {
                stack.get(stack.size() - 1).add(new Text(source.substring(pos)));
                break;
            }
            if (start > pos) {
                stack.get(stack.size() - 1).add(new Text(source.substring(pos, start)));
            }
            int end = source.indexOf("}}", start + 2);
            if (end < 0) {
                throw error(source, start, "'{{' is never closed with '}}'");
            }
            String tag = source.substring(start + 2, end).strip();
            char sigil = tag.isEmpty() ? ' ' : tag.charAt(0);
            String name = sigil == '#' || sigil == '^' || sigil == '/' ? tag.substring(1).strip() : tag;
            if (!name.matches("[A-Za-z][A-Za-z0-9_.]*")) {
                throw error(source, start, "'{{" + tag + "}}' is not a variable name");
            }
            if (sigil != '/' && !known.contains(name)) {
                throw error(source, start, "unknown variable '" + name + "'; known: " + String.join(", ", known));
            }
            if (sigil == '#' || sigil == '^') {
                stack.add(new ArrayList<>());
                open.add(name);
                inverted.add(sigil == '^');
            } else if (sigil == '/') {
                if (open.isEmpty() || !open.get(open.size() - 1).equals(name)) {
                    throw error(source, start, "'{{/" + name + "}}' closes " + (open.isEmpty() ? "nothing"
                            : "'" + open.get(open.size() - 1) + "' out of order"));
                }
                List<Node> body = stack.remove(stack.size() - 1);
                stack.get(stack.size() - 1).add(new Section(open.remove(open.size() - 1),
                        inverted.remove(inverted.size() - 1), List.copyOf(body)));
            } else {
                stack.get(stack.size() - 1).add(new Var(name));
            }
            pos = end + 2;
        }
        if (!open.isEmpty()) {
            throw new TemplateException("'{{#" + open.get(open.size() - 1) + "}}' is never closed with '{{/"
                    + open.get(open.size() - 1) + "}}'");
        }
        return new MiniTemplate(List.copyOf(stack.get(0)));
    }

    /** @param escape applied to every variable's value (HTML, JSON, or nothing for plain text) */
    public String render(Map<String, ?> variables, UnaryOperator<String> escape) {
        return render(variables, escape, UnaryOperator.identity());
    }

    /** @param escapeText applied to the template's own text too (HTML made from a plain-text template) */
    public String render(Map<String, ?> variables, UnaryOperator<String> escape, UnaryOperator<String> escapeText) {
        StringBuilder out = new StringBuilder();
        render(nodes, List.of(variables), escape, escapeText, out);
        return out.toString();
    }

    private static void render(List<Node> nodes, List<Map<String, ?>> scopes, UnaryOperator<String> escape,
            UnaryOperator<String> escapeText, StringBuilder out) {
        for (Node n : nodes) {
            if (n instanceof Text t) {
                out.append(escapeText.apply(t.text()));
            } else if (n instanceof Var v) {
                Object value = lookup(scopes, v.name());
                out.append(value == null || value instanceof List ? "" : escape.apply(value.toString()));
            } else if (n instanceof Section s) {
                Object value = lookup(scopes, s.name());
                boolean set = value != null && !(value instanceof List<?> l && l.isEmpty())
                        && !"".equals(value) && !Boolean.FALSE.equals(value);
                if (s.inverted()) {
                    if (!set) {
                        render(s.body(), scopes, escape, escapeText, out);
                    }
                } else if (value instanceof List<?> list) {
                    for (Object item : list) {
                        List<Map<String, ?>> inner = new ArrayList<>(scopes);
                        if (item instanceof Map<?, ?> m) {
                            @SuppressWarnings("unchecked")
                            Map<String, ?> typed = (Map<String, ?>) m;
                            inner.add(0, typed);
                        }
                        render(s.body(), inner, escape, escapeText, out);
                    }
                } else if (set) {
                    render(s.body(), scopes, escape, escapeText, out);
                }
            }
        }
    }

    private static Object lookup(List<Map<String, ?>> scopes, String name) {
        for (Map<String, ?> scope : scopes) {
            if (scope.containsKey(name)) {
                return scope.get(name);
            }
        }
        return null;
    }

    private static TemplateException error(String source, int at, String message) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return new TemplateException("line " + line + ": " + message);
    }
}
