package vn.portal.plugins.eform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.portal.plugins.eform.builder.EditableField;
import vn.portal.plugins.eform.builder.EditableForm;
import vn.portal.plugins.eform.builder.EditableStep;
import vn.portal.plugins.eform.schema.FieldType;

/**
 * The form builder's editing moves, in memory until saved: steps and fields added, moved up and
 * down (the keyboard way; dragging a row reorders the same list), removed, and the field being
 * edited (a group's sub-field too). Nothing here is checked: the schema check on save is the one
 * judge, so the builder and the REST API can never disagree.
 */
abstract class BuilderEditing {

    /** The media types a file field may accept (judged on the bytes by the kernel's FileTypes). */
    static final List<String> FILE_TYPES = List.of("application/pdf", "image/jpeg", "image/png", "image/webp",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text");

    EditableForm form;
    String selectedUid;

    abstract Texts texts();

    String t(String key, Object... args) {
        return texts().get(key, args);
    }

    public EditableForm getForm() {
        return form;
    }

    public boolean isOpen() {
        return form != null;
    }

    // ---- steps -----------------------------------------------------------------------------------

    public void addStep() {
        if (form == null) {
            return;
        }
        EditableStep s = new EditableStep();
        s.setId("buoc-" + (form.getSteps().size() + 1));
        s.setTitleVi(t("newStep", form.getSteps().size() + 1));
        form.getSteps().add(s);
    }

    public void removeStep(String uid) {
        if (form != null && form.getSteps().size() > 1) {
            form.getSteps().removeIf(s -> s.getUid().equals(uid));
        }
    }

    public void moveStep(String uid, int by) {
        if (form != null) {
            move(form.getSteps(), indexOfStep(uid), by);
        }
    }

    private int indexOfStep(String uid) {
        for (int i = 0; i < form.getSteps().size(); i++) {
            if (form.getSteps().get(i).getUid().equals(uid)) {
                return i;
            }
        }
        return -1;
    }

    // ---- fields ----------------------------------------------------------------------------------

    /** A new one-line text field at the end of the step, opened for editing (its type can change there). */
    public void addField(String stepUid) {
        if (form == null) {
            return;
        }
        form.getSteps().stream().filter(s -> s.getUid().equals(stepUid)).findFirst().ifPresent(s -> {
            EditableField f = EditableField.of("text", freeName("truong"));
            f.setLabelVi(t("newField"));
            s.getFields().add(f);
            selectedUid = f.getUid();
        });
    }

    /** A new sub-field of the group being edited. */
    public void addSubField() {
        EditableField group = getGroup();
        if (group != null) {
            EditableField f = EditableField.of("text", freeName("cot"));
            f.setLabelVi(t("newField"));
            group.getFields().add(f);
        }
    }

    public void edit(String uid) {
        selectedUid = uid;
    }

    public void closeEditor() {
        selectedUid = null;
    }

    /** Back from a group's sub-field to the group. */
    public void backToGroup() {
        EditableField parent = parentOf(selectedUid);
        selectedUid = parent == null ? null : parent.getUid();
    }

    public void removeField(String uid) {
        if (form == null) {
            return;
        }
        for (EditableStep s : form.getSteps()) {
            s.getFields().removeIf(f -> f.getUid().equals(uid));
            s.getFields().forEach(f -> f.getFields().removeIf(x -> x.getUid().equals(uid)));
        }
        if (uid.equals(selectedUid)) {
            selectedUid = null;
        }
    }

    /** Up (-1) or down (+1) within its step, or across into the neighbouring step at its edge. */
    public void moveField(String uid, int by) {
        if (form == null) {
            return;
        }
        List<EditableStep> steps = form.getSteps();
        for (int s = 0; s < steps.size(); s++) {
            List<EditableField> fields = steps.get(s).getFields();
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).getUid().equals(uid)) {
                    int to = i + by;
                    if (to >= 0 && to < fields.size()) {
                        move(fields, i, by);
                    } else if (s + by >= 0 && s + by < steps.size()) {
                        EditableField f = fields.remove(i);
                        List<EditableField> other = steps.get(s + by).getFields();
                        other.add(by < 0 ? other.size() : 0, f);
                    }
                    return;
                }
                List<EditableField> sub = fields.get(i).getFields();
                for (int k = 0; k < sub.size(); k++) {
                    if (sub.get(k).getUid().equals(uid)) {
                        move(sub, k, by);
                        return;
                    }
                }
            }
        }
    }

    /** Dragging a row: the table has already reordered its list; nothing else changes. */
    public void reordered() {
        // the order lives in the list itself
    }

    private static <T> void move(List<T> list, int i, int by) {
        int to = i + by;
        if (i >= 0 && to >= 0 && to < list.size()) {
            Collections.swap(list, i, to);
        }
    }

    /** The field being edited, or null. */
    public EditableField getField() {
        return find(selectedUid);
    }

    /** The group whose sub-field is being edited, or the group being edited itself. */
    public EditableField getGroup() {
        EditableField f = getField();
        if (f != null && "group".equals(f.getType())) {
            return f;
        }
        return parentOf(selectedUid);
    }

    public boolean isEditingSubField() {
        return parentOf(selectedUid) != null;
    }

    private EditableField find(String uid) {
        if (form == null || uid == null) {
            return null;
        }
        for (EditableField f : form.allFields()) {
            if (f.getUid().equals(uid)) {
                return f;
            }
            for (EditableField x : f.getFields()) {
                if (x.getUid().equals(uid)) {
                    return x;
                }
            }
        }
        return null;
    }

    private EditableField parentOf(String uid) {
        if (form == null || uid == null) {
            return null;
        }
        return form.allFields().stream().filter(f -> f.getFields().stream().anyMatch(x -> x.getUid().equals(uid)))
                .findFirst().orElse(null);
    }

    private String freeName(String base) {
        Set<String> used = new HashSet<>();
        form.allFields().forEach(f -> {
            used.add(f.getName());
            f.getFields().forEach(x -> used.add(x.getName()));
        });
        int n = 1;
        while (used.contains(base + n)) {
            n++;
        }
        return base + n;
    }

    // ---- choices for the editor -------------------------------------------------------------------

    public List<Choice> getTypes() {
        List<Choice> out = new ArrayList<>();
        for (FieldType type : FieldType.values()) {
            if (type == FieldType.GROUP && isEditingSubField()) {
                continue;
            }
            out.add(new Choice(type.json(), t("type." + type.json())));
        }
        return out;
    }

    /** Label of a type for the list of fields. */
    public String typeLabel(String type) {
        return t("type." + type);
    }

    public List<Choice> getFileTypes() {
        return FILE_TYPES.stream().map(m -> new Choice(m, Uploads.shortName(m))).toList();
    }

    /** Fields before the one being edited: a condition may only name those. */
    public List<Choice> getEarlierFields() {
        List<Choice> out = new ArrayList<>();
        if (form == null) {
            return out;
        }
        for (EditableField f : form.allFields()) {
            if (f.getUid().equals(selectedUid) || f.getFields().stream().anyMatch(x -> x.getUid().equals(selectedUid))) {
                break;
            }
            out.add(new Choice(f.getName(), f.getName() + " — " + f.getLabelVi()));
        }
        return out;
    }

    /** The options of the field a condition names, as a hint for the values to type. */
    public String getConditionHint() {
        EditableField f = getField();
        if (f == null || f.getShowIfField().isBlank()) {
            return "";
        }
        return form.allFields().stream().filter(x -> x.getName().equals(f.getShowIfField())).findFirst()
                .map(x -> x.getOptions().stream().map(o -> o.getValue() + " (" + o.getLabelVi() + ")").toList())
                .filter(l -> !l.isEmpty()).map(l -> t("conditionHint", String.join(", ", l))).orElse("");
    }

    /** Fields of a type, for the applicant's name, e-mail and phone. */
    public List<Choice> fieldsOfType(String type) {
        if (form == null) {
            return List.of();
        }
        return form.allFields().stream().filter(f -> f.getType().equals(type))
                .map(f -> new Choice(f.getName(), f.getName() + " — " + f.getLabelVi())).toList();
    }
}
