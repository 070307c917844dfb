package vn.portal.kernel.core.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Matches paths against route patterns like {@code /tin-tuc/{slug}} (one segment per placeholder). */
final class RoutePattern {

    private RoutePattern() {
    }

    static Optional<Map<String, String>> match(String pattern, String path) {
        String[] p = trim(pattern).split("/", -1);
        String[] s = trim(path).split("/", -1);
        if (p.length != s.length) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
            if (p[i].startsWith("{") && p[i].endsWith("}")) {
                if (s[i].isEmpty()) {
                    return Optional.empty();
                }
                params.put(p[i].substring(1, p[i].length() - 1), URLDecoder.decode(s[i], StandardCharsets.UTF_8));
            } else if (!p[i].equals(s[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    private static String trim(String path) {
        String t = path.startsWith("/") ? path.substring(1) : path;
        return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
    }
}
