package vn.portal.kernel.core.site;

import java.util.Locale;
import java.util.Optional;
import vn.portal.kernel.api.site.Site;

/**
 * Maps a request to a site: by Host header first (a site that owns the host),
 * then by path prefix ({@code /s/<key>} or the site's own prefix), else the
 * default site — so every site is reachable on plain {@code localhost}.
 */
public final class SiteResolver {

    /**
     * @param site     the site
     * @param basePath the part of the path that named the site ("" or "/s/key")
     * @param path     the rest, starting with '/'
     */
    public record Resolution(Site site, String basePath, String path) {
    }

    private SiteResolver() {
    }

    /** Empty when the path names a site that does not exist. */
    public static Optional<Resolution> resolve(SiteSnapshot snapshot, String hostHeader, String path) {
        String p = path == null || path.isEmpty() ? "/" : path;
        String host = hostOnly(hostHeader);
        Site byHost = host == null ? null : snapshot.byHost().get(host);
        if (byHost != null) {
            return Optional.of(new Resolution(byHost, "", p));
        }
        if (p.startsWith("/s/")) {
            String rest = p.substring(3);
            int slash = rest.indexOf('/');
            String key = slash < 0 ? rest : rest.substring(0, slash);
            Site site = snapshot.byKey().get(key);
            if (site == null) {
                return Optional.empty();
            }
            return Optional.of(new Resolution(site, "/s/" + key, slash < 0 ? "/" : rest.substring(slash)));
        }
        Site best = null;
        for (Site s : snapshot.sites()) {
            String prefix = s.pathPrefix();
            if (prefix != null && (p.equals(prefix) || p.startsWith(prefix + "/"))
                    && (best == null || prefix.length() > best.pathPrefix().length())) {
                best = s;
            }
        }
        if (best != null) {
            String rest = p.substring(best.pathPrefix().length());
            return Optional.of(new Resolution(best, best.pathPrefix(), rest.isEmpty() ? "/" : rest));
        }
        return snapshot.defaultSite().map(s -> new Resolution(s, "", p));
    }

    static String hostOnly(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return null;
        }
        String h = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
