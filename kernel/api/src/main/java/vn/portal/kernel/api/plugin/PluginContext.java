package vn.portal.kernel.api.plugin;

import vn.portal.kernel.api.audit.Audit;
import vn.portal.kernel.api.blob.Blobs;
import vn.portal.kernel.api.catalog.Catalogs;
import vn.portal.kernel.api.config.Settings;
import vn.portal.kernel.api.event.Events;
import vn.portal.kernel.api.identity.Identity;
import vn.portal.kernel.api.persistence.PluginPersistence;
import vn.portal.kernel.api.persistence.Transactions;
import vn.portal.kernel.api.scheduler.Scheduler;
import vn.portal.kernel.api.site.Sites;

/**
 * Everything the kernel offers one plugin. Handed to the plugin class and to
 * extensions that take it as their only constructor argument. No globals, no
 * static look-ups.
 */
public interface PluginContext {

    /** The plugin id: URL segment, permission prefix, table prefix, migration-history key. */
    String pluginId();

    Sites sites();

    Identity identity();

    Events events();

    /** This plugin's own EntityManagerFactory on the shared JTA datasource. */
    PluginPersistence persistence();

    Transactions transactions();

    Blobs blobs();

    Scheduler scheduler();

    /** The audit log; records carry this plugin's id. */
    Audit audit();

    /** Settings of this plugin: keys {@code plugin.<id>.*} of portal.properties, then per-site overrides. */
    Settings settings();

    /** The shared catalogs (agencies, administrative units, sectors, procedures, …), as of a day. */
    Catalogs catalogs();

    /** Sanitising of rich text written by people, with the portal's one allow-list. */
    vn.portal.kernel.api.web.RichText richText();

    /** The full-page cache, to drop the pages a change affects. */
    vn.portal.kernel.api.web.PageCache pageCache();

    /**
     * A folder of this node's local disk for the plugin's own files that can be rebuilt from the
     * database (a search index, caches): {@code portal-home/data/plugins/<id>}, created on first
     * use. Not shared between nodes and not backed up: keep anything that matters in the
     * database or in {@link #blobs()}.
     */
    java.nio.file.Path localDirectory();

    /**
     * The extensions of every started plugin, this one included, that implement {@code type}, in
     * plugin start order. This is how a plugin finds the implementations of an extension point it
     * defines for others (the search plugin's {@code Indexable}). Ask each time you need them:
     * plugins start, stop and reload while the portal runs.
     */
    <T> java.util.List<T> extensions(Class<T> type);

    /**
     * This plugin's part of the sample data the portal started with ({@code sites/<seed>/<pluginId>/}),
     * or {@link SeedData#NONE}. The default is for contexts that have none (tests).
     */
    default SeedData seedData() {
        return SeedData.NONE;
    }
}
