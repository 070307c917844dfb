package vn.portal.plugins.eform.builder;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The whole form being designed: what the JSON definition holds, as editable values. */
public class EditableForm {

    private String key = "";
    private String procedure = "";
    private String titleVi = "";
    private String titleEn = "";
    private String descriptionVi = "";
    private String descriptionEn = "";
    private String maxUploadMb = "";
    private String applicantName = "";
    private String applicantEmail = "";
    private String applicantPhone = "";
    private List<EditableStep> steps = new ArrayList<>();
    private JsonObject extra = JsonValue.EMPTY_JSON_OBJECT;
    private Map<String, String> problem = new LinkedHashMap<>();

    /** Every field of every step in order (groups' sub-fields not listed). */
    public List<EditableField> allFields() {
        List<EditableField> out = new ArrayList<>();
        steps.forEach(s -> out.addAll(s.getFields()));
        return out;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
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

    public String getDescriptionVi() {
        return descriptionVi;
    }

    public void setDescriptionVi(String descriptionVi) {
        this.descriptionVi = descriptionVi;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getMaxUploadMb() {
        return maxUploadMb;
    }

    public void setMaxUploadMb(String maxUploadMb) {
        this.maxUploadMb = maxUploadMb;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    public String getApplicantEmail() {
        return applicantEmail;
    }

    public void setApplicantEmail(String applicantEmail) {
        this.applicantEmail = applicantEmail;
    }

    public String getApplicantPhone() {
        return applicantPhone;
    }

    public void setApplicantPhone(String applicantPhone) {
        this.applicantPhone = applicantPhone;
    }

    public List<EditableStep> getSteps() {
        return steps;
    }

    public void setSteps(List<EditableStep> steps) {
        this.steps = steps;
    }

    public JsonObject getExtra() {
        return extra;
    }

    public void setExtra(JsonObject extra) {
        this.extra = extra;
    }

    public Map<String, String> getProblem() {
        return problem;
    }

    public void setProblem(Map<String, String> problem) {
        this.problem = problem;
    }
}
