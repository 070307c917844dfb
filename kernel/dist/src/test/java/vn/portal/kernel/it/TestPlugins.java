package vn.portal.kernel.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.portal.kernel.api.event.EventListener;
import vn.portal.kernel.api.event.PortalEvent;
import vn.portal.kernel.it.bad.BundledListener;
import vn.portal.kernel.it.bad.WrongTable;
import vn.portal.kernel.it.bad.WrongTableEntities;
import vn.portal.kernel.it.probe.ProbeColourRule;
import vn.portal.kernel.it.probe.ProbeColours;
import vn.portal.kernel.it.probe.ProbeEntities;
import vn.portal.kernel.it.greeter.GreeterGreeting;
import vn.portal.kernel.it.probe.ProbeGreeting;
import vn.portal.kernel.it.probe.ProbeItem;
import vn.portal.kernel.it.probe.ProbeJob;
import vn.portal.kernel.it.probe.ProbePermissions;
import vn.portal.kernel.it.probe.ProbeListener;
import vn.portal.kernel.it.probe.ProbePlugin;
import vn.portal.kernel.it.probe.ProbeReceived;
import vn.portal.kernel.it.probe.ProbeResource;
import vn.portal.kernel.it.probe.ProbeRest;
import vn.portal.kernel.it.probe.ProbeRoute;
import vn.portal.kernel.it.probe.ProbeUnitReferences;
import vn.portal.kernel.it.probe.ProbeWidget;
import vn.portal.kernel.testkit.PluginJarBuilder;

/** Builds the test plugins, good and bad, into a portal home's plugins folder with the testkit. */
final class TestPlugins {

    private TestPlugins() {
    }

    static void installAll(Path plugins) throws IOException {
        PluginJarBuilder.create("probe", "1.0.0").requires(">=0.1.0 & <0.2.0").pluginClass(ProbePlugin.class)
                .addClass(ProbeItem.class).addClass(ProbeReceived.class).addClass(ProbeGreeting.class).addClass(ProbeResource.class)
                .extension(ProbeEntities.class).extension(ProbeRest.class).extension(ProbeListener.class)
                .extension(ProbeWidget.class).extension(ProbeRoute.class).extension(ProbeJob.class)
                .extension(ProbePermissions.class).extension(ProbeColours.class).extension(ProbeColourRule.class)
                .extension(ProbeUnitReferences.class)
                .extension(vn.portal.kernel.it.probe.ProbeEventLog.class)
                .resources("db/probe").build(plugins);
        // implements the probe's extension point; sorts before "probe", so it proves the start order
        PluginJarBuilder.create("greeter", "1.0.0").requires(">=0.1.0").dependencies("probe?")
                .extension(GreeterGreeting.class).build(plugins);
        // a connector implementing the e-form plugin's PrefillSource (found through PluginContext.extensions)
        PluginJarBuilder.create("connectorprobe", "1.0.0").requires(">=0.1.0").dependencies("eform?")
                .extension(vn.portal.kernel.it.connector.ProbePrefillSource.class).build(plugins);
        // the same extension, but the plugin defining the extension point is not installed
        PluginJarBuilder.create("lonely", "1.0.0").requires(">=0.1.0").dependencies("absentplugin?")
                .extension(GreeterGreeting.class).build(plugins);
        // cannot run without a plugin that is not installed
        PluginJarBuilder.create("needy", "1.0.0").requires(">=0.1.0").dependencies("absentplugin")
                .extension(ProbeWidget.class).build(plugins);
        // asks for a kernel-api this kernel is not
        PluginJarBuilder.create("badrequires", "1.0.0").requires(">=9.0.0").extension(ProbeWidget.class)
                .build(plugins);
        // an entity outside the plugin's table prefix
        PluginJarBuilder.create("badprefix", "1.0.0").requires(">=0.1.0").addClass(WrongTable.class)
                .extension(WrongTableEntities.class).resources("db/badprefix").build(plugins);
        // bundles its own copy of kernel-api (the scope was not 'provided')
        PluginJarBuilder.create("bundledapi", "1.0.0").requires(">=0.1.0").extension(BundledListener.class)
                .addClass(EventListener.class).addClass(PortalEvent.class).build(plugins);
        // not a plugin at all
        Files.writeString(plugins.resolve("notaplugin.jar"), "this is not a jar");
    }
}
