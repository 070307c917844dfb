package vn.portal.kernel.core.plugin;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.Plugin;
import org.pf4j.PluginFactory;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginWrapper;
import vn.portal.kernel.api.KernelApi;
import vn.portal.kernel.api.plugin.PluginContext;

/**
 * PF4J configured for the portal: plugin classes and extensions are built with
 * their {@link PluginContext} (constructor injection, one instance per class).
 */
final class PortalPluginManager extends DefaultPluginManager {

    private final Function<String, PluginContext> contexts;
    private final Map<Class<?>, Object> singletons = new ConcurrentHashMap<>();

    PortalPluginManager(Path pluginsRoot, Function<String, PluginContext> contexts) {
        super(pluginsRoot);
        this.contexts = contexts;
        setSystemVersion(KernelApi.VERSION);
    }

    @Override
    protected PluginFactory createPluginFactory() {
        return this::createPlugin;
    }

    @Override
    protected ExtensionFactory createExtensionFactory() {
        return new ExtensionFactory() {
            @Override
            public <T> T create(Class<T> type) {
                return type.cast(singletons.computeIfAbsent(type, c -> instantiate(c)));
            }
        };
    }

    /** Reads a plugin's descriptor without loading it, to order plugins by their dependencies. */
    PluginDescriptor describe(Path path) {
        return getPluginDescriptorFinder().find(path);
    }

    /** Stops this plugin only: the host stops dependants itself, so its own states stay true. */
    void stopAlone(String pluginId) {
        stopPlugin(pluginId, false);
    }

    /** Unloads this plugin only (see {@link #stopAlone}). */
    void unloadAlone(String pluginId) {
        unloadPlugin(pluginId, false);
    }

    /** Forgets the extension instances of a plugin that is stopping. */
    void forgetExtensions(ClassLoader pluginClassLoader) {
        singletons.keySet().removeIf(c -> c.getClassLoader() == pluginClassLoader);
    }

    private Plugin createPlugin(PluginWrapper wrapper) {
        String className = wrapper.getDescriptor().getPluginClass();
        if (className == null || className.isBlank()) {
            return new Plugin();
        }
        try {
            Class<?> c = wrapper.getPluginClassLoader().loadClass(className);
            return (Plugin) construct(c, contexts.apply(wrapper.getPluginId()));
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new PluginRuntimeException(e, "Cannot create plugin class {} of plugin '{}': {}", className,
                    wrapper.getPluginId(), e.toString());
        }
    }

    private Object instantiate(Class<?> c) {
        PluginWrapper owner = whichPlugin(c);
        PluginContext context = owner == null ? null : contexts.apply(owner.getPluginId());
        try {
            return construct(c, context);
        } catch (ReflectiveOperationException e) {
            throw new PluginRuntimeException(e, "Cannot create extension {}: {}", c.getName(), e.toString());
        }
    }

    /** Uses a constructor taking the PluginContext when there is one, else the no-argument one. */
    private static Object construct(Class<?> c, PluginContext context) throws ReflectiveOperationException {
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (k.getParameterCount() == 1 && k.getParameterTypes()[0] == PluginContext.class) {
                k.setAccessible(true);
                return k.newInstance(context);
            }
        }
        Constructor<?> k = c.getDeclaredConstructor();
        k.setAccessible(true);
        return k.newInstance();
    }
}
