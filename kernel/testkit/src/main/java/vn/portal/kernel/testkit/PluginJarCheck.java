package vn.portal.kernel.testkit;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Checks a built plugin jar the way the kernel will load it, so a packaging mistake
 * fails the plugin's own build instead of a production start: a descriptor in the
 * manifest, no bundled copy of kernel-api or PF4J, and every extension in
 * {@code META-INF/extensions.idx} implementing a kernel-api type that comes from the
 * host (a bundled copy makes extensions silently invisible, STACK.md trap 2), or an
 * extension point a plugin defines (an interface extending {@code org.pf4j.ExtensionPoint}).
 */
public final class PluginJarCheck {

    private PluginJarCheck() {
    }

    /**
     * @param dependencies jars of the plugins this one depends on, whose extension points its
     *                     extensions may implement (e.g. the search plugin's jar for content)
     * @return the problems found; empty when the jar is fine
     */
    public static List<String> problems(Path jar, Path... dependencies) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> extensions = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest mf = file.getManifest();
            for (String attribute : new String[] {"Plugin-Id", "Plugin-Version", "Plugin-Requires"}) {
                if (mf == null || mf.getMainAttributes().getValue(attribute) == null
                        || mf.getMainAttributes().getValue(attribute).isBlank()) {
                    problems.add("manifest has no " + attribute);
                }
            }
            for (JarEntry e : java.util.Collections.list(file.entries())) {
                if (e.getName().startsWith("vn/portal/kernel/api/") || e.getName().startsWith("org/pf4j/")
                        || e.getName().startsWith("jakarta/")) {
                    problems.add("bundles " + e.getName() + ": declare that dependency <scope>provided</scope>");
                    break;
                }
            }
            JarEntry index = file.getJarEntry("META-INF/extensions.idx");
            if (index == null) {
                problems.add("no META-INF/extensions.idx: is PF4J in annotationProcessorPaths and are extensions"
                        + " annotated @Extension?");
            } else {
                String text = new String(file.getInputStream(index).readAllBytes(), StandardCharsets.UTF_8);
                text.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(extensions::add);
            }
        }
        ClassLoader host = PluginJarCheck.class.getClassLoader();
        List<URL> urls = new ArrayList<>(List.of(jar.toUri().toURL()));
        for (Path d : dependencies) {
            urls.add(d.toUri().toURL());
        }
        try (URLClassLoader plugin = new PluginFirstLoader(urls.toArray(URL[]::new), host)) {
            for (String name : extensions) {
                try {
                    Class<?> c = plugin.loadClass(name);
                    if (!implementsHostKernelType(c, plugin) && !implementsPluginExtensionPoint(c)) {
                        problems.add(name + " implements no kernel-api extension point provided by the host,"
                                + " nor a plugin's extension point (an interface extending org.pf4j.ExtensionPoint)");
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    problems.add("extension " + name + " cannot be loaded: " + e);
                }
            }
        }
        return problems;
    }

    private static boolean implementsHostKernelType(Class<?> c, ClassLoader plugin) {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(c));
        while (!todo.isEmpty()) {
            Class<?> t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t.isInterface() && t.getName().startsWith("vn.portal.kernel.api.") && t.getClassLoader() != plugin) {
                return true;
            }
            if (t.getSuperclass() != null) {
                todo.push(t.getSuperclass());
            }
            todo.addAll(List.of(t.getInterfaces()));
        }
        return false;
    }

    /** An interface of a plugin (this one or a dependency) that extends the host's ExtensionPoint. */
    private static boolean implementsPluginExtensionPoint(Class<?> c) {
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(c.getInterfaces()));
        for (Class<?> t = c.getSuperclass(); t != null; t = t.getSuperclass()) {
            todo.addAll(List.of(t.getInterfaces()));
        }
        while (!todo.isEmpty()) {
            Class<?> t = todo.pop();
            if (t != org.pf4j.ExtensionPoint.class && org.pf4j.ExtensionPoint.class.isAssignableFrom(t)
                    && !t.getName().startsWith("vn.portal.kernel.api.")) {
                return true;
            }
            todo.addAll(List.of(t.getInterfaces()));
        }
        return false;
    }

    /** Loads classes from the plugin jar first, like PF4J's plugin class loader. */
    private static final class PluginFirstLoader extends URLClassLoader {
        PluginFirstLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && !name.startsWith("java.")) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException e) {
                        c = null;
                    }
                }
                return c != null ? c : super.loadClass(name, resolve);
            }
        }
    }
}
