package vn.portal.plugins.notify.template;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.portal.plugins.notify.api.TextFormat;

/** Turns a template and variables into a message for a channel's format, escaping each variable for it. */
public final class TemplateRenderer {

    /** Found once (Json.createReader looks it up with a ServiceLoader on every call). */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    /** Parsed templates by kind and text: every message of a kind uses the same few (bounded; errors are not kept). */
    private static final Map<String, MiniTemplate> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private TemplateRenderer() {
    }

    /** @throws TemplateException when the template is broken or gives no valid JSON for a JSON channel */
    public static Rendered render(TemplateText t, MessageKind kind, TextFormat format, Map<String, ?> variables) {
        MiniTemplate subject = parsed(kind, t.subject() == null ? "" : t.subject());
        MiniTemplate body = parsed(kind, t.body());
        String subjectText = subject.render(variables, s -> s).replaceAll("[\\r\\n]+", " ").strip();
        return switch (format) {
            case PLAIN -> new Rendered(subjectText, body.render(variables, s -> s), null, null);
            case PLAIN_AND_HTML -> new Rendered(subjectText, body.render(variables, s -> s),
                    html(body.render(variables, Escaping::html, Escaping::html)), null);
            case JSON -> {
                String json = body.render(variables, Escaping::json);
                try (var reader = JSON.createReader(new StringReader(json))) {
                    reader.readValue();
                } catch (JsonParsingException e) {
                    throw new TemplateException("the template does not give valid JSON: " + e.getMessage());
                }
                yield new Rendered(subjectText, json, null, null);
            }
        };
    }

    private static MiniTemplate parsed(MessageKind kind, String source) {
        String key = kind.id() + "\u0000" + source;
        MiniTemplate t = PARSED.get(key);
        if (t == null) {
            t = MiniTemplate.parse(source, kind.variables());
            if (PARSED.size() > 1000) {
                PARSED.clear(); // administrators' drafts in the live preview must not pile up
            }
            PARSED.put(key, t);
        }
        return t;
    }

    /** Escaped text as a small HTML document: paragraphs, line breaks, links made clickable. */
    static String html(String escaped) {
        Matcher m = LINK.matcher(escaped);
        StringBuilder linked = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(linked, Matcher.quoteReplacement("<a href=\"" + m.group() + "\">" + m.group() + "</a>"));
        }
        m.appendTail(linked);
        StringBuilder body = new StringBuilder();
        for (String paragraph : linked.toString().strip().replace("\r\n", "\n").split("\n{2,}")) {
            body.append("<p>").append(paragraph.replace("\n", "<br>\n")).append("</p>\n");
        }
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:sans-serif\">"
                + body + "</body></html>";
    }
}
