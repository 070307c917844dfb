package vn.portal.plugins.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Images of the media library inside rich text. The body stores the public address of a library
 * image with its description ({@code <img src="/api/v1/content/public/media/<id>?site=…" alt="…">});
 * the editor shows the staff address instead (a draft's image is not public yet); pages get the
 * resized variants as {@code srcset}, worked out when the page is rendered so stored text never
 * depends on which widths exist. Works on sanitised HTML, whose attributes are always double-quoted.
 */
final class BodyImages {

    static final String PUBLIC = "/api/v1/content/public/media/";
    static final String STAFF = "/api/v1/content/media/";
    private static final Pattern IMG = Pattern.compile("(?i)<img\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z][a-zA-Z0-9-]*)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern LIBRARY = Pattern.compile("^/api/v1/content/(?:public/)?media/([A-Za-z0-9-]{8,80})(?:[?&#].*)?$");

    /**
     * One image of the text: the library file it shows (null for an outside address) and its
     * description (null when the attribute is missing, blank for a decorative image).
     */
    record Image(String blobId, String src, String alt) {
    }

    private BodyImages() {
    }

    static List<Image> images(String html) {
        List<Image> out = new ArrayList<>();
        if (html == null) {
            return out;
        }
        Matcher m = IMG.matcher(html);
        while (m.find()) {
            Map<String, String> a = attributes(m.group());
            String src = a.getOrDefault("src", "");
            String alt = a.get("alt");
            out.add(new Image(blobId(src), src, alt == null ? null : alt.strip()));
        }
        return out;
    }

    /** The library file an address points to, staff or public, or null. */
    static String blobId(String src) {
        Matcher m = LIBRARY.matcher(src == null ? "" : src);
        return m.matches() ? m.group(1) : null;
    }

    /** Staff addresses become public ones (what is stored). */
    static String toPublic(String html) {
        return html == null ? null : html.replace(STAFF, PUBLIC);
    }

    /** Public addresses become staff ones (what the editor shows). */
    static String toStaff(String html) {
        return html == null ? null : html.replace(PUBLIC, STAFF);
    }

    /** The {@code <img>} tag for a library image, for the editor to insert (staff address). */
    static String tag(String blobId, String siteKey, String alt) {
        return "<img src=\"" + STAFF + blobId + "?site=" + siteKey + "&amp;w=640\" alt=\""
                + vn.portal.kernel.api.web.Html.escape(alt) + "\">";
    }

    /**
     * Library images get the site's public address in three widths ({@code srcset}), and load
     * lazily; their description and size attributes stay. Other images are left alone.
     */
    static String withSrcset(String html, String siteKey) {
        if (html == null || !html.contains("<img")) {
            return html;
        }
        Matcher m = IMG.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Map<String, String> a = attributes(m.group());
            String id = blobId(a.getOrDefault("src", ""));
            m.appendReplacement(out, Matcher.quoteReplacement(id == null ? m.group() : responsive(id, siteKey, a)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String responsive(String id, String siteKey, Map<String, String> a) {
        String src = PUBLIC + id + "?site=" + siteKey;
        StringBuilder b = new StringBuilder("<img src=\"").append(src).append("&amp;w=1280\" srcset=\"");
        for (int w : ImageVariants.WIDTHS) {
            b.append(w == ImageVariants.WIDTHS.get(0) ? "" : ", ").append(src).append("&amp;w=").append(w).append(' ')
                    .append(w).append('w');
        }
        b.append("\" sizes=\"(max-width: 52rem) 100vw, 50rem\" alt=\"").append(a.getOrDefault("alt", "")).append('"');
        for (String keep : List.of("width", "height", "title")) {
            if (a.containsKey(keep)) {
                b.append(' ').append(keep).append("=\"").append(a.get(keep)).append('"');
            }
        }
        return b.append(" loading=\"lazy\">").toString();
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            out.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2));
        }
        return out;
    }
}
