package vn.portal.kernel.api.security;

import java.util.List;
import org.pf4j.ExtensionPoint;

/** The permissions a plugin defines, listed so administrators can grant them. */
public interface PermissionContribution extends ExtensionPoint {

    List<PermissionDefinition> permissions();
}
