package vn.portal.plugins.eform.schema;

import java.util.List;

/**
 * One thing wrong with a form definition, where it is: a path into the JSON ({@code key},
 * {@code steps[1].fields[3].help}, {@code steps[0].fields[2].fields[0].name}), a code the
 * builder translates ({@code builder/messages*.properties}: {@code schema.<code>}), its
 * arguments, and the message in English (the REST API's words).
 */
public record SchemaProblem(String path, String code, List<String> args, String message) {

    public SchemaProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
