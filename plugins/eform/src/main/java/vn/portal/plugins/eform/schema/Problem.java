package vn.portal.plugins.eform.schema;

import java.util.List;

/**
 * Something wrong with one answer: the field's path ({@code hoTen}, {@code con[1].ten},
 * {@code diaChi}), a message code of the plugin's bundle ({@code error.<code>}) and its arguments.
 */
public record Problem(String field, String code, List<Object> args) {

    public Problem(String field, String code, Object... args) {
        this(field, code, List.of(args));
    }
}
