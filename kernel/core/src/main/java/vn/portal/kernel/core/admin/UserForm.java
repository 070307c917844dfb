package vn.portal.kernel.core.admin;

import java.io.Serializable;
import vn.portal.kernel.core.identity.UserAccount;

/** What the user dialog edits; kept in the view so a failed save keeps what was typed. */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private String username;
    private String displayName;
    private String email;

    static UserForm of(UserAccount u) {
        UserForm f = new UserForm();
        f.id = u.id();
        f.username = u.username();
        f.displayName = u.displayName();
        f.email = u.email();
        return f;
    }

    public boolean isCreating() {
        return id == null;
    }

    public String getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
