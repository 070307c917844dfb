package vn.portal.plugins.eform.builder;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A field being designed in the form builder: every option of docs/eform-schema.md as an
 * editable value (numbers as typed, so a wrong one reaches the schema check and is shown at its
 * place), keys the builder does not know kept in {@code extra}, and the problems of the last check.
 */
public class EditableField {

    private String uid;
    private String name = "";
    private String type = "text";
    private String labelVi = "";
    private String labelEn = "";
    private String helpVi = "";
    private String helpEn = "";
    private boolean required;
    private boolean readOnly;
    private String prefill = "";
    private String minLength = "";
    private String maxLength = "";
    private String pattern = "";
    private String patternMessageVi = "";
    private String patternMessageEn = "";
    private String min = "";
    private String max = "";
    private boolean integer;
    private String minDate = "";
    private String maxDate = "";
    private String choiceSource = "options";
    private List<EditableOption> options = new ArrayList<>();
    private String catalog = "";
    private String catalogParent = "";
    private boolean multiple;
    private List<String> accept = new ArrayList<>();
    private String maxSizeMb = "";
    private String maxFiles = "";
    private boolean completeness;
    private String statementVi = "";
    private String statementEn = "";
    private String showIfField = "";
    private String showIfMode = "equals";
    private String showIfValues = "";
    private List<EditableField> fields = new ArrayList<>();
    private String minItems = "";
    private String maxItems = "";
    private JsonObject extra = JsonValue.EMPTY_JSON_OBJECT;
    private Map<String, String> problem = new LinkedHashMap<>();

    public EditableField() {
        this.uid = java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new field of a type, with a name not yet used in the form. */
    public static EditableField of(String type, String name) {
        EditableField f = new EditableField();
        f.type = type;
        f.name = name;
        if ("file".equals(type)) {
            f.accept = new ArrayList<>(List.of("application/pdf", "image/jpeg", "image/png"));
        }
        return f;
    }

    /** The problems of this field, in one line (the list of fields shows it). */
    public String getProblemText() {
        return String.join(" ", problem.values());
    }

    public boolean isHasProblem() {
        return !problem.isEmpty();
    }

    /** Options as lines {@code value | nhãn | label}, for editing many at once. */
    public String getOptionLines() {
        StringBuilder b = new StringBuilder();
        for (EditableOption o : options) {
            b.append(o.getValue()).append(" | ").append(o.getLabelVi());
            if (!o.getLabelEn().isBlank()) {
                b.append(" | ").append(o.getLabelEn());
            }
            b.append('\n');
        }
        return b.toString();
    }

    public void setOptionLines(String lines) {
        List<EditableOption> out = new ArrayList<>();
        for (String line : lines == null ? new String[0] : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            EditableOption o = new EditableOption();
            o.setValue(parts[0].strip());
            o.setLabelVi(parts.length > 1 ? parts[1].strip() : parts[0].strip());
            o.setLabelEn(parts.length > 2 ? parts[2].strip() : "");
            out.add(o);
        }
        options = out;
    }

    public String getUid() {
        return uid;
    }

    public void setUid(String uid) {
        this.uid = uid;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
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

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    public String getPrefill() {
        return prefill;
    }

    public void setPrefill(String prefill) {
        this.prefill = prefill;
    }

    public String getMinLength() {
        return minLength;
    }

    public void setMinLength(String minLength) {
        this.minLength = minLength;
    }

    public String getMaxLength() {
        return maxLength;
    }

    public void setMaxLength(String maxLength) {
        this.maxLength = maxLength;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public String getPatternMessageVi() {
        return patternMessageVi;
    }

    public void setPatternMessageVi(String patternMessageVi) {
        this.patternMessageVi = patternMessageVi;
    }

    public String getPatternMessageEn() {
        return patternMessageEn;
    }

    public void setPatternMessageEn(String patternMessageEn) {
        this.patternMessageEn = patternMessageEn;
    }

    public String getMin() {
        return min;
    }

    public void setMin(String min) {
        this.min = min;
    }

    public String getMax() {
        return max;
    }

    public void setMax(String max) {
        this.max = max;
    }

    public boolean isInteger() {
        return integer;
    }

    public void setInteger(boolean integer) {
        this.integer = integer;
    }

    public String getMinDate() {
        return minDate;
    }

    public void setMinDate(String minDate) {
        this.minDate = minDate;
    }

    public String getMaxDate() {
        return maxDate;
    }

    public void setMaxDate(String maxDate) {
        this.maxDate = maxDate;
    }

    public String getChoiceSource() {
        return choiceSource;
    }

    public void setChoiceSource(String choiceSource) {
        this.choiceSource = choiceSource;
    }

    public List<EditableOption> getOptions() {
        return options;
    }

    public void setOptions(List<EditableOption> options) {
        this.options = options;
    }

    public String getCatalog() {
        return catalog;
    }

    public void setCatalog(String catalog) {
        this.catalog = catalog;
    }

    public String getCatalogParent() {
        return catalogParent;
    }

    public void setCatalogParent(String catalogParent) {
        this.catalogParent = catalogParent;
    }

    public boolean isMultiple() {
        return multiple;
    }

    public void setMultiple(boolean multiple) {
        this.multiple = multiple;
    }

    public List<String> getAccept() {
        return accept;
    }

    public void setAccept(List<String> accept) {
        this.accept = accept;
    }

    public String getMaxSizeMb() {
        return maxSizeMb;
    }

    public void setMaxSizeMb(String maxSizeMb) {
        this.maxSizeMb = maxSizeMb;
    }

    public String getMaxFiles() {
        return maxFiles;
    }

    public void setMaxFiles(String maxFiles) {
        this.maxFiles = maxFiles;
    }

    public boolean isCompleteness() {
        return completeness;
    }

    public void setCompleteness(boolean completeness) {
        this.completeness = completeness;
    }

    public String getStatementVi() {
        return statementVi;
    }

    public void setStatementVi(String statementVi) {
        this.statementVi = statementVi;
    }

    public String getStatementEn() {
        return statementEn;
    }

    public void setStatementEn(String statementEn) {
        this.statementEn = statementEn;
    }

    public String getShowIfField() {
        return showIfField;
    }

    public void setShowIfField(String showIfField) {
        this.showIfField = showIfField;
    }

    public String getShowIfMode() {
        return showIfMode;
    }

    public void setShowIfMode(String showIfMode) {
        this.showIfMode = showIfMode;
    }

    public String getShowIfValues() {
        return showIfValues;
    }

    public void setShowIfValues(String showIfValues) {
        this.showIfValues = showIfValues;
    }

    public List<EditableField> getFields() {
        return fields;
    }

    public void setFields(List<EditableField> fields) {
        this.fields = fields;
    }

    public String getMinItems() {
        return minItems;
    }

    public void setMinItems(String minItems) {
        this.minItems = minItems;
    }

    public String getMaxItems() {
        return maxItems;
    }

    public void setMaxItems(String maxItems) {
        this.maxItems = maxItems;
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
