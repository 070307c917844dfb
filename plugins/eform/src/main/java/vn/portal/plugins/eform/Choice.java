package vn.portal.plugins.eform;

/** A value and its label for a drop-down of the admin page. */
public class Choice {

    private final String value;
    private final String label;

    Choice(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }
}
