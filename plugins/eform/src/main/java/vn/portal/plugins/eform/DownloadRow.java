package vn.portal.plugins.eform;

/** A downloadable form (or one of its versions) as a row of the admin page. */
public class DownloadRow {

    private final String id;
    private final String procedure;
    private final String title;
    private final String key;
    private final int version;
    private final String details;
    private final String url;
    private final boolean current;

    DownloadRow(String id, String procedure, String title, String key, int version, String details, String url,
            boolean current) {
        this.id = id;
        this.procedure = procedure;
        this.title = title;
        this.key = key;
        this.version = version;
        this.details = details;
        this.url = url;
        this.current = current;
    }

    public String getId() {
        return id;
    }

    public String getProcedure() {
        return procedure;
    }

    public String getTitle() {
        return title;
    }

    public String getKey() {
        return key;
    }

    public int getVersion() {
        return version;
    }

    public String getDetails() {
        return details;
    }

    public String getUrl() {
        return url;
    }

    public boolean isCurrent() {
        return current;
    }
}
