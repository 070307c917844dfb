package vn.portal.kernel.core.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.core.catalog.CatalogImporter;
import vn.portal.kernel.core.catalog.ImportReport;
import vn.portal.kernel.core.catalog.CatalogService;
import vn.portal.kernel.core.common.PortalException;

/**
 * The entry dialog: edit a version, add a version, add an entry. Saved through
 * {@link CatalogImporter#save}, so an edit is checked exactly like an imported row; each
 * problem is shown at the field it names and nothing is saved while there is one.
 */
@Named
@ViewScoped
public class CatalogEditBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "entryForm";
    /** Import columns and the form fields that edit them. */
    private static final Map<String, String> FIELDS = Map.of("code", "code", "name_vi", "nameVi", "name_en", "nameEn",
            "parent", "parent", "valid_from", "validFrom", "valid_to", "validTo", "successors", "successors",
            "status", "status");
    private static final int SUGGESTIONS = 15;

    @Inject
    CatalogsBean page;
    @Inject
    CatalogImporter importer;
    @Inject
    CatalogService catalogs;
    @Inject
    AdminAccess access;
    @Inject
    LocaleBean locale;

    private CatalogEntryForm form = new CatalogEntryForm();
    private final Map<String, String> suggested = new java.util.HashMap<>();

    public void newEntry() {
        // a new entry goes under the entry being looked at, which is what a person browsing expects
        CatalogEntryRow shown = page.getSelected();
        form = CatalogEntryForm.newEntry(page.getCatalog(), shown == null ? null : shown.getCode(), null,
                page.suggestedAttributes());
    }

    public void edit(String versionKey) {
        page.getVersions().stream().filter(v -> v.getVersionKey().equals(versionKey)).findFirst()
                .ifPresent(v -> form = CatalogEntryForm.edit(v, page.suggestedAttributes()));
    }

    public void newVersion() {
        List<CatalogEntryRow> versions = page.getVersions();
        if (!versions.isEmpty()) {
            form = CatalogEntryForm.newVersion(versions.get(versions.size() - 1), CatalogsBean.today(),
                    page.suggestedAttributes());
        }
    }

    public void save() {
        if (AdminAccess.deny(access.isCatalogWrite(), FORM)) {
            return;
        }
        form.clearErrors();
        CatalogEntry entry = form.toEntry();
        try {
            ImportReport report = importer.save(entry, access.user().username());
            if (!report.ok()) {
                show(report.errors());
                return;
            }
            AdminMessages.info(report.unchanged() > 0 ? "catalogs.saved.unchanged"
                    : report.created() > 0 ? "catalogs.saved.created" : "catalogs.saved.updated", entry.code());
            page.show(entry.code());
            page.refreshAll();
        } catch (PortalException e) {
            FacesContext.getCurrentInstance().validationFailed();
            AdminMessages.errorText(FORM, CatalogProblems.text(e.getMessage()));
        } catch (RuntimeException e) {
            AdminMessages.unexpected(e, FORM);
        }
    }

    /** Each problem at the field it names: a form field, an attribute row, or the form itself. */
    private void show(List<ImportReport.RowError> errors) {
        FacesContext.getCurrentInstance().validationFailed();
        for (ImportReport.RowError e : errors) {
            String text = CatalogProblems.text(e.message());
            String field = FIELDS.get(e.field());
            if (field != null) {
                AdminMessages.errorText(FORM + ":" + field, text);
            } else if (e.field() != null) {
                CatalogEntryForm.AttributeRow row = form.attribute(e.field());
                row.setError(row.getError() == null ? text : row.getError() + " " + text);
            } else {
                AdminMessages.errorText(FORM, text);
            }
        }
    }

    /** Entries of the same catalog for the parent and successor pickers: "code — name". */
    public List<String> complete(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<CatalogEntryRow> found = catalogs.search(page.getCatalog(), query, null, page.getAt(), 0, SUGGESTIONS)
                .stream().map(e -> new CatalogEntryRow(e, locale.isEnglish())).toList();
        suggested.clear();
        found.forEach(r -> suggested.put(r.getCode(), r.getLabel()));
        return found.stream().map(CatalogEntryRow::getCode).toList();
    }

    /** "code — name" of a suggestion (remembered from the search that offered it). */
    public String label(String code) {
        String known = suggested.get(code);
        return known != null ? known : page.label(code);
    }

    public void addAttribute() {
        form.addAttribute();
    }

    public void removeAttribute(CatalogEntryForm.AttributeRow row) {
        form.removeAttribute(row);
    }

    public CatalogEntryForm getForm() {
        return form;
    }

    public List<String> getStatuses() {
        return List.of("ACTIVE", "INACTIVE");
    }
}
