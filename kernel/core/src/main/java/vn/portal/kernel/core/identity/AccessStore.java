package vn.portal.kernel.core.identity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import vn.portal.kernel.core.common.Jdbc;
import vn.portal.kernel.core.persistence.PortalDataSourceDefinition;

/** Roles, groups, memberships and grants. */
@ApplicationScoped
public class AccessStore {

    /** A role: a named set of permission patterns; {@code {site}} stands for the granted site(s). */
    public record Role(String name, String labelVi, String labelEn, List<String> permissions, boolean builtin) {
    }

    /** A group of users. */
    public record Group(String id, String name, String description) {
    }

    /**
     * A role given to a user or group, everywhere ({@code siteKey} null) or on one site,
     * and with {@code inherit} also on every site below it.
     */
    public record Grant(String id, String principalType, String principalId, String role, String siteKey,
            boolean inherit, String createdBy, Instant createdAt) {
    }

    @Resource(lookup = PortalDataSourceDefinition.JNDI_NAME)
    DataSource dataSource;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource);
    }

    public List<Role> roles() {
        return jdbc.query("SELECT role_name, label_vi, label_en, permissions, builtin FROM kernel_role ORDER BY role_name",
                rs -> new Role(rs.getString(1), rs.getString(2), rs.getString(3), lines(rs.getString(4)), rs.getBoolean(5)));
    }

    public Optional<Role> role(String name) {
        return roles().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public void saveRole(Role role) {
        String perms = String.join("\n", role.permissions());
        if (jdbc.update("UPDATE kernel_role SET label_vi = ?, label_en = ?, permissions = ? WHERE role_name = ?",
                role.labelVi(), role.labelEn(), perms, role.name()) == 0) {
            jdbc.update("INSERT INTO kernel_role (role_name, label_vi, label_en, permissions, builtin) VALUES (?, ?, ?, ?, ?)",
                    role.name(), role.labelVi(), role.labelEn(), perms, false);
        }
    }

    public List<Group> groups() {
        return jdbc.query("SELECT group_id, name, description FROM kernel_group ORDER BY name",
                rs -> new Group(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    public Optional<Group> group(String id) {
        return jdbc.one("SELECT group_id, name, description FROM kernel_group WHERE group_id = ?",
                rs -> new Group(rs.getString(1), rs.getString(2), rs.getString(3)), id);
    }

    public Group createGroup(String name, String description) {
        String id = "grp-" + UUID.randomUUID();
        jdbc.update("INSERT INTO kernel_group (group_id, name, description, created_at) VALUES (?, ?, ?, ?)", id, name,
                description, Instant.now());
        return new Group(id, name, description);
    }

    public void addMember(String groupId, String userId) {
        if (!members(groupId).contains(userId)) {
            jdbc.update("INSERT INTO kernel_group_member (group_id, user_id) VALUES (?, ?)", groupId, userId);
        }
    }

    public void removeMember(String groupId, String userId) {
        jdbc.update("DELETE FROM kernel_group_member WHERE group_id = ? AND user_id = ?", groupId, userId);
    }

    public List<String> members(String groupId) {
        return jdbc.query("SELECT user_id FROM kernel_group_member WHERE group_id = ? ORDER BY user_id", rs -> rs.getString(1),
                groupId);
    }

    public List<String> groupsOf(String userId) {
        return jdbc.query("SELECT group_id FROM kernel_group_member WHERE user_id = ?", rs -> rs.getString(1), userId);
    }

    public List<Grant> grants() {
        return jdbc.query("SELECT * FROM kernel_grant ORDER BY created_at", AccessStore::grant);
    }

    public Optional<Grant> grant(String id) {
        return jdbc.one("SELECT * FROM kernel_grant WHERE grant_id = ?", AccessStore::grant, id);
    }

    /** Grants held by the user directly and through the groups it belongs to. */
    public List<Grant> grantsOf(String userId) {
        return jdbc.query("SELECT * FROM kernel_grant WHERE (principal_type = 'USER' AND principal_id = ?) OR"
                + " (principal_type = 'GROUP' AND principal_id IN (SELECT group_id FROM kernel_group_member WHERE user_id = ?))",
                AccessStore::grant, userId, userId);
    }

    public Grant addGrant(String principalType, String principalId, String role, String siteKey, boolean inherit,
            String createdBy) {
        String id = "g-" + UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.update("INSERT INTO kernel_grant (grant_id, principal_type, principal_id, role_name, site_key, inherit,"
                + " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, principalType, principalId, role, siteKey,
                inherit, createdBy, now);
        return new Grant(id, principalType, principalId, role, siteKey, inherit, createdBy, now);
    }

    public boolean removeGrant(String id) {
        return jdbc.update("DELETE FROM kernel_grant WHERE grant_id = ?", id) > 0;
    }

    private static Grant grant(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Grant(rs.getString("grant_id"), rs.getString("principal_type"), rs.getString("principal_id"),
                rs.getString("role_name"), rs.getString("site_key"), rs.getBoolean("inherit"), rs.getString("created_by"),
                Jdbc.instant(rs, "created_at"));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
