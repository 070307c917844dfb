package vn.portal.kernel.core.admin;

import java.io.Serializable;

/**
 * An admin page that checks its permission once when the view is built: views call
 * {@code respond()} first (403 with the message when not allowed) and render only when
 * {@code allowed}.
 */
abstract class GuardedPage implements Serializable {

    private static final long serialVersionUID = 1L;

    protected boolean allowed;

    public void respond() {
        AdminAccess.forbid(allowed);
    }

    public boolean isAllowed() {
        return allowed;
    }
}
