package vn.portal.kernel.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.portal.kernel.api.identity.Identity;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.core.common.PortalException;

/** The permission check endpoints call first: 401 for nobody, 403 for the wrong person. */
@ApplicationScoped
public class Guard {

    @Inject
    Identity identity;

    public PortalUser signedIn() {
        return identity.currentUser().orElseThrow(() -> new PortalException(
                PortalException.Kind.UNAUTHORIZED, "Sign in first (session with X-CSRF-Token, bearer token, or HTTP Basic)"));
    }

    public PortalUser require(String permission) {
        PortalUser user = identity.currentUser().orElseThrow(() -> new PortalException(
                PortalException.Kind.UNAUTHORIZED, "Sign in first (session with X-CSRF-Token, or HTTP Basic)"));
        if (!identity.isPermitted(user, permission)) {
            throw new PortalException(PortalException.Kind.FORBIDDEN, "Permission '" + permission + "' is required");
        }
        return user;
    }
}
