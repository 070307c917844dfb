package vn.portal.plugins.content;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese titles to URL slugs: "Quyết định số 12/QĐ-UBND" → "quyet-dinh-so-12-qd-ubnd". */
public final class Slugs {

    static final int MAX = 120;

    private Slugs() {
    }

    public static String of(String title) {
        String nfd = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD);
        String ascii = nfd.replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "bai-viet" : slug;
    }

    /** Whether a slug typed by an editor is acceptable as it is. */
    public static boolean valid(String slug) {
        return slug != null && slug.length() <= MAX && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
