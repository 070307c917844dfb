package vn.portal.plugins.search.engine;

/** The index on disk cannot be read (corrupt, missing files, other format): the caller rebuilds it. */
public class IndexDamagedException extends Exception {

    private static final long serialVersionUID = 1L;

    public IndexDamagedException() {
        super();
    }

    public IndexDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
