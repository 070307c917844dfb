package vn.portal.kernel.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.identity.AccessStore;
import vn.portal.kernel.core.identity.AccountAdmin;

/** Roles and their permission patterns; built-in roles are shown, custom ones edited. */
@Named
@ViewScoped
public class RolesBean extends GuardedPage {

    private static final long serialVersionUID = 1L;
    static final String FORM = "roleForm";
    /** The rules of {@link AccountAdmin#saveRole}, repeated so that all problems show together. */
    private static final String NAME = "[a-z][a-z0-9-]{1,59}";
    private static final String PATTERN = "[a-z0-9*,._{}-]+(:[a-z0-9*,._{}-]+){0,2}";

    @Inject
    AccessStore access;
    @Inject
    AccountAdmin admin;
    @Inject
    AdminAccess permissions;
    @Inject
    LocaleBean locale;

    private List<Row> rows = List.of();
    private boolean creating;
    private String name;
    private String labelVi;
    private String labelEn;
    private String patterns;

    /** A role as a table row: {@link AccessStore.Role} is a record, which EL cannot read. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final String label;
        private final List<String> permissions;
        private final boolean builtin;

        Row(AccessStore.Role r, boolean english) {
            this.name = r.name();
            this.label = english && r.labelEn() != null && !r.labelEn().isBlank() ? r.labelEn() : r.labelVi();
            this.permissions = List.copyOf(r.permissions());
            this.builtin = r.builtin();
        }

        public String getName() {
            return name;
        }

        public String getLabel() {
            return label;
        }

        public List<String> getPermissions() {
            return permissions;
        }

        public boolean isBuiltin() {
            return builtin;
        }
    }

    @PostConstruct
    void init() {
        allowed = permissions.isRoleManage();
        if (allowed) {
            refresh();
        }
    }

    private void refresh() {
        rows = access.roles().stream().map(r -> new Row(r, locale.isEnglish())).toList();
    }

    public void create() {
        creating = true;
        name = labelVi = labelEn = patterns = null;
    }

    public void edit(String role) {
        access.role(role).filter(r -> !r.builtin()).ifPresent(r -> {
            creating = false;
            name = r.name();
            labelVi = r.labelVi();
            labelEn = r.labelEn();
            patterns = String.join("\n", r.permissions());
        });
    }

    public void save() {
        if (AdminAccess.deny(permissions.isRoleManage(), FORM)) {
            return;
        }
        try {
            String key = name == null ? null : name.trim();
            List<String> list = patterns == null ? List.of() : Arrays.stream(patterns.split("\\R")).map(String::trim)
                    .filter(p -> !p.isEmpty()).toList();
            // the service stops at the first problem; checking here shows every field's at once
            Map<String, String> errors = new LinkedHashMap<>();
            if (key == null || !key.matches(NAME)) {
                errors.put("name", "invalid");
            } else if (creating && access.role(key).isPresent()) {
                // saveRole overwrites a custom role of the same name: only an edit may do that
                errors.put("name", "already used");
            }
            if (labelVi == null || labelVi.isBlank()) {
                errors.put("labelVi", "required");
            }
            if (list.isEmpty() || list.stream().anyMatch(p -> !p.matches(PATTERN))) {
                errors.put("permissions", "invalid");
            }
            if (!errors.isEmpty()) {
                throw PortalException.invalid("The role has invalid fields", errors);
            }
            AccessStore.Role r = admin.saveRole(key, labelVi.trim(), labelEn == null || labelEn.isBlank() ? null
                    : labelEn.trim(), list);
            AdminMessages.info(creating ? "role.created" : "role.updated", r.name());
            refresh();
        } catch (PortalException e) {
            AdminMessages.failure(e, FORM, "role");
        } catch (RuntimeException e) {
            AdminMessages.unexpected(e, FORM);
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isCreating() {
        return creating;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getPatterns() {
        return patterns;
    }

    public void setPatterns(String patterns) {
        this.patterns = patterns;
    }
}
