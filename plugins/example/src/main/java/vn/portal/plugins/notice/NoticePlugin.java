package vn.portal.plugins.notice;

import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.plugin.PortalPlugin;

/**
 * Site notices: a banner at the top of every page of a site, e.g. a planned
 * outage announced seven working days ahead (REQUIREMENTS-VN.md §2). The
 * plugin guide walks through this plugin file by file.
 */
public class NoticePlugin extends PortalPlugin {

    public static final String ID = "notice";

    public NoticePlugin(PluginContext context) {
        super(context);
    }
}
