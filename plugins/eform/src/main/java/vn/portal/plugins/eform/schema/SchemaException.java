package vn.portal.plugins.eform.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A form definition that breaks the schema (docs/eform-schema.md). It carries every problem
 * found, each at its place ({@link SchemaProblem#path()}); the message names them all.
 */
public class SchemaException extends RuntimeException {

    private final transient List<SchemaProblem> problems;

    public SchemaException(String message) {
        this(List.of(new SchemaProblem("", "invalid", List.of(message), message)));
    }

    public SchemaException(List<SchemaProblem> problems) {
        super(problems.stream().map(SchemaProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<SchemaProblem> problems() {
        return problems;
    }
}
