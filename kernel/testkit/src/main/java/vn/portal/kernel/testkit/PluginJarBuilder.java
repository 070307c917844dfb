package vn.portal.kernel.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builds a real PF4J plugin jar from compiled classes and resources, the way the
 * Maven build of a plugin does: manifest descriptor, classes, resources and
 * {@code META-INF/extensions.idx}. Use it to test loading, starting and unloading.
 *
 * <pre>
 * Path jar = PluginJarBuilder.create("hello", "1.0.0")
 *         .requires("&gt;=0.1.0")
 *         .pluginClass(HelloPlugin.class)
 *         .extension(HelloResource.class)
 *         .resources("db/hello")
 *         .build(tempDir);
 * </pre>
 */
public final class PluginJarBuilder {

    private final String id;
    private final String version;
    private String requires = "*";
    private String pluginClass;
    private String dependencies;
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final List<String> extensions = new ArrayList<>();
    private boolean writeIndex = true;

    private PluginJarBuilder(String id, String version) {
        this.id = id;
        this.version = version;
    }

    public static PluginJarBuilder create(String pluginId, String version) {
        return new PluginJarBuilder(pluginId, version);
    }

    public PluginJarBuilder requires(String range) {
        this.requires = range;
        return this;
    }

    public PluginJarBuilder dependencies(String deps) {
        this.dependencies = deps;
        return this;
    }

    public PluginJarBuilder pluginClass(Class<?> c) {
        this.pluginClass = c.getName();
        return addClass(c);
    }

    /** Adds the class and its nested classes. */
    public PluginJarBuilder addClass(Class<?> c) {
        String resource = c.getName().replace('.', '/') + ".class";
        entries.put(resource, read(c.getClassLoader(), resource));
        for (Class<?> nested : c.getDeclaredClasses()) {
            addClass(nested);
        }
        return this;
    }

    /** Adds the class and lists it in {@code META-INF/extensions.idx}. */
    public PluginJarBuilder extension(Class<?> c) {
        extensions.add(c.getName());
        return addClass(c);
    }

    /** Leaves out {@code extensions.idx}, as a misconfigured build would. */
    public PluginJarBuilder withoutExtensionIndex() {
        this.writeIndex = false;
        return this;
    }

    public PluginJarBuilder resource(String path, String text) {
        entries.put(path, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public PluginJarBuilder resource(String path, byte[] bytes) {
        entries.put(path, bytes.clone());
        return this;
    }

    /** Copies every file below a classpath folder (a directory on the test classpath, e.g. db/hello). */
    public PluginJarBuilder resources(String folder) {
        URL url = Thread.currentThread().getContextClassLoader().getResource(folder);
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalArgumentException("No folder " + folder + " on the classpath");
        }
        try {
            Path root = Paths.get(url.toURI());
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    entries.put(folder + "/" + root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot read " + folder + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** Writes {@code <id>-<version>.jar} into the directory and returns its path. */
    public Path build(Path directory) throws IOException {
        Files.createDirectories(directory);
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Plugin-Id", id);
        a.putValue("Plugin-Version", version);
        a.putValue("Plugin-Requires", requires);
        if (pluginClass != null) {
            a.putValue("Plugin-Class", pluginClass);
        }
        if (dependencies != null) {
            a.putValue("Plugin-Dependencies", dependencies);
        }
        Path jar = directory.resolve(id + "-" + version + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, mf)) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
            if (writeIndex && !extensions.isEmpty()) {
                out.putNextEntry(new JarEntry("META-INF/extensions.idx"));
                out.write((String.join("\n", extensions) + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static byte[] read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No class file " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
