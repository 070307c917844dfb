package vn.portal.kernel.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.portal.kernel.core.common.PortalException;
import vn.portal.kernel.core.identity.AccessStore;
import vn.portal.kernel.core.identity.AccountAdmin;
import vn.portal.kernel.core.identity.UserAccount;
import vn.portal.kernel.core.identity.UserStore;

/** Groups of users and their members; needs {@code kernel:user-manage}, as the REST API does. */
@Named
@ViewScoped
public class GroupsBean extends GuardedPage {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "groupsForm";
    static final String FORM = "groupForm";
    static final String MEMBERS_FORM = "membersForm";

    @Inject
    AccessStore access;
    @Inject
    AccountAdmin admin;
    @Inject
    UserStore users;
    @Inject
    AdminAccess permissions;
    @Inject
    LocaleBean locale;

    private List<Item> rows = List.of();
    private String name;
    private String description;
    private String groupId;
    private String groupName;
    private List<Item> members = List.of();
    private List<Item> candidates = List.of();
    private String newMember;

    /** A group (id, name, description, member count) or a member (id, user name, display name). */
    public static final class Item implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final String name;
        private final String detail;
        private final int count;

        Item(String id, String name, String detail, int count) {
            this.id = id;
            this.name = name;
            this.detail = detail;
            this.count = count;
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getDetail() {
            return detail;
        }

        public int getCount() {
            return count;
        }
    }

    @PostConstruct
    void init() {
        allowed = permissions.isUserManage();
        if (allowed) {
            refresh();
        }
    }

    private void refresh() {
        rows = access.groups().stream()
                .map(g -> new Item(g.id(), g.name(), g.description(), access.members(g.id()).size())).toList();
    }

    public void prepareCreate() {
        name = null;
        description = null;
    }

    public void create() {
        if (AdminAccess.deny(permissions.isUserManage(), FORM)) {
            return;
        }
        try {
            AccessStore.Group g = admin.createGroup(name, description == null || description.isBlank() ? null
                    : description.trim());
            AdminMessages.info("group.created", g.name());
            refresh();
        } catch (PortalException e) {
            if (e.kind() == PortalException.Kind.CONFLICT) {
                AdminMessages.failure(PortalException.invalid(e.getMessage(), Map.of("name", "already used")), FORM, "group");
            } else {
                AdminMessages.failure(e, FORM, "group");
            }
        } catch (RuntimeException e) {
            AdminMessages.unexpected(e, FORM);
        }
    }

    public void open(String id) {
        groupId = id;
        newMember = null;
        loadMembers();
    }

    private void loadMembers() {
        groupName = access.group(groupId).map(AccessStore.Group::name).orElse(groupId);
        Map<String, UserAccount> byId = users.all().stream().collect(Collectors.toMap(UserAccount::id, Function.identity()));
        Set<String> in = Set.copyOf(access.members(groupId));
        Collator collator = Collator.getInstance(locale.getLocale());
        members = in.stream().map(byId::get).filter(u -> u != null)
                .map(u -> new Item(u.id(), u.username(), u.displayName(), 0))
                .sorted(Comparator.comparing(Item::getDetail, collator)).toList();
        // people who can still be added: existing, not erased, not already in
        candidates = byId.values().stream().filter(u -> !u.anonymised() && !in.contains(u.id()))
                .map(u -> new Item(u.id(), u.username(), u.displayName(), 0))
                .sorted(Comparator.comparing(Item::getDetail, collator)).toList();
    }

    public void addMember() {
        if (newMember == null || newMember.isBlank()) {
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            AdminMessages.error(MEMBERS_FORM + ":newMember", "group.error.member");
            return;
        }
        setMember(newMember, true);
        newMember = null;
    }

    public void removeMember(String userId) {
        setMember(userId, false);
    }

    private void setMember(String userId, boolean member) {
        if (AdminAccess.deny(permissions.isUserManage(), MEMBERS_FORM)) {
            return;
        }
        try {
            admin.setMember(groupId, userId, member);
            String who = users.byId(userId).map(UserAccount::username).orElse(userId);
            AdminMessages.infoFor(MEMBERS_FORM, member ? "group.member.added" : "group.member.removed", who, groupName);
        } catch (PortalException e) {
            AdminMessages.failure(e, MEMBERS_FORM, "group");
        } catch (RuntimeException e) {
            AdminMessages.unexpected(e, MEMBERS_FORM);
        }
        loadMembers();
        refresh();
    }

    public List<Item> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getGroupName() {
        return groupName;
    }

    public List<Item> getMembers() {
        return members;
    }

    public List<Item> getCandidates() {
        return candidates;
    }

    public String getNewMember() {
        return newMember;
    }

    public void setNewMember(String newMember) {
        this.newMember = newMember;
    }
}
