package vn.portal.plugins.notice;

import org.pf4j.Extension;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.RestResource;
import vn.portal.kernel.api.site.Site;

/** Mounts {@link NoticeResource} at /api/v1/notice/. */
@Extension
public class NoticeRest implements RestResource {

    private final PluginContext context;
    private final NoticeService service;

    public NoticeRest(PluginContext context) {
        this.context = context;
        this.service = NoticePlugin.service(context);
    }

    @Override
    public Object resource(Site site) {
        return new NoticeResource(context, service, site);
    }
}
