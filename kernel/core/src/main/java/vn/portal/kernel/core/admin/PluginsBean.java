package vn.portal.kernel.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.plugin.PluginHost;
import vn.portal.kernel.core.plugin.PluginInfo;
import vn.portal.kernel.core.site.SiteService;

/** The plugin page: lifecycle buttons and the per-site switches. */
@Named
@ViewScoped
public class PluginsBean extends GuardedPage {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PluginsBean.class.getName());
    static final String FORM = "pluginsForm";
    static final String SITES_FORM = "pluginSitesForm";

    @Inject
    PluginHost plugins;
    @Inject
    SiteService sites;
    @Inject
    LocaleBean locale;
    @Inject
    AdminAccess access;

    private List<PluginRow> rows = List.of();
    private String selected;
    private List<SiteToggle> toggles = List.of();

    /** One site's switch for the selected plugin. */
    public static final class SiteToggle implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String name;
        private boolean enabled;
        private final boolean changeable;

        SiteToggle(String key, String name, boolean enabled, boolean changeable) {
            this.key = key;
            this.name = name;
            this.enabled = enabled;
            this.changeable = changeable;
        }

        /** Whether this administrator may switch the plugin on this site ({@code kernel:plugin-enable:<site>}). */
        public boolean isChangeable() {
            return changeable;
        }

        public String getKey() {
            return key;
        }

        public String getName() {
            return name;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    @PostConstruct
    void init() {
        allowed = access.isPluginView();
        if (allowed) {
            refresh();
        }
    }

    public boolean isManage() {
        return access.isPluginManage();
    }

    void refresh() {
        List<Site> all = sites.all();
        List<PluginRow> out = new ArrayList<>();
        for (PluginInfo p : plugins.list()) {
            List<String> off = all.stream().filter(s -> !p.enabledSites().contains(s.key()))
                    .map(s -> s.name(locale.getLanguage())).toList();
            out.add(new PluginRow(p, all.size(), off));
        }
        rows = out;
    }

    public void start(String id) {
        lifecycle(id, "started", plugins::start);
    }

    public void stop(String id) {
        lifecycle(id, "stopped", plugins::stop);
    }

    public void reload(String id) {
        lifecycle(id, "reloaded", plugins::reload);
    }

    private void lifecycle(String id, String done, Function<String, PluginInfo> call) {
        if (AdminAccess.deny(access.isPluginManage(), FORM)) {
            return;
        }
        try {
            PluginInfo p = call.apply(id);
            LOG.info("[admin] plugin '" + id + "' " + done + " by '" + AdminUserBean.currentUsername() + "': " + p.state());
            if ("FAILED".equals(p.state())) {
                AdminMessages.error(FORM, "plugin.failed", id, p.error());
            } else {
                AdminMessages.info("plugin." + done, id, AdminMessages.text("plugin.state." + p.state()));
            }
        } catch (PortalException e) {
            AdminMessages.failure(e, FORM, "plugin");
        } catch (RuntimeException e) {
            AdminMessages.unexpected(e, FORM);
        }
        refresh();
    }

    public void chooseSites(String id) {
        selected = id;
        PluginInfo p = plugins.find(id).orElse(null);
        java.text.Collator collator = java.text.Collator.getInstance(locale.getLocale());
        toggles = p == null ? List.of() : sites.all().stream()
                .map(s -> new SiteToggle(s.key(), s.name(locale.getLanguage()), p.enabledSites().contains(s.key()),
                        access.onSite("plugin-enable", s.key())))
                .sorted(java.util.Comparator.comparing(SiteToggle::getName, collator))
                .toList();
    }

    /** Applies one switch at once, so what the dialog shows is what is stored. */
    public void toggle(SiteToggle t) {
        if (AdminAccess.deny(access.onSite("plugin-enable", t.getKey()), SITES_FORM)) {
            t.setEnabled(!t.isEnabled());
            return;
        }
        try {
            sites.setPluginEnabled(t.getKey(), selected, t.isEnabled());
            LOG.info("[admin] plugin '" + selected + "' " + (t.isEnabled() ? "enabled" : "disabled") + " on site '"
                    + t.getKey() + "' by '" + AdminUserBean.currentUsername() + "'");
            AdminMessages.infoFor(SITES_FORM, t.isEnabled() ? "plugin.site.enabled" : "plugin.site.disabled", selected,
                    t.getName());
        } catch (PortalException e) {
            t.setEnabled(!t.isEnabled());
            AdminMessages.failure(e, SITES_FORM, "plugin");
        } catch (RuntimeException e) {
            t.setEnabled(!t.isEnabled());
            AdminMessages.unexpected(e, SITES_FORM);
        }
        refresh();
    }

    public List<PluginRow> getRows() {
        return rows;
    }

    public String getSelected() {
        return selected;
    }

    public List<SiteToggle> getToggles() {
        return toggles;
    }
}
