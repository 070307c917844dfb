package vn.portal.plugins.eform;

import java.util.Locale;

/** The three levels of satisfaction a citizen gives once the result is returned (REQUIREMENTS-VN §6). */
enum Rating {
    VERY_SATISFIED("Rất hài lòng", "Very satisfied"),
    SATISFIED("Hài lòng", "Satisfied"),
    DISSATISFIED("Chưa hài lòng", "Not satisfied");

    final String vi;
    final String en;

    Rating(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    String label(String locale) {
        return "en".equals(locale) ? en : vi;
    }

    static Rating parse(String s) {
        try {
            return s == null ? null : valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
