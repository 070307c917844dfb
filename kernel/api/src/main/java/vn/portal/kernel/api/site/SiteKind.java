package vn.portal.kernel.api.site;

/** What kind of body a site belongs to. Local government has two levels since 1 July 2025; districts stay possible. */
public enum SiteKind {
    PROVINCE, DEPARTMENT, COMMUNE, DISTRICT, OTHER
}
