package vn.portal.plugins.notify.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.portal.plugins.notify.api.TextFormat;

class TemplatesTest {

    private static final Set<String> KNOWN = Set.of("name", "items", "title", "note");

    @Test
    void variablesSectionsAndLists() {
        MiniTemplate t = MiniTemplate.parse("Chào {{name}}!{{#note}} ({{note}}){{/note}}{{^note}} -{{/note}}"
                + "{{#items}} [{{title}}]{{/items}}", KNOWN);
        assertEquals("Chào An! (x) [a] [b]", t.render(Map.of("name", "An", "note", "x", "items",
                List.of(Map.of("title", "a"), Map.of("title", "b"))), s -> s));
        assertEquals("Chào An! -", t.render(Map.of("name", "An", "note", "", "items", List.of()), s -> s));
    }

    @Test
    void errorsNameTheLineAndTheProblem() {
        assertTrue(assertThrows(TemplateException.class, () -> MiniTemplate.parse("a\n{{ten}}", KNOWN)).getMessage()
                .startsWith("line 2: unknown variable 'ten'"));
        assertTrue(assertThrows(TemplateException.class, () -> MiniTemplate.parse("{{name", KNOWN)).getMessage()
                .contains("never closed"));
        assertTrue(assertThrows(TemplateException.class, () -> MiniTemplate.parse("{{#note}}x", KNOWN)).getMessage()
                .contains("never closed"));
        assertTrue(assertThrows(TemplateException.class, () -> MiniTemplate.parse("{{#note}}{{/name}}", KNOWN))
                .getMessage().contains("out of order"));
        assertTrue(assertThrows(TemplateException.class, () -> MiniTemplate.parse("{{a b}}", KNOWN)).getMessage()
                .contains("not a variable name"));
    }

    @Test
    void eachChannelEscapesVariablesItsOwnWay() {
        Map<String, Object> vars = Map.of("title", "<script>alert(\"x\")</script> & \"Quyết định\"\n", "name", "An");
        TemplateText t = new TemplateText("k", "c", "vi", "{{title}}", "Tin: {{title}}", false);
        MessageKind kind = MessageKind.CONTENT_PUBLISHED;
        Rendered email = TemplateRenderer.render(new TemplateText("k", "email", "vi", "{{title}}", "Tin: {{title}} {{url}}", false),
                kind, TextFormat.PLAIN_AND_HTML, Map.of("title", vars.get("title"), "url", "https://x.vn/a?b=1&c=2"));
        assertFalse(email.html().contains("<script>"), email.html());
        assertTrue(email.html().contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Quyết định&quot;"), email.html());
        assertTrue(email.html().contains("<a href=\"https://x.vn/a?b=1&amp;c=2\">"), "links are clickable: " + email.html());
        assertTrue(email.text().contains("<script>alert"), "the plain part is plain text");
        assertFalse(email.subject().contains("\n"), "no header injection through the subject");
        Rendered sms = TemplateRenderer.render(t, kind, TextFormat.PLAIN, vars);
        assertEquals("Tin: " + vars.get("title"), sms.text());
        Rendered hook = TemplateRenderer.render(new TemplateText("k", "webhook", "vi", "", "{\"title\":\"{{title}}\"}", false),
                kind, TextFormat.JSON, vars);
        assertEquals(vars.get("title"), Json.createReader(new StringReader(hook.text())).readObject().getString("title"),
                "JSON-escaped values read back exactly");
        assertThrows(TemplateException.class, () -> TemplateRenderer.render(new TemplateText("k", "webhook", "vi", "",
                "{\"title\": {{title}}}", false), kind, TextFormat.JSON, vars), "a template that gives broken JSON is refused");
    }

    @Test
    void everyBuiltInTemplateRendersItsSample() {
        BuiltInTemplates builtIn = new BuiltInTemplates();
        for (MessageKind kind : MessageKind.values()) {
            for (String locale : Templates.LOCALES) {
                for (String channel : List.of("email", "sms", "inbox", "webhook")) {
                    TextFormat format = switch (channel) {
                        case "email" -> TextFormat.PLAIN_AND_HTML;
                        case "webhook" -> TextFormat.JSON;
                        default -> TextFormat.PLAIN;
                    };
                    Rendered r = TemplateRenderer.render(builtIn.get(kind, channel, format, locale), kind, format, kind.sample());
                    assertFalse(r.text().isBlank(), kind + "/" + channel + "/" + locale);
                    if (!"sms".equals(channel) && !"webhook".equals(channel)) {
                        assertFalse(r.subject().isBlank(), kind + "/" + channel + "/" + locale + " has a subject");
                    }
                }
            }
        }
        Rendered dossier = TemplateRenderer.render(builtIn.get(MessageKind.DOSSIER_STATUS, "email", TextFormat.PLAIN_AND_HTML, "vi"),
                MessageKind.DOSSIER_STATUS, TextFormat.PLAIN_AND_HTML, MessageKind.DOSSIER_STATUS.sample());
        for (String required : List.of("Sở Nội vụ (mẫu)", "Nguyễn Văn A", "21/11/2026 08:30", "21/11/2026 09:15")) {
            assertTrue(dossier.text().contains(required), "REQUIREMENTS-VN §6: agency, handler, times — " + required);
        }
    }

    @Test
    void theBuiltInDigestListsItemsStoredAsJsonWithAnUnsubscribeLinkInBothLanguages() {
        // a digest's variables go through the delivery row's JSON, as the sender reads them back
        var jsonb = jakarta.json.bind.JsonbBuilder.create();
        Map<String, Object> vars = new java.util.LinkedHashMap<>(MessageKind.CONTENT_DIGEST.sample());
        vars.put("items", List.of(Map.of("title", "Tin <một>", "url", "https://hoaan.gov.vn/a", "summary", ""),
                Map.of("title", "Tin hai", "url", "https://hoaan.gov.vn/b", "summary", "")));
        vars.put("count", "2");
        @SuppressWarnings("unchecked")
        Map<String, Object> stored = jsonb.fromJson(jsonb.toJson(vars), java.util.LinkedHashMap.class);
        BuiltInTemplates builtIn = new BuiltInTemplates();
        for (String locale : List.of("vi", "en")) {
            Rendered r = TemplateRenderer.render(builtIn.get(MessageKind.CONTENT_DIGEST, "email", TextFormat.PLAIN_AND_HTML,
                    locale), MessageKind.CONTENT_DIGEST, TextFormat.PLAIN_AND_HTML, stored);
            assertTrue(r.subject().contains("2"), r.subject());
            assertTrue(r.text().indexOf("Tin <một>") < r.text().indexOf("Tin hai"), r.text());
            assertTrue(r.text().contains("https://hoaan.gov.vn/thong-bao/huy?t="), "unsubscribe link: " + r.text());
            assertTrue(r.html().contains("Tin &lt;một&gt;") && !r.html().contains("Tin <một>"), r.html());
        }
    }
}
