package vn.portal.kernel.core.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.site.SiteStatus;

/** An immutable view of the whole site tree with the look-ups routing needs. */
public record SiteSnapshot(List<Site> sites, Map<String, Map<String, Boolean>> pluginSwitches, String defaultKey,
        String baseUrl, Map<String, Site> byKey, Map<String, Site> byHost) {

    static final SiteSnapshot EMPTY = new SiteSnapshot(List.of(), Map.of(), null, "http://localhost:8080");

    public SiteSnapshot(List<Site> sites, Map<String, Map<String, Boolean>> pluginSwitches, String defaultKey,
            String baseUrl) {
        this(List.copyOf(sites), Map.copyOf(pluginSwitches), defaultKey, stripSlash(baseUrl), index(sites),
                hosts(sites));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Map<String, Site> index(List<Site> sites) {
        Map<String, Site> m = new HashMap<>();
        sites.forEach(s -> m.put(s.key(), s));
        return Map.copyOf(m);
    }

    private static Map<String, Site> hosts(List<Site> sites) {
        Map<String, Site> m = new HashMap<>();
        sites.forEach(s -> s.hosts().forEach(h -> m.put(h.toLowerCase(Locale.ROOT), s)));
        return Map.copyOf(m);
    }

    public List<Site> children(String key) {
        return sites.stream().filter(s -> key.equals(s.parentKey())).toList();
    }

    public List<Site> subtree(String key) {
        List<Site> out = new ArrayList<>();
        Site root = byKey.get(key);
        if (root == null) {
            return out;
        }
        out.add(root);
        for (int i = 0; i < out.size(); i++) {
            out.addAll(children(out.get(i).key()));
        }
        return out;
    }

    /** The site for requests that name none: the configured one, else the first active root. */
    public Optional<Site> defaultSite() {
        if (defaultKey != null && byKey.containsKey(defaultKey)) {
            return Optional.of(byKey.get(defaultKey));
        }
        return sites.stream().filter(s -> s.parentKey() == null && s.status() == SiteStatus.ACTIVE).findFirst();
    }

    /** The public home URL of a site, ending with '/'. */
    public String url(String key) {
        Site s = byKey.get(key);
        if (s == null) {
            return null;
        }
        if (!s.hosts().isEmpty()) {
            String scheme = baseUrl.startsWith("https:") ? "https" : "http";
            String port = portOf(baseUrl);
            return scheme + "://" + s.hosts().get(0) + port + "/";
        }
        return baseUrl + pathOf(s) + "/";
    }

    /** The path under which a host-less site is served: its prefix, "" for the default site, else /s/key. */
    public String pathOf(Site s) {
        if (s.pathPrefix() != null) {
            return s.pathPrefix();
        }
        if (defaultSite().map(d -> d.key().equals(s.key())).orElse(false)) {
            return "";
        }
        return "/s/" + s.key();
    }

    private static String portOf(String url) {
        int schemeEnd = url.indexOf("://");
        String rest = schemeEnd < 0 ? url : url.substring(schemeEnd + 3);
        int slash = rest.indexOf('/');
        String hostPort = slash < 0 ? rest : rest.substring(0, slash);
        int colon = hostPort.lastIndexOf(':');
        return colon < 0 ? "" : hostPort.substring(colon);
    }

    public boolean isPluginEnabled(String siteKey, String pluginId) {
        Map<String, Boolean> m = pluginSwitches.get(siteKey);
        return m == null || m.getOrDefault(pluginId, true);
    }
}
