package vn.portal.kernel.core.admin;

import java.io.Serializable;
import java.util.List;
import vn.portal.kernel.core.catalog.CatalogReassignment;

/** An ended entry that is still referred to, with its successors and what refers to it. */
public final class CatalogReplacedRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A successor; only one valid today can receive the references. */
    public static final class Successor implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String label;
        private final boolean current;

        Successor(String code, String label, boolean current) {
            this.code = code;
            this.label = label;
            this.current = current;
        }

        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }

        public boolean isCurrent() {
            return current;
        }
    }

    /** Something that names the ended code: a site, or a plugin's item. */
    public static final class Reference implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String kind;
        private final String label;
        private final String siteKey;
        private final String owner;

        Reference(CatalogReassignment.Found f) {
            this.kind = f.reference().kind();
            this.label = f.reference().label();
            this.siteKey = f.reference().siteKey();
            this.owner = f.owner();
        }

        /** "site" for the kernel's sites, else what the plugin calls its item. */
        public String getKind() {
            return kind;
        }

        public String getLabel() {
            return label;
        }

        public String getSiteKey() {
            return siteKey;
        }

        /** The plugin that answers for it, or "kernel". */
        public String getOwner() {
            return owner;
        }
    }

    private final CatalogEntryRow entry;
    private final List<Successor> successors;
    private final List<Reference> references;

    CatalogReplacedRow(CatalogEntryRow entry, List<Successor> successors, List<CatalogReassignment.Found> found) {
        this.entry = entry;
        this.successors = List.copyOf(successors);
        this.references = found.stream().map(Reference::new).toList();
    }

    public CatalogEntryRow getEntry() {
        return entry;
    }

    public List<Successor> getSuccessors() {
        return successors;
    }

    /** The successors that can receive the references (valid today). */
    public List<Successor> getCurrentSuccessors() {
        return successors.stream().filter(Successor::isCurrent).toList();
    }

    public List<Reference> getReferences() {
        return references;
    }
}
