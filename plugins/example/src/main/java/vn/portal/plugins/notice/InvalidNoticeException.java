package vn.portal.plugins.notice;

import java.util.Map;

/** Bad input, by field; the REST resource turns it into a 400 problem. */
final class InvalidNoticeException extends RuntimeException {

    final Map<String, String> errors;

    InvalidNoticeException(Map<String, String> errors) {
        super("The notice has invalid fields: " + errors);
        this.errors = Map.copyOf(errors);
    }
}
