package vn.portal.plugins.notify.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import vn.portal.plugins.notify.api.TextFormat;

/**
 * The templates shipped in the jar ({@code templates/<kind>_<locale>.properties}, keys
 * {@code <channel>.subject} and {@code <channel>.body}). A channel another plugin adds gets the
 * templates of the built-in channel with the same format (inbox for plain text, e-mail for
 * text + HTML, webhook for JSON) until an administrator writes its own.
 */
public final class BuiltInTemplates {

    private final Map<String, Properties> files = new ConcurrentHashMap<>();

    public TemplateText get(MessageKind kind, String channel, TextFormat format, String locale) {
        Properties p = files.computeIfAbsent(kind.id() + "_" + locale, BuiltInTemplates::load);
        String ch = p.containsKey(channel + ".body") ? channel : switch (format) {
            case PLAIN -> "inbox";
            case PLAIN_AND_HTML -> "email";
            case JSON -> "webhook";
        };
        return new TemplateText(kind.id(), channel, locale, p.getProperty(ch + ".subject", ""),
                p.getProperty(ch + ".body", ""), true);
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = BuiltInTemplates.class.getResourceAsStream("/templates/" + name + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("No built-in templates " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
