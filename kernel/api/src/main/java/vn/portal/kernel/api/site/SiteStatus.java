package vn.portal.kernel.api.site;

public enum SiteStatus {
    ACTIVE,
    /** No longer served; requests are redirected to {@link Site#redirectTo()} when set, else 410. */
    ARCHIVED
}
