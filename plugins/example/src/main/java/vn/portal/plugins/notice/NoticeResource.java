package vn.portal.plugins.notice;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.rest.Public;
import vn.portal.kernel.api.site.Site;

/**
 * {@code GET /api/v1/notice/notices?site=} — notices showing now (public);
 * {@code GET /api/v1/notice/notices/all} and {@code POST /api/v1/notice/notices}
 * need {@code notice:manage:<site>}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoticeResource {

    private final PluginContext context;
    private final NoticeService service;
    private final Site site;

    NoticeResource(PluginContext context, NoticeService service, Site site) {
        this.context = context;
        this.service = service;
        this.site = site;
    }

    @Public
    @GET
    @Path("notices")
    public List<NoticeView> current() {
        return service.current(site.key()).stream().map(NoticeView::of).toList();
    }

    @GET
    @Path("notices/all")
    public List<NoticeView> all() {
        requireManage();
        return service.all(site.key()).stream().map(NoticeView::of).toList();
    }

    @POST
    @Path("notices")
    public Response create(NoticeInput input) {
        PortalUser user = requireManage();
        try {
            NoticeView created = NoticeView.of(service.create(site.key(), input, user.username()));
            return Response.status(201).entity(created).build();
        } catch (InvalidNoticeException e) {
            throw ApiProblem.badRequest("The notice has invalid fields", e.errors);
        }
    }

    private PortalUser requireManage() {
        String permission = "notice:manage:" + site.key();
        PortalUser user = context.identity().currentUser().orElseThrow(ApiProblem::unauthorized);
        if (!context.identity().isPermitted(user, permission)) {
            throw ApiProblem.forbidden(permission);
        }
        return user;
    }
}
