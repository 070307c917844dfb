package vn.portal.kernel.core.catalog;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text for matching: NFC first, then lower case without diacritics (đ → d). */
public final class Folding {

    private Folding() {
    }

    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String nfd = Normalizer.normalize(Normalizer.normalize(s, Normalizer.Form.NFC), Normalizer.Form.NFD);
        return nfd.replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).trim();
    }
}
