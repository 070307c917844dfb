package vn.portal.kernel.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.identity.AccountAdmin;
import vn.portal.kernel.core.identity.UserAccount;
import vn.portal.kernel.core.identity.UserStore;

/** The users page: accounts, their lock and status, one-time passwords, export and erasure. */
@Named
@ViewScoped
public class UsersBean extends GuardedPage {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UsersBean.class.getName());
    static final String TABLE = "usersForm";
    static final String FORM = "userForm";
    static final String DELETE_FORM = "deleteForm";
    /** The same check {@link AccountAdmin#createUser} makes; the profile update itself does not check. */
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    @Inject
    UserStore users;
    @Inject
    AccountAdmin admin;
    @Inject
    AdminAccess access;
    @Inject
    SessionRegistry sessions;

    private String show = "all";
    private String query;
    private List<UserRow> rows = List.of();
    private UserForm form = new UserForm();
    private String selectedId;
    private String selectedName;
    /** A one-time password on its single way to the screen; forgotten when its dialog closes. */
    private String secretUser;
    private String secret;

    @PostConstruct
    void init() {
        allowed = access.isUserManage();
        if (allowed) {
            refresh();
        }
    }

    public void refresh() {
        if (!access.isUserManage()) {
            rows = List.of();
            return;
        }
        String me = access.user().id();
        Instant cutoff = Instant.now().minus(Duration.ofDays(access.inactiveDays()));
        List<UserAccount> list = "inactive".equals(show) ? users.inactiveSince(cutoff) : users.all();
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        rows = list.stream()
                .filter(u -> !"locked".equals(show) || u.locked())
                .filter(u -> q.isEmpty() || contains(u.username(), q) || contains(u.displayName(), q) || contains(u.email(), q))
                .map(u -> new UserRow(u, me)).toList();
    }

    private static boolean contains(String field, String q) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(q);
    }

    public void create() {
        form = new UserForm();
    }

    public void edit(String id) {
        users.byId(id).ifPresent(u -> form = UserForm.of(u));
    }

    public void save() {
        if (AdminAccess.deny(access.isUserManage(), FORM)) {
            return;
        }
        try {
            if (form.isCreating()) {
                AccountAdmin.NewAccount created = admin.createUser(form.getUsername(), form.getDisplayName(), form.getEmail());
                reveal(created.user().username(), created.temporaryPassword());
                AdminMessages.info("user.created", created.user().username());
            } else {
                String email = form.getEmail() == null ? "" : form.getEmail().trim();
                if (!email.isEmpty() && !email.matches(EMAIL)) {
                    throw PortalException.invalid("The user has invalid fields", Map.of("email", "not an e-mail address"));
                }
                if (form.getDisplayName() == null || form.getDisplayName().isBlank()) {
                    throw PortalException.invalid("The user has invalid fields", Map.of("displayName", "required"));
                }
                UserAccount u = admin.updateUser(form.getId(), form.getDisplayName(), email);
                AdminMessages.info("user.updated", u.username());
            }
            refresh();
        } catch (PortalException e) {
            if (e.kind() == PortalException.Kind.CONFLICT && e.fieldErrors().isEmpty()) {
                // the only conflict on create is a user name that is taken
                AdminMessages.failure(PortalException.invalid(e.getMessage(), Map.of("username", "already used")), FORM, "user");
            } else {
                AdminMessages.failure(e, FORM, "user");
            }
        } catch (RuntimeException e) {
            AdminMessages.unexpected(e, FORM);
        }
    }

    public void unlock(String id) {
        act(() -> {
            UserAccount u = admin.unlock(id);
            AdminMessages.info("user.unlocked", u.username());
        });
    }

    public void setEnabled(String id, boolean enabled) {
        act(() -> {
            if (!enabled && id.equals(access.user().id())) {
                AdminMessages.error(TABLE, "user.error.self");
                return;
            }
            UserAccount u = admin.setEnabled(id, enabled);
            // a disabled account must not keep working in a session opened earlier
            int ended = enabled ? 0 : sessions.endAllOf(id);
            AdminMessages.info(enabled ? "user.enabled" : "user.disabled", u.username(), ended);
        });
    }

    /** Remembers the row a confirmation dialog is about. */
    public void select(String id) {
        selectedId = id;
        selectedName = users.byId(id).map(u -> u.displayName() + " (" + u.username() + ")").orElse(id);
    }

    public void resetPassword() {
        act(() -> {
            String temporary = admin.resetPassword(selectedId);
            String name = users.byId(selectedId).map(UserAccount::username).orElse(selectedId);
            reveal(name, temporary);
            AdminMessages.info("user.resetDone", name);
        });
    }

    public void anonymise() {
        if (AdminAccess.deny(access.isUserManage(), DELETE_FORM)) {
            return;
        }
        try {
            if (selectedId.equals(access.user().id())) {
                AdminMessages.error(DELETE_FORM, "user.error.self");
                jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
                return;
            }
            UserAccount u = admin.anonymise(selectedId);
            sessions.endAllOf(selectedId);
            LOG.info("[admin] user " + selectedId + " anonymised by '" + AdminUserBean.currentUsername() + "'");
            AdminMessages.info("user.anonymised", u.username());
            // the erased name must not linger in the dialog or the view state either
            selectedId = null;
            selectedName = null;
            refresh();
        } catch (PortalException e) {
            AdminMessages.failure(e, DELETE_FORM, "user.delete");
        } catch (RuntimeException e) {
            AdminMessages.unexpected(e, DELETE_FORM);
        }
    }

    /** Everything kept about the person, as a JSON file (Law 91/2025: a person's access to their data). */
    public StreamedContent export(String id) {
        if (AdminAccess.deny(access.isUserManage(), TABLE)) {
            return null;
        }
        Map<String, Object> data = admin.export(id);
        String name = users.byId(id).map(UserAccount::username).orElse(id);
        byte[] json;
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            json = jsonb.toJson(data).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the export: " + e.getMessage(), e);
        }
        return DefaultStreamedContent.builder().name("du-lieu-" + name.replaceAll("[^a-z0-9._-]", "_") + ".json")
                .contentType("application/json;charset=UTF-8").contentLength((long) json.length)
                .stream(() -> new ByteArrayInputStream(json)).build();
    }

    private void reveal(String username, String password) {
        secretUser = username;
        secret = password;
        PrimeFaces.current().ajax().addCallbackParam("secret", true);
    }

    public void forgetSecret() {
        secretUser = null;
        secret = null;
    }

    /** A row action: permission first, then any refusal shown above the table. */
    private void act(Runnable action) {
        if (AdminAccess.deny(access.isUserManage(), TABLE)) {
            return;
        }
        try {
            action.run();
        } catch (PortalException e) {
            AdminMessages.failure(e, TABLE, "user");
        } catch (RuntimeException e) {
            AdminMessages.unexpected(e, TABLE);
        }
        refresh();
    }

    public List<UserRow> getRows() {
        return rows;
    }

    public UserForm getForm() {
        return form;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = List.of("all", "locked", "inactive").contains(show) ? show : "all";
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getInactiveLabel() {
        return AdminMessages.text("users.show.inactive", access.inactiveDays());
    }

    public String getSelectedName() {
        return selectedName;
    }

    public String getSecretUser() {
        return secretUser;
    }

    public String getSecret() {
        return secret;
    }
}
