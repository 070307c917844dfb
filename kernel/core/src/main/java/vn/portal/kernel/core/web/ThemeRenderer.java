package vn.portal.kernel.core.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.portal.kernel.core.config.PortalHome;

/**
 * Renders a theme's Mustache templates from {@code portal-home/themes/<theme>/templates}.
 * Output is HTML-escaped unless a template asks for raw HTML ({@code {{{…}}}}), which
 * themes use only for fragments the kernel or plugins produced safely.
 */
@ApplicationScoped
public class ThemeRenderer {

    public static final String DEFAULT_THEME = "default";

    @Inject
    PortalHome home;

    private final Map<String, MustacheFactory> factories = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> messages = new ConcurrentHashMap<>();

    /** The theme folder, falling back to the default theme when the site's is not installed. */
    public Path themeDir(String theme) {
        Path dir = home.themes().resolve(theme == null ? DEFAULT_THEME : theme);
        if (theme == null || !Files.isDirectory(dir.resolve("templates"))) {
            dir = home.themes().resolve(DEFAULT_THEME);
        }
        if (!Files.isDirectory(dir.resolve("templates"))) {
            throw new IllegalStateException("No theme installed: " + dir + " has no templates folder");
        }
        return dir;
    }

    public String themeName(String theme) {
        return themeDir(theme).getFileName().toString();
    }

    public String render(String theme, String template, Map<String, Object> model) {
        Path dir = themeDir(theme);
        MustacheFactory f = factories.computeIfAbsent(dir.toString(),
                d -> new DefaultMustacheFactory(dir.resolve("templates").toFile()));
        Mustache m = f.compile(template + ".mustache");
        StringWriter out = new StringWriter();
        m.execute(out, model);
        return out.toString();
    }

    public Map<String, Object> messages(String theme, String lang) {
        Path dir = themeDir(theme);
        return messages.computeIfAbsent(dir + "|" + lang, k -> ThemeMessages.load(dir, lang));
    }

    /** One message of a theme, e.g. {@code text(theme, "vi", "menu", "home")}; the dotted key when missing. */
    public String text(String theme, String lang, String... keys) {
        return PageModel.text(messages(theme, lang), keys);
    }
}
