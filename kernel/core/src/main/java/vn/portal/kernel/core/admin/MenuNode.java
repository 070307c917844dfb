package vn.portal.kernel.core.admin;

import java.io.Serializable;
import vn.portal.kernel.core.site.MenuItem;

/** A menu entry in the admin tree (Faces EL needs getters, not record accessors). */
public class MenuNode implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private String labelVi;
    private String labelEn;
    private String target;
    private final boolean english;

    MenuNode(String key, String labelVi, String labelEn, String target, boolean english) {
        this.key = key;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.target = target;
        this.english = english;
    }

    static MenuNode of(MenuItem e, boolean english) {
        return new MenuNode(null, e.labelVi(), e.labelEn(), e.target(), english);
    }

    MenuItem toItem(java.util.List<MenuItem> children) {
        return isRequired() ? new MenuItem(key, true, labelVi, labelEn, target, null)
                : MenuItem.own(labelVi, labelEn, target, children);
    }

    /** One of the four required entries: shown, never changed here. */
    public boolean isRequired() {
        return key != null;
    }

    public String getKey() {
        return key;
    }

    /** The label in the administrator's language. */
    public String getLabel() {
        return english && labelEn != null && !labelEn.isBlank() ? labelEn : labelVi;
    }

    public String getLabelVi() {
        return labelVi;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getTarget() {
        return target;
    }

    public boolean isExternal() {
        return target != null && !target.startsWith("/");
    }

    void set(String labelVi, String labelEn, String target) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.target = target;
    }
}
