package vn.portal.plugins.eform.builder;

/** One answer of a choice field in the builder: its stored value and its label. */
public class EditableOption {

    private String value = "";
    private String labelVi = "";
    private String labelEn = "";

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getLabelVi() {
        return labelVi;
    }

    public void setLabelVi(String labelVi) {
        this.labelVi = labelVi;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }
}
