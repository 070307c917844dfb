package vn.portal.kernel.api.identity;

/** A signed-in person or API client, as plugins see them. */
public record PortalUser(String id, String username, String displayName) {
}
