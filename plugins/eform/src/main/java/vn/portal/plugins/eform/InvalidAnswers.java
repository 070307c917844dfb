package vn.portal.plugins.eform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.plugins.eform.schema.Problem;

/** Answers or files that cannot be accepted; nothing was stored. */
final class InvalidAnswers extends RuntimeException {

    private final List<Problem> problems;

    InvalidAnswers(List<Problem> problems) {
        super(problems.size() + " problems with the answers");
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }

    /** As problem+json: each field with its message in the caller's language. */
    ApiProblem toApiProblem(String locale) {
        Texts t = Texts.of(locale);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Problem p : problems) {
            fields.merge(p.field(), t.problem(p), (a, b) -> a + " " + b);
        }
        return ApiProblem.badRequest(t.get("error.summary", problems.size()), fields);
    }
}
