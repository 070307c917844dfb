package vn.portal.plugins.eform;

import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.plugins.eform.builder.EditableField;
import vn.portal.plugins.eform.builder.EditableForm;
import vn.portal.plugins.eform.builder.EditableStep;

/**
 * What a new form starts with: the procedure's names as its title and one step asking the
 * applicant's name (every form needs it: staff and notifications use it), to extend from there.
 */
final class Starter {

    private Starter() {
    }

    static EditableForm form(String key, CatalogEntry procedure, Texts t) {
        EditableForm f = new EditableForm();
        f.setKey(key);
        f.setProcedure(procedure.code());
        f.setTitleVi(t.get("starter.title", procedure.nameVi()));
        f.setTitleEn(procedure.nameEn() == null || procedure.nameEn().isBlank() ? ""
                : "Application: " + procedure.nameEn());
        EditableStep step = new EditableStep();
        step.setId("nguoi-nop");
        step.setTitleVi(t.get("starter.step"));
        step.setTitleEn("Applicant");
        EditableField name = EditableField.of("text", "hoTen");
        name.setRequired(true);
        name.setMaxLength("100");
        name.setLabelVi(t.get("starter.name"));
        name.setLabelEn("Full name");
        name.setHelpVi(t.get("starter.nameHelp"));
        name.setHelpEn("In full, with diacritics, as on the identity card.");
        step.getFields().add(name);
        f.getSteps().add(step);
        f.setApplicantName("hoTen");
        return f;
    }
}
