package vn.portal.plugins.notify.template;

import vn.portal.plugins.notify.api.TextFormat;

/** Escapes a variable's value for where it is written. */
public final class Escaping {

    private Escaping() {
    }

    public static String forFormat(TextFormat format, String value) {
        return switch (format) {
            case PLAIN, PLAIN_AND_HTML -> value;
            case JSON -> json(value);
        };
    }

    /** HTML text, with the kernel's one escaping (null becomes empty). */
    public static String html(String s) {
        return vn.portal.kernel.api.web.Html.escape(s);
    }

    /** The content of a JSON string (without the quotes). */
    public static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<' -> b.append("\\u003c"); // harmless if a receiver pastes it into HTML
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
