package vn.portal.plugins.eform;

/** A form of the site in the builder's list. */
public class FormRow {

    private final String key;
    private final String title;
    private final String procedure;
    private final String published;
    private final String latest;

    FormRow(String key, String title, String procedure, String published, String latest) {
        this.key = key;
        this.title = title;
        this.procedure = procedure;
        this.published = published;
        this.latest = latest;
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public String getProcedure() {
        return procedure;
    }

    /** The version citizens fill in ("v2"), or "—". */
    public String getPublished() {
        return published;
    }

    /** The newest version and its status. */
    public String getLatest() {
        return latest;
    }
}
