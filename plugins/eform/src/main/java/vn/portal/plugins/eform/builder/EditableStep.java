package vn.portal.plugins.eform.builder;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** A step (page) of the form being designed, with its fields in order. */
public class EditableStep {

    private String uid;
    private String id = "";
    private String titleVi = "";
    private String titleEn = "";
    private String helpVi = "";
    private String helpEn = "";
    private List<EditableField> fields = new ArrayList<>();
    private JsonObject extra = JsonValue.EMPTY_JSON_OBJECT;
    private List<String> problems = new ArrayList<>();

    public EditableStep() {
        this.uid = java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    public String getUid() {
        return uid;
    }

    public void setUid(String uid) {
        this.uid = uid;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public void setTitleVi(String titleVi) {
        this.titleVi = titleVi;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getHelpVi() {
        return helpVi;
    }

    public void setHelpVi(String helpVi) {
        this.helpVi = helpVi;
    }

    public String getHelpEn() {
        return helpEn;
    }

    public void setHelpEn(String helpEn) {
        this.helpEn = helpEn;
    }

    public List<EditableField> getFields() {
        return fields;
    }

    public void setFields(List<EditableField> fields) {
        this.fields = fields;
    }

    public JsonObject getExtra() {
        return extra;
    }

    public void setExtra(JsonObject extra) {
        this.extra = extra;
    }

    public List<String> getProblems() {
        return problems;
    }

    public void setProblems(List<String> problems) {
        this.problems = problems;
    }
}
