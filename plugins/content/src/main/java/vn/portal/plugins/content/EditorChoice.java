package vn.portal.plugins.content;

/** A value and its label, for the editor's select menus. */
public class EditorChoice {

    private final String value;
    private final String label;

    EditorChoice(String value, String label) {
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
