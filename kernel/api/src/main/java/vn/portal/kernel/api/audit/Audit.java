package vn.portal.kernel.api.audit;

/**
 * The portal's append-only, hash-chained audit log. Plugins record every
 * administrative write (who is taken from the current request). Records are written
 * when the current transaction commits, so a rolled-back change is never claimed.
 */
public interface Audit {

    /**
     * @param action  what happened, e.g. {@code notice.created} (prefixed by the plugin id if it is not)
     * @param siteKey the site concerned, or null
     * @param target  the id of what was changed
     * @param summary a short before/after summary, no secrets or personal data beyond what is needed
     */
    void record(String action, String siteKey, String target, String summary);
}
