package vn.portal.plugins.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An item's history in the editor: its revisions (every save), two of them side by side
 * field by field with the changed ones marked, and its workflow steps.
 */
public class EditorRevisions {

    private final EditorModel model;
    private List<Revision> revisions = List.of();
    private List<Step> steps = List.of();
    private List<Change> changes = List.of();
    private Integer from;
    private Integer to;
    private int latest = -1;
    private String itemId;
    private Map<Integer, ContentRevision> loaded = Map.of();

    EditorRevisions(EditorModel model) {
        this.model = model;
    }

    void load(String itemId) {
        List<ContentRevision> all = model.service().revisions(model.site(), itemId);
        Map<Integer, ContentRevision> byNumber = new java.util.HashMap<>();
        all.forEach(r -> byNumber.put(r.revision, r));
        loaded = byNumber;
        int latest = all.isEmpty() ? 0 : all.get(0).revision;
        revisions = all.stream().map(r -> new Revision(r, r.revision == latest, model.texts())).toList();
        steps = model.service().transitions(model.site(), itemId).stream().map(t -> new Step(t, model.texts())).toList();
        if (latest != this.latest || !itemId.equals(this.itemId) || !byNumber.containsKey(from)
                || !byNumber.containsKey(to)) {
            // a new revision (or another item): the latest against the one before
            to = latest;
            from = Math.max(1, latest - 1);
        }
        this.latest = latest;
        this.itemId = itemId;
        changes = List.of();
    }

    /** Both revisions, field by field: title, address, summary, then the type's fields in order. */
    public void compare() {
        ContentRevision a = loaded.get(from);
        ContentRevision b = loaded.get(to);
        if (a == null || b == null) {
            changes = List.of();
            return;
        }
        ContentType type = model.form() == null ? null : model.form().type();
        EditorTexts t = model.texts();
        List<Change> out = new ArrayList<>();
        out.add(new Change(t.text("form.title"), a.title, b.title, null));
        out.add(new Change(t.text("form.slug"), a.slug, b.slug, null));
        out.add(new Change(t.text("form.summary"), a.summary, b.summary, null));
        Map<String, Object> fa = ContentService.fieldsOf(a.fields);
        Map<String, Object> fb = ContentService.fieldsOf(b.fields);
        Set<String> names = new LinkedHashSet<>();
        if (type != null) {
            type.fields().forEach(f -> names.add(f.name()));
        }
        names.addAll(fa.keySet());
        names.addAll(fb.keySet());
        for (String name : names) {
            ContentType.Field f = type == null ? null : type.field(name);
            String label = f == null ? name : t.english() ? f.labelEn() : f.labelVi();
            String kind = f == null ? "text" : f.kind();
            out.add(new Change(label, show(fa.get(name), kind), show(fb.get(name), kind),
                    "image".equals(kind) ? model.getSiteKey() : null).raw(fa.get(name), fb.get(name)));
        }
        changes = out;
    }

    /** Rich text is compared as the text a reader sees; the markup is in the saved revision. */
    private String show(Object v, String kind) {
        if (v == null) {
            return null;
        }
        return "richtext".equals(kind) ? model.context().richText().text(v.toString()) : v.toString();
    }

    public List<Revision> getRevisions() {
        return revisions;
    }

    public List<Step> getSteps() {
        return steps;
    }

    public List<Change> getChanges() {
        return changes;
    }

    public boolean isCompared() {
        return !changes.isEmpty();
    }

    public int getChangedCount() {
        return (int) changes.stream().filter(Change::isChanged).count();
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    /** One saved state. */
    public static class Revision {
        private final int number;
        private final String author;
        private final String at;
        private final String note;
        private final boolean latest;

        Revision(ContentRevision r, boolean latest, EditorTexts t) {
            this.number = r.revision;
            this.author = r.author;
            this.at = t.when(r.createdAt);
            this.note = r.note;
            this.latest = latest;
        }

        public int getNumber() {
            return number;
        }

        public String getAuthor() {
            return author;
        }

        public String getAt() {
            return at;
        }

        public String getNote() {
            return note;
        }

        public boolean isLatest() {
            return latest;
        }
    }

    /** One field in both revisions. */
    public static class Change {
        private final String label;
        private final String before;
        private final String after;
        private final String imageSite;
        private boolean changed;

        Change(String label, String before, String after, String imageSite) {
            this.label = label;
            this.before = before;
            this.after = after;
            this.imageSite = imageSite;
            this.changed = !Objects.equals(blank(before), blank(after));
        }

        /** Changed is decided on the stored values (markup included), not on what is shown. */
        Change raw(Object a, Object b) {
            this.changed = !Objects.equals(blank(a == null ? null : a.toString()), blank(b == null ? null : b.toString()));
            return this;
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s;
        }

        public String getLabel() {
            return label;
        }

        public String getBefore() {
            return before;
        }

        public String getAfter() {
            return after;
        }

        public boolean isChanged() {
            return changed;
        }

        public boolean isImage() {
            return imageSite != null;
        }

        public String getBeforeUrl() {
            return before == null ? null : "/api/v1/content/media/" + before + "?site=" + imageSite;
        }

        public String getAfterUrl() {
            return after == null ? null : "/api/v1/content/media/" + after + "?site=" + imageSite;
        }
    }

    /** One workflow step: who moved the item, from where to where, and why. */
    public static class Step {
        private final String at;
        private final String actor;
        private final String action;
        private final String from;
        private final String to;
        private final String note;

        Step(ContentTransition t, EditorTexts texts) {
            this.at = texts.when(t.at);
            this.actor = t.actor;
            this.action = texts.action(t.action);
            this.from = texts.status(t.fromStatus);
            this.to = texts.status(t.toStatus);
            this.note = t.note;
        }

        public String getAt() {
            return at;
        }

        public String getActor() {
            return actor;
        }

        public String getAction() {
            return action;
        }

        public String getFrom() {
            return from;
        }

        public String getTo() {
            return to;
        }

        public String getNote() {
            return note;
        }
    }
}
