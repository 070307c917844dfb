package vn.portal.kernel.core.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of a site's main menu (REQUIREMENTS-VN §2): the four required entries first, in
 * order; then the site's own entries, at most two levels and {@value #MAX_ENTRIES} entries,
 * each with a Vietnamese label, an optional English one and a target that is a path inside the
 * site or an http(s) address. Problems are reported all at once, by field
 * ({@code entries[4].children[0].target}); each has a code the admin translates and English
 * words for the API.
 */
public final class MenuValidator {

    /** The required entries, in their order; each is also the key of its label in the theme's messages. */
    public static final List<String> REQUIRED = List.of("home", "introduction", "services", "sitemap");
    public static final int MAX_ENTRIES = 60;
    public static final int MAX_DEPTH = 2;
    public static final int MAX_LABEL = 100;
    public static final int MAX_TARGET = 500;

    static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("label.required", "required"),
            Map.entry("label.long", "at most " + MAX_LABEL + " characters"),
            Map.entry("target.required", "required: a path inside the site such as /tin-tuc, or an https:// address"),
            Map.entry("target.long", "at most " + MAX_TARGET + " characters"),
            Map.entry("target.form", "must be a path inside the site starting with one '/' (such as /tin-tuc or"
                    + " /chuyen-muc/cai-cach-hanh-chinh) or an absolute http:// or https:// address"),
            Map.entry("target.dots", "a path inside the site cannot have '.' or '..' segments"),
            Map.entry("target.chars", "no spaces, backslashes, quotes, angle brackets or control characters"),
            Map.entry("target.host", "an address needs a host name and no user name or password,"
                    + " such as https://dichvucong.gov.vn"),
            Map.entry("depth", "at most two levels: a sub-entry cannot have sub-entries of its own"),
            Map.entry("count", "at most " + MAX_ENTRIES + " own entries"),
            Map.entry("required", "the menu starts with the required entries " + REQUIRED + " in this order:"
                    + " they cannot be removed or moved, and only they have a key"),
            Map.entry("required.children", "required entries have no sub-entries"));

    private static final Pattern SCHEME = Pattern.compile("(?i)https?://.*");
    private static final Pattern BAD_CHARS = Pattern.compile("[\\s\\p{Cntrl}\"<>\\\\^`{|}]");
    private static final Pattern DOT_SEGMENT = Pattern.compile("(?i)(\\.|%2e){1,2}");

    private MenuValidator() {
    }

    /** The API's words for a problem code. */
    public static String words(String code) {
        return WORDS.getOrDefault(code, code);
    }

    /**
     * Problems of one entry's own fields, as field → code ({@code labelVi}, {@code labelEn},
     * {@code target}); empty when the entry is fine. Expects normalised text.
     */
    public static Map<String, String> entryProblems(String labelVi, String labelEn, String target) {
        Map<String, String> out = new LinkedHashMap<>();
        if (labelVi == null || labelVi.isBlank()) {
            out.put("labelVi", "label.required");
        } else if (length(labelVi) > MAX_LABEL) {
            out.put("labelVi", "label.long");
        }
        if (labelEn != null && length(labelEn) > MAX_LABEL) {
            out.put("labelEn", "label.long");
        }
        String t = targetProblem(target);
        if (t != null) {
            out.put("target", t);
        }
        return out;
    }

    /** The code of what is wrong with a target, or null. */
    static String targetProblem(String target) {
        if (target == null || target.isBlank()) {
            return "target.required";
        }
        if (length(target) > MAX_TARGET) {
            return "target.long";
        }
        if (BAD_CHARS.matcher(target).find()) {
            return "target.chars";
        }
        if (target.startsWith("/")) {
            if (target.startsWith("//")) {
                return "target.form"; // another host, for the browser
            }
            String path = target.split("[?#]", 2)[0];
            for (String segment : path.split("/")) {
                if (DOT_SEGMENT.matcher(segment).matches()) {
                    return "target.dots";
                }
            }
            return null;
        }
        if (!SCHEME.matcher(target).matches()) {
            return "target.form";
        }
        try {
            URI uri = new URI(target);
            if (uri.getHost() == null || uri.getRawUserInfo() != null || !uri.getHost().contains(".")) {
                return "target.host";
            }
        } catch (URISyntaxException e) {
            return "target.host";
        }
        return null;
    }

    /**
     * Checks a whole menu as sent: required entries first, own entries after.
     *
     * @return field → English words; empty when valid
     */
    public static Map<String, String> validate(List<MenuItem> entries) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (entries == null) {
            errors.put("entries", "required: " + words("required"));
            return errors;
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < Math.min(REQUIRED.size(), entries.size()); i++) {
            MenuItem e = entries.get(i);
            keys.add(e == null || !e.requiredEntry() ? null : e.key());
        }
        boolean prefixOk = keys.equals(REQUIRED);
        for (int i = REQUIRED.size(); i < entries.size() && prefixOk; i++) {
            MenuItem e = entries.get(i);
            prefixOk = e == null || (!e.requiredEntry() && e.key() == null);
        }
        if (!prefixOk) {
            errors.put("entries", words("required") + " (found " + describe(entries) + ")");
        }
        int count = 0;
        for (int i = 0; i < entries.size(); i++) {
            MenuItem e = entries.get(i);
            String at = "entries[" + i + "]";
            if (e == null) {
                errors.put(at, "an entry cannot be empty");
            } else if (i < REQUIRED.size() && prefixOk) {
                if (!e.children().isEmpty()) {
                    errors.put(at + ".children", words("required.children"));
                }
            } else if (!e.requiredEntry() && e.key() == null) {
                count += 1 + e.children().size();
                checkOwn(e, at, 1, errors);
            }
        }
        if (count > MAX_ENTRIES) {
            errors.putIfAbsent("entries", words("count") + " (this menu has " + count + ")");
        }
        return errors;
    }

    private static void checkOwn(MenuItem e, String at, int level, Map<String, String> errors) {
        entryProblems(e.labelVi(), e.labelEn(), e.target()).forEach((field, code) -> errors.put(at + "." + field, words(code)));
        if (e.children().isEmpty()) {
            return;
        }
        if (level >= MAX_DEPTH) {
            errors.put(at + ".children", words("depth"));
            return;
        }
        for (int j = 0; j < e.children().size(); j++) {
            MenuItem c = e.children().get(j);
            String cat = at + ".children[" + j + "]";
            if (c == null) {
                errors.put(cat, "an entry cannot be empty");
            } else if (c.requiredEntry() || c.key() != null) {
                errors.put(cat, words("required"));
            } else {
                checkOwn(c, cat, level + 1, errors);
            }
        }
    }

    private static String describe(List<MenuItem> entries) {
        List<String> out = new ArrayList<>();
        for (MenuItem e : entries.subList(0, Math.min(entries.size(), REQUIRED.size() + 1))) {
            out.add(e == null ? "null" : e.requiredEntry() ? String.valueOf(e.key()) : "'" + e.labelVi() + "'");
        }
        return out + (entries.size() > out.size() ? " …" : "");
    }

    /** The site's own entries of a valid menu: everything after the required ones. */
    public static List<MenuItem> own(List<MenuItem> entries) {
        return entries.subList(Math.min(REQUIRED.size(), entries.size()), entries.size()).stream()
                .map(e -> MenuItem.own(e.labelVi(), e.labelEn(), e.target(),
                        e.children().stream().map(c -> MenuItem.own(c.labelVi(), c.labelEn(), c.target(), List.of()))
                                .toList()))
                .toList();
    }

    /** NFC, trimmed, inner whitespace as single spaces; an empty English label is no label. */
    public static List<MenuItem> normalise(List<MenuItem> entries) {
        if (entries == null) {
            return null;
        }
        List<MenuItem> out = new ArrayList<>();
        for (MenuItem e : entries) {
            out.add(e == null ? null : new MenuItem(key(e.key()), e.required(), text(e.labelVi()), text(e.labelEn()),
                    target(e.target()), normalise(e.children())));
        }
        return out;
    }

    private static String key(String key) {
        return key == null || key.isBlank() ? null : key.trim().toLowerCase(Locale.ROOT);
    }

    /** A label as stored: NFC, trimmed, whitespace runs as one space; null when blank. */
    public static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
        return t.isEmpty() ? null : t;
    }

    /** A target as stored: NFC and trimmed; null when blank. */
    public static String target(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).trim();
        return t.isEmpty() ? null : t;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
