package vn.portal.kernel.core.admin;

import java.io.Serializable;

/**
 * What a node of the catalog tree stands for: an entry, the "more…" node that loads the next
 * page of a big level, the placeholder that makes an unloaded node expandable, or the note
 * that the top level is cut off.
 */
public final class CatalogNode implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Tree node types, as the view's p:treeNode type attributes name them. */
    static final String ENTRY = "entry";
    static final String MORE = "more";
    static final String LOADING = "loading";
    static final String CUT = "cut";

    private final String code;
    private final String label;
    /** For MORE: where the next page of the parent's children starts. */
    private final int offset;

    private CatalogNode(String code, String label, int offset) {
        this.code = code;
        this.label = label;
        this.offset = offset;
    }

    static CatalogNode entry(CatalogEntryRow e) {
        return new CatalogNode(e.getCode(), e.getName(), 0);
    }

    static CatalogNode more(int offset) {
        return new CatalogNode(null, null, offset);
    }

    static CatalogNode placeholder() {
        return new CatalogNode(null, null, 0);
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    int offset() {
        return offset;
    }
}
