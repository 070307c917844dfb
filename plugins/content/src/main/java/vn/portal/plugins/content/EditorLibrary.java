package vn.portal.plugins.content;

import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.portal.kernel.api.identity.PortalUser;

/**
 * The editor's "choose from the library" dialog: picks a stored file of the item's site for an
 * image or file field instead of uploading it again, or puts a library image into rich text with
 * its description. Only the chosen field is redrawn, so what was typed elsewhere and not saved stays.
 */
public class EditorLibrary {

    static final String FORM = "libraryForm";
    private static final int SHOWN = 30;

    private final EditorModel model;
    private EditorField target;
    private String targetClientId;
    private String editorWidget;
    private String query;
    private List<MediaRow> rows = List.of();
    private MediaRow chosen;
    private String alt;
    private String error;

    EditorLibrary(EditorModel model) {
        this.model = model;
    }

    /**
     * For an image or file field. After the choice its panel is redrawn: {@code field} in row
     * <i>n</i> of the form's {@code ui:repeat id="fields"} (items-form.xhtml, items-field.xhtml).
     */
    public void openField(EditorField field) {
        model.run(FORM, () -> {
            target = field;
            editorWidget = null;
            targetClientId = EditorModel.EDIT_FORM + ":fields:" + model.form().getFields().indexOf(field) + ":field";
            reset();
        });
    }

    /** For the rich text editor with this widget variable: images only, inserted with their description. */
    public void openBody(EditorField field, String widgetVar) {
        model.run(FORM, () -> {
            target = field;
            editorWidget = widgetVar;
            targetClientId = null;
            reset();
        });
    }

    private void reset() {
        query = null;
        chosen = null;
        alt = null;
        error = null;
        search();
    }

    public void search() {
        model.run(FORM, () -> {
            model.access().library();
            String kind = isBody() || target.isImage() ? MediaFile.IMAGE : null;
            List<MediaRow> out = new ArrayList<>();
            model.service().media().list(model.getSiteKey(), kind, query, 0, SHOWN)
                    .forEach(m -> out.add(new MediaRow(m, model.texts())));
            rows = out;
        });
    }

    /** A file picked: set in the field at once, or (rich text) shown with its description to confirm. */
    public void choose(String id) {
        model.run(FORM, () -> {
            model.access().library();
            MediaFile m = model.service().media().get(model.site(), id);
            if (isBody()) {
                chosen = new MediaRow(m, model.texts());
                alt = m.altText;
                error = null;
                return;
            }
            if (target.isImage() && !m.isImage()) {
                error = model.texts().text("upload.notImage", m.fileName);
                return;
            }
            target.choose(m);
            PrimeFaces.current().ajax().update(targetClientId);
            StringBuilder js = new StringBuilder("PF('libraryDialog').hide();");
            if (m.altText != null) {
                // the item's own description field, when empty, takes the library's
                js.append("var a = document.querySelector(\"[data-field='").append(target.getName())
                        .append("Alt'] input\"); if (a && !a.value) a.value = ").append(js(m.altText)).append(';');
            }
            PrimeFaces.current().executeScript(js.toString());
        });
    }

    /**
     * Puts the chosen image into the rich text where the cursor is, with its description (required;
     * kept in the library too when the library had none).
     */
    public void insert() {
        model.run(FORM, () -> {
            PortalUser user = model.access().library();
            String text = ContentService.nfc(alt);
            if (chosen == null) {
                return;
            }
            if (text == null) {
                error = model.texts().text("library.altRequired");
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
            MediaFile m = model.service().media().get(model.site(), chosen.getId());
            if (m.altText == null && model.access().mayDescribe(user, m)) {
                model.service().media().describe(model.site(), m.blobId, m.title, text, user.username());
            }
            String tag = BodyImages.tag(m.blobId, model.getSiteKey(), text);
            // PrimeFaces copies the text to the form's hidden input on changes that do not come from typing
            PrimeFaces.current().executeScript("(function () { var w = PF(" + js(editorWidget) + "), q = w.editor;"
                    + " var r = q.getSelection(true); q.clipboard.dangerouslyPasteHTML(r ? r.index : q.getLength(), "
                    + js(tag) + ", 'api'); w.input.val(w.getEditorValue()); PF('libraryDialog').hide(); })();");
        });
    }

    /** Back from the confirmation to the list. */
    public void back() {
        chosen = null;
        error = null;
    }

    /** A JavaScript string literal of any text. */
    static String js(String s) {
        StringBuilder b = new StringBuilder("'");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\'', '\\' -> b.append('\\').append(c);
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '<' -> b.append("\\x3c");
                case '>' -> b.append("\\x3e");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('\'').toString();
    }

    private boolean isBody() {
        return editorWidget != null;
    }

    // ---- for the view ------------------------------------------------------------------------

    public boolean isForBody() {
        return isBody();
    }

    public String getHeading() {
        return target == null ? "" : target.getLabel();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<MediaRow> getRows() {
        return rows;
    }

    public MediaRow getChosen() {
        return chosen;
    }

    public String getAlt() {
        return alt;
    }

    public void setAlt(String alt) {
        this.alt = alt;
    }

    public String getError() {
        return error;
    }
}
