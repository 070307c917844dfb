package vn.portal.kernel.core.admin;

import java.io.Serializable;
import java.util.List;
import vn.portal.kernel.core.plugin.PluginInfo;

/** A plugin as a table row: {@link PluginInfo} is a record, which EL cannot read. */
public final class PluginRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String version;
    private final String requires;
    private final String state;
    private final String error;
    private final String file;
    private final int enabledCount;
    private final int siteCount;
    private final List<String> disabledNames;

    PluginRow(PluginInfo p, int siteCount, List<String> disabledNames) {
        this.id = p.id();
        this.version = p.version();
        this.requires = p.requires();
        this.state = p.state();
        this.error = p.error();
        this.file = p.file();
        this.enabledCount = p.enabledSites().size();
        this.siteCount = siteCount;
        this.disabledNames = List.copyOf(disabledNames);
    }

    public String getId() {
        return id;
    }

    public String getVersion() {
        return version;
    }

    public String getRequires() {
        return requires;
    }

    public String getState() {
        return state;
    }

    public boolean isStarted() {
        return "STARTED".equals(state);
    }

    public boolean isFailed() {
        return "FAILED".equals(state);
    }

    public String getError() {
        return error;
    }

    public String getFile() {
        return file;
    }

    public int getEnabledCount() {
        return enabledCount;
    }

    public int getSiteCount() {
        return siteCount;
    }

    public List<String> getDisabledNames() {
        return disabledNames;
    }

    public String getDisabledList() {
        return String.join(", ", disabledNames);
    }
}
