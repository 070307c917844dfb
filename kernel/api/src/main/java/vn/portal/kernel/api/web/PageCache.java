package vn.portal.kernel.api.web;

/**
 * The full-page cache of anonymous public pages. A plugin that changes what pages show
 * invalidates the tags of those pages; inside a transaction this happens once it commits,
 * so no reader can cache the old state again.
 */
public interface PageCache {

    /** Tag of a site's pages that declare no tags of their own: home, lists, feeds, site map. */
    static String general(String siteKey) {
        return "site:" + siteKey + ":general";
    }

    /** Tag every cached page of the site carries. */
    static String site(String siteKey) {
        return "site:" + siteKey;
    }

    void invalidate(String... tags);
}
