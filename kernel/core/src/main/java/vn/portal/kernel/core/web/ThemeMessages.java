package vn.portal.kernel.core.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A theme's message bundle ({@code messages_<lang>.properties}, UTF-8) as nested
 * maps, so templates can write {@code {{msg.menu.home}}}.
 */
final class ThemeMessages {

    private ThemeMessages() {
    }

    static Map<String, Object> load(Path themeDir, String lang) {
        Path file = themeDir.resolve("messages_" + lang + ".properties");
        if (!Files.exists(file)) {
            file = themeDir.resolve("messages_vi.properties");
        }
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return nest(p);
    }

    /** Puts {@code top} over {@code base}, nested maps merged key by key. */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> base, Map<String, Object> top) {
        top.forEach((k, v) -> {
            if (v instanceof Map && base.get(k) instanceof Map) {
                merge((Map<String, Object>) base.get(k), (Map<String, Object>) v);
            } else {
                base.put(k, v instanceof Map ? new LinkedHashMap<>((Map<String, Object>) v) : v);
            }
        });
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> nest(Properties p) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            String[] parts = key.split("\\.");
            Map<String, Object> node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                Object next = node.get(parts[i]);
                if (!(next instanceof Map)) {
                    next = new LinkedHashMap<String, Object>();
                    node.put(parts[i], next);
                }
                node = (Map<String, Object>) next;
            }
            node.putIfAbsent(parts[parts.length - 1], p.getProperty(key));
        }
        return root;
    }
}
