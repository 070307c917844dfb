package vn.portal.kernel.core.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
        // a theme has templates of its own, or extends one that has (theme.properties names it)
        if (theme == null || !theme.matches("[a-z0-9-]+") || !(Files.isDirectory(dir.resolve("templates"))
                || Files.isRegularFile(dir.resolve("theme.properties")))) {
            dir = home.themes().resolve(DEFAULT_THEME);
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("No theme installed: " + dir + " does not exist");
        }
        return dir;
    }

    public String themeName(String theme) {
        return themeDir(theme).getFileName().toString();
    }

    /**
     * The theme's folder and those of the themes it extends ({@code parent=} in its
     * theme.properties), nearest first; a theme overrides only what it needs.
     */
    public List<Path> chain(String theme) {
        List<Path> out = new ArrayList<>();
        for (Path dir = themeDir(theme); dir != null && !out.contains(dir) && out.size() < 5; ) {
            out.add(dir);
            String parent = properties(dir).getProperty("parent");
            dir = parent == null || !parent.matches("[a-z0-9-]+") ? null : home.themes().resolve(parent);
            if (dir != null && !Files.isDirectory(dir)) {
                dir = null;
            }
        }
        return out;
    }

    static Properties properties(Path dir) {
        Properties p = new Properties();
        Path file = dir.resolve("theme.properties");
        if (Files.exists(file)) {
            try (var r = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return p;
    }

    /** Templates looked up along the theme's chain (its own first, then its parents'). */
    private static MustacheFactory factory(List<Path> chain) {
        return new DefaultMustacheFactory(name -> {
            for (Path t : chain) {
                Path file = t.resolve("templates").resolve(name).normalize();
                if (file.startsWith(t.resolve("templates")) && Files.isRegularFile(file)) {
                    try {
                        return Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8);
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException("Cannot read " + file, e);
                    }
                }
            }
            return null;
        });
    }

    public String render(String theme, String template, Map<String, Object> model) {
        Path dir = themeDir(theme);
        MustacheFactory f = factories.computeIfAbsent(dir.toString(), d -> factory(chain(theme)));
        Mustache m = f.compile(template + ".mustache");
        StringWriter out = new StringWriter();
        m.execute(out, model);
        return out.toString();
    }

    public Map<String, Object> messages(String theme, String lang) {
        Path dir = themeDir(theme);
        return messages.computeIfAbsent(dir + "|" + lang, k -> {
            // the parent's messages, then the theme's own on top
            Map<String, Object> merged = new java.util.LinkedHashMap<>();
            List<Path> chain = new ArrayList<>(chain(theme));
            java.util.Collections.reverse(chain);
            chain.forEach(t -> ThemeMessages.merge(merged, ThemeMessages.load(t, lang)));
            return merged;
        });
    }

    /** One message of a theme, e.g. {@code text(theme, "vi", "menu", "home")}; the dotted key when missing. */
    public String text(String theme, String lang, String... keys) {
        return PageModel.text(messages(theme, lang), keys);
    }
}
