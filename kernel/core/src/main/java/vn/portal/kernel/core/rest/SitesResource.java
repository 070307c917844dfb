package vn.portal.kernel.core.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import vn.portal.kernel.api.rest.Public;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.identity.Guard;
import vn.portal.kernel.core.site.MenuItem;
import vn.portal.kernel.core.site.MenuValidator;
import vn.portal.kernel.core.site.SiteInput;
import vn.portal.kernel.core.site.SiteMenus;
import vn.portal.kernel.core.site.SiteService;
import vn.portal.kernel.core.web.ThemeRenderer;

/** The site tree over REST. Reads are public (the tree is public information); writes need a site permission. */
@Path("sites")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SitesResource {

    /** Body of an archive request. */
    public record ArchiveRequest(String redirectTo) {
    }

    @Inject
    SiteService sites;

    @Inject
    Guard guard;

    @Inject
    SiteMenus menus;

    @Inject
    ThemeRenderer themes;

    @Public
    @GET
    public List<SiteView> list(@QueryParam("parent") String parent, @QueryParam("status") String status) {
        return sites.all().stream()
                .filter(s -> parent == null || parent.equals(s.parentKey()))
                .filter(s -> status == null || s.status().name().equalsIgnoreCase(status))
                .map(this::view).toList();
    }

    @Public
    @GET
    @Path("{key}")
    public SiteView get(@PathParam("key") String key) {
        return view(found(key));
    }

    @POST
    public Response create(SiteInput input) {
        if (input == null) {
            throw PortalException.invalid("A site definition is required in the body", Map.of());
        }
        guard.require("kernel:site-create:" + (input.parent() == null ? "*" : input.parent()));
        Site created = sites.create(input);
        return Response.created(UriBuilder.fromPath("/api/v1/sites/{key}").build(created.key())).entity(view(created))
                .build();
    }

    @PUT
    @Path("{key}")
    public SiteView update(@PathParam("key") String key, SiteInput input) {
        guard.require("kernel:site-edit:" + key);
        found(key);
        if (input == null) {
            throw PortalException.invalid("A site definition is required in the body", Map.of());
        }
        return view(sites.update(key, input));
    }

    @POST
    @Path("{key}/archive")
    public SiteView archive(@PathParam("key") String key, ArchiveRequest body) {
        guard.require("kernel:site-archive:" + key);
        found(key);
        return view(sites.archive(key, body == null ? null : body.redirectTo()));
    }

    /** The site's whole main menu: the four required entries, then its own. */
    @Public
    @GET
    @Path("{key}/menu")
    public MenuView menu(@PathParam("key") String key) {
        return menuView(found(key), menus.own(key));
    }

    /**
     * Replaces the site's own menu entries: the body is the whole menu as {@link #menu} gives it,
     * the required entries first and unchanged; 400 with the problems by field otherwise.
     */
    @PUT
    @Path("{key}/menu")
    public MenuView replaceMenu(@PathParam("key") String key, MenuView.Change body) {
        guard.require("kernel:site-edit:" + key);
        Site site = found(key);
        if (body == null) {
            throw PortalException.invalid("The whole menu is required in the body: {\"entries\": [...]}",
                    Map.of("entries", "required"));
        }
        return menuView(site, menus.replace(key, body.entries()));
    }

    private MenuView menuView(Site site, List<MenuItem> own) {
        Map<String, String> vi = new HashMap<>();
        Map<String, String> en = new HashMap<>();
        for (String k : MenuValidator.REQUIRED) {
            vi.put(k, themes.text(site.theme(), "vi", "menu", k));
            en.put(k, themes.text(site.theme(), "en", "menu", k));
        }
        return MenuView.of(site.key(), own, vi, en);
    }

    private Site found(String key) {
        return sites.find(key).orElseThrow(() -> PortalException.notFound("No site '" + key + "'"));
    }

    private SiteView view(Site s) {
        return SiteView.of(s, sites.url(s.key()));
    }
}
