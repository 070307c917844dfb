package vn.portal.kernel.core.plugin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the extension classes a plugin declares in its own
 * {@code META-INF/extensions.idx} (written by PF4J's annotation processor), never
 * the index of the kernel or another plugin.
 */
final class ExtensionIndex {

    static final String RESOURCE = "META-INF/extensions.idx";

    private ExtensionIndex() {
    }

    static List<String> read(ClassLoader pluginClassLoader) throws IOException {
        if (!(pluginClassLoader instanceof URLClassLoader urls)) {
            throw new IOException("unexpected plugin class loader " + pluginClassLoader);
        }
        URL index = urls.findResource(RESOURCE);
        List<String> names = new ArrayList<>();
        if (index == null) {
            return names;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.trim();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    names.add(line);
                }
            }
        }
        return names;
    }
}
