package vn.portal.kernel.api.web;

/**
 * What a public route renders: a title and an HTML body fragment placed in the
 * theme's main region. The HTML must already be safe (escaped or sanitised).
 */
public record PageContent(int status, String title, String html) {

    public static PageContent ok(String title, String html) {
        return new PageContent(200, title, html);
    }
}
