package vn.portal.kernel.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.core.audit.AuditLog;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.site.SiteService;

/**
 * Administration of users, groups and grants. Every change is audited and drops the
 * cached permissions. Callers check the administrator's permission first.
 */
@ApplicationScoped
public class AccountAdmin {

    /** A new account and, when the administrator did not choose one, its one-time password. */
    public record NewAccount(UserAccount user, String temporaryPassword) {
    }

    @Inject
    UserStore users;
    @Inject
    AccessStore access;
    @Inject
    LocalIdentity identity;
    @Inject
    SiteService sites;
    @Inject
    AuditLog audit;

    @Transactional
    public NewAccount createUser(String username, String displayName, String email) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (username == null || !username.trim().toLowerCase().matches("[a-z0-9][a-z0-9._@-]{1,99}")) {
            errors.put("username", "2-100 characters: letters, digits, '.', '_', '-', '@'");
        } else if (users.byUsername(username).isPresent()) {
            throw new PortalException(PortalException.Kind.CONFLICT, "User name '" + username + "' is taken");
        }
        if (displayName == null || displayName.isBlank()) {
            errors.put("displayName", "required");
        }
        if (email != null && !email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "not an e-mail address");
        }
        if (!errors.isEmpty()) {
            throw PortalException.invalid("The user has invalid fields", errors);
        }
        String temporary = PasswordHasher.generate() + "-Aa1";
        UserAccount u = users.create(username, displayName.trim(), email == null || email.isBlank() ? null : email.trim(),
                Passwords.hash(temporary.toCharArray()), true);
        audit.record("user.created", u.id(), null, null, "username=" + u.username());
        return new NewAccount(u, temporary);
    }

    @Transactional
    public UserAccount updateUser(String id, String displayName, String email) {
        UserAccount before = user(id);
        if (email != null && !email.isBlank() && !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw PortalException.invalid("The user has invalid fields", Map.of("email", "not an e-mail address"));
        }
        users.updateProfile(id, displayName == null || displayName.isBlank() ? before.displayName() : displayName.trim(),
                email == null || email.isBlank() ? null : email.trim());
        audit.record("user.updated", id, null, null, "before: " + before.displayName() + " <" + before.email() + ">");
        return user(id);
    }

    @Transactional
    public UserAccount unlock(String id) {
        user(id);
        users.unlock(id);
        audit.record("user.unlocked", id, null, null, null);
        return user(id);
    }

    @Transactional
    public UserAccount setEnabled(String id, boolean enabled) {
        user(id);
        users.setStatus(id, enabled ? "ACTIVE" : "DISABLED");
        audit.record(enabled ? "user.enabled" : "user.disabled", id, null, null, null);
        return user(id);
    }

    /** A new one-time password the user must change at the next sign-in. */
    @Transactional
    public String resetPassword(String id) {
        user(id);
        String temporary = PasswordHasher.generate() + "-Aa1";
        users.setPassword(id, Passwords.hash(temporary.toCharArray()), true);
        audit.record("user.password-reset", id, null, null, null);
        return temporary;
    }

    /** Everything the portal keeps about a person (Law 91/2025: access to one's data). */
    public Map<String, Object> export(String id) {
        UserAccount u = user(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("account", u);
        out.put("groups", access.groupsOf(id).stream().map(g -> access.group(g).orElse(null)).toList());
        out.put("grants", access.grantsOf(id));
        out.put("exportedAt", Instant.now());
        audit.record("user.exported", id, null, null, null);
        return out;
    }

    /** Deletes the person's data; the row stays under a pseudonym so audit records still point somewhere. */
    @Transactional
    public UserAccount anonymise(String id) {
        UserAccount u = user(id);
        if (u.username().equals(identity.adminUsername())) {
            throw new PortalException(PortalException.Kind.CONFLICT, "The first administrator cannot be deleted");
        }
        String pseudonym = "deleted-" + id.substring(Math.max(0, id.length() - 12));
        users.anonymise(id, pseudonym);
        for (AccessStore.Grant g : access.grants()) {
            if (g.principalType().equals("USER") && g.principalId().equals(id)) {
                access.removeGrant(g.id());
            }
        }
        identity.permissionsChanged();
        audit.record("user.anonymised", id, null, null, "pseudonym=" + pseudonym);
        return user(id);
    }

    @Transactional
    public AccessStore.Group createGroup(String name, String description) {
        if (name == null || name.isBlank()) {
            throw PortalException.invalid("A group needs a name", Map.of("name", "required"));
        }
        if (access.groups().stream().anyMatch(g -> g.name().equalsIgnoreCase(name.trim()))) {
            throw new PortalException(PortalException.Kind.CONFLICT, "Group '" + name + "' exists");
        }
        AccessStore.Group g = access.createGroup(name.trim(), description);
        audit.record("group.created", g.id(), null, null, "name=" + g.name());
        return g;
    }

    @Transactional
    public void setMember(String groupId, String userId, boolean member) {
        access.group(groupId).orElseThrow(() -> PortalException.notFound("No group '" + groupId + "'"));
        user(userId);
        if (member) {
            access.addMember(groupId, userId);
        } else {
            access.removeMember(groupId, userId);
        }
        identity.permissionsChanged();
        audit.record(member ? "group.member-added" : "group.member-removed", groupId, null, null, "user=" + userId);
    }

    @Transactional
    public AccessStore.Role saveRole(String name, String labelVi, String labelEn, List<String> permissions) {
        if (name == null || !name.matches("[a-z][a-z0-9-]{1,59}")) {
            throw PortalException.invalid("Role names are lower-case words with '-'", Map.of("name", "e.g. commune-editor"));
        }
        if (access.role(name).map(AccessStore.Role::builtin).orElse(false)) {
            throw new PortalException(PortalException.Kind.CONFLICT, "Built-in role '" + name + "' cannot be changed");
        }
        if (permissions == null || permissions.isEmpty() || permissions.stream()
                .anyMatch(p -> p == null || !p.matches("[a-z0-9*,._{}-]+(:[a-z0-9*,._{}-]+){0,2}"))) {
            throw PortalException.invalid("Permissions are patterns like content:edit:{site}",
                    Map.of("permissions", "one or more <plugin>:<action>:<site> patterns"));
        }
        AccessStore.Role role = new AccessStore.Role(name, labelVi == null ? name : labelVi, labelEn, permissions, false);
        access.saveRole(role);
        identity.permissionsChanged();
        audit.record("role.saved", name, null, null, String.join(" ", permissions));
        return role;
    }

    @Transactional
    public AccessStore.Grant grant(String principalType, String principalId, String role, String siteKey, boolean inherit,
            String by) {
        Map<String, String> errors = new LinkedHashMap<>();
        if ("USER".equals(principalType)) {
            if (users.byId(principalId).isEmpty()) {
                errors.put("principalId", "no user '" + principalId + "'");
            }
        } else if ("GROUP".equals(principalType)) {
            if (access.group(principalId).isEmpty()) {
                errors.put("principalId", "no group '" + principalId + "'");
            }
        } else {
            errors.put("principalType", "USER or GROUP");
        }
        if (access.role(role).isEmpty()) {
            errors.put("role", "no role '" + role + "'");
        }
        if (siteKey != null && sites.find(siteKey).isEmpty()) {
            errors.put("site", "no site '" + siteKey + "'");
        }
        if (!errors.isEmpty()) {
            throw PortalException.invalid("The grant has invalid fields", errors);
        }
        AccessStore.Grant g = access.addGrant(principalType, principalId, role, siteKey, inherit, by);
        identity.permissionsChanged();
        audit.record("grant.added", g.id(), siteKey, null, principalType + " " + principalId + " → " + role
                + (siteKey == null ? " everywhere" : " on " + siteKey + (inherit ? " and below" : "")));
        return g;
    }

    @Transactional
    public void revoke(String grantId) {
        AccessStore.Grant g = access.grant(grantId).orElseThrow(() -> PortalException.notFound("No grant '" + grantId + "'"));
        access.removeGrant(grantId);
        identity.permissionsChanged();
        audit.record("grant.removed", grantId, g.siteKey(), null, g.principalType() + " " + g.principalId() + " → " + g.role());
    }

    private UserAccount user(String id) {
        return users.byId(id).orElseThrow(() -> PortalException.notFound("No user '" + id + "'"));
    }
}
