package vn.portal.plugins.eform;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;

/** What the e-form endpoints check and read about a call, whichever resource answers it. */
final class EformCalls {

    private final PluginContext context;
    private final Site site;
    private final EformPlugin.Services services;

    EformCalls(PluginContext context, Site site, EformPlugin.Services services) {
        this.context = context;
        this.site = site;
        this.services = services;
    }

    PortalUser require(String permission) {
        PortalUser user = context.identity().currentUser().orElseThrow(ApiProblem::unauthorized);
        String p = permission + ":" + site.key();
        if (!context.identity().isPermitted(user, p)) {
            throw ApiProblem.forbidden(p);
        }
        return user;
    }

    Multipart read(String contentType, InputStream body, Texts t) {
        long max = (services.maxUploadMb() + 1L) * 1024 * 1024 * 10; // ten files at the limit, and the texts
        try {
            return Multipart.read(contentType, body, max);
        } catch (Multipart.TooLarge e) {
            throw new ApiProblem(413, t.get("error.tooLarge", max / 1024 / 1024), Map.of());
        } catch (IOException e) {
            throw ApiProblem.badRequest(e.getMessage(), Map.of());
        }
    }

    /** Browsers send Origin with every cross-site post: one naming another host is refused (CSRF). */
    static void sameOrigin(HttpServletRequest request, Texts t) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return; // not a browser's cross-site post (browsers send Origin on those)
        }
        String host = request.getHeader("Host");
        URI o;
        try {
            o = URI.create(origin);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(403, t.get("error.crossSite"), Map.of());
        }
        String originHost = o.getHost() + (o.getPort() < 0 ? "" : ":" + o.getPort());
        if (host == null || !(originHost.equalsIgnoreCase(host) || o.getHost() != null && o.getPort() < 0
                && host.equalsIgnoreCase(o.getHost()))) {
            throw new ApiProblem(403, t.get("error.crossSite"), Map.of());
        }
    }

    static String locale(String lang, HttpServletRequest request) {
        if (lang != null) {
            return "en".equals(lang) ? "en" : "vi";
        }
        String accept = request.getHeader("Accept-Language");
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "en" : "vi";
    }

    static int number(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw ApiProblem.notFound("No version " + s);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
