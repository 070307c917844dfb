package vn.portal.plugins.eform;

import java.text.Normalizer;
import java.util.Locale;

/** A form's address from a Vietnamese name: "Đăng ký khai sinh (mẫu)" → "dang-ky-khai-sinh-mau". */
final class Slug {

    private Slug() {
    }

    static String of(String name) {
        String s = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-+$", "");
        }
        return s.length() < 2 ? "bieu-mau" : s;
    }
}
