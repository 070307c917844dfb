package vn.portal.kernel.core.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.portal.kernel.core.catalog.CatalogReassignment;
import vn.portal.kernel.core.catalog.CatalogService;
import vn.portal.kernel.core.common.PortalException;

/**
 * After a merge or split: entries of the chosen catalog that have ended but are still named by
 * sites or plugin data, and moving those references to a successor in one step. Listed as of
 * today, since a reference can only move to an entry valid today.
 */
@Named
@ViewScoped
public class CatalogReplacedBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "replacedForm";

    @Inject
    CatalogsBean page;
    @Inject
    CatalogReassignment reassignment;
    @Inject
    CatalogService catalogs;
    @Inject
    AdminAccess access;
    @Inject
    LocaleBean locale;

    /** The catalog the rows are for: listing reads the whole catalog, so only when it changes or is asked. */
    private String loadedFor;
    private List<CatalogReplacedRow> rows = List.of();
    /** The successor picked for each ended code. */
    private final Map<String, String> choice = new HashMap<>();

    public List<CatalogReplacedRow> getRows() {
        if (!Objects.equals(loadedFor, page.getCatalog())) {
            load();
        }
        return rows;
    }

    public void load() {
        loadedFor = page.getCatalog();
        choice.clear();
        if (loadedFor == null) {
            rows = List.of();
            return;
        }
        LocalDate today = CatalogsBean.today();
        rows = reassignment.replaced(loadedFor, today).stream().map(r -> {
            List<CatalogReplacedRow.Successor> next = r.entry().successorCodes().stream()
                    .map(code -> new CatalogReplacedRow.Successor(code, page.label(code),
                            catalogs.find(loadedFor, code, today).isPresent()))
                    .toList();
            // one current successor is the obvious choice; with several the administrator picks
            next.stream().filter(CatalogReplacedRow.Successor::isCurrent).findFirst()
                    .ifPresent(s -> choice.put(r.entry().code(), s.getCode()));
            return new CatalogReplacedRow(new CatalogEntryRow(r.entry(), locale.isEnglish()), next, r.references());
        }).toList();
    }

    public void reassign(String code) {
        if (AdminAccess.deny(access.isCatalogWrite(), FORM)) {
            return;
        }
        String target = choice.get(code);
        if (target == null || target.isBlank()) {
            AdminMessages.error(FORM, "catalogs.replaced.error.choose", code);
            return;
        }
        try {
            int moved = reassignment.reassign(loadedFor, code, target, access.user().username());
            AdminMessages.info("catalogs.replaced.moved", moved, code, target);
            load();
        } catch (PortalException e) {
            AdminMessages.errorText(FORM, CatalogProblems.text(e.getMessage()));
        } catch (RuntimeException e) {
            AdminMessages.unexpected(e, FORM);
        }
    }

    public Map<String, String> getChoice() {
        return choice;
    }
}
