package vn.portal.plugins.notify.template;

import jakarta.json.Json;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.portal.plugins.notify.api.TextFormat;

/** Turns a template and variables into a message for a channel's format, escaping each variable for it. */
public final class TemplateRenderer {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private TemplateRenderer() {
    }

    /** @throws TemplateException when the template is broken or gives no valid JSON for a JSON channel */
    public static Rendered render(TemplateText t, MessageKind kind, TextFormat format, Map<String, ?> variables) {
        MiniTemplate subject = MiniTemplate.parse(t.subject() == null ? "" : t.subject(), kind.variables());
        MiniTemplate body = MiniTemplate.parse(t.body(), kind.variables());
        String subjectText = subject.render(variables, s -> s).replaceAll("[\\r\\n]+", " ").strip();
        return switch (format) {
            case PLAIN -> new Rendered(subjectText, body.render(variables, s -> s), null, null);
            case PLAIN_AND_HTML -> new Rendered(subjectText, body.render(variables, s -> s),
                    html(body.render(variables, Escaping::html, Escaping::html)), null);
            case JSON -> {
                String json = body.render(variables, Escaping::json);
                try (var reader = Json.createReader(new StringReader(json))) {
                    reader.readValue();
                } catch (JsonParsingException e) {
                    throw new TemplateException("the template does not give valid JSON: " + e.getMessage());
                }
                yield new Rendered(subjectText, json, null, null);
            }
        };
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
