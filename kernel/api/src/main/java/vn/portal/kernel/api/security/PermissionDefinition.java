package vn.portal.kernel.api.security;

/**
 * A permission a plugin defines. {@code name} is {@code <plugin>:<action>}; grants add
 * {@code :<site-key>} (or {@code :*}) when checked per site.
 */
public record PermissionDefinition(String name, String descriptionVi, String descriptionEn) {
}
