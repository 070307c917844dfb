package vn.portal.plugins.content;

import jakarta.faces.context.FacesContext;
import java.util.List;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.rest.ApiProblem;

/**
 * The workflow steps of the open item: the actions the user may take now (as the REST API
 * computes them), and the dialog of one of them with its comment, required to send an item
 * back or take it down.
 */
public class EditorWorkflow {

    private final EditorModel model;
    private List<EditorChoice> actions = List.of();
    private String pending;
    private String comment;
    private String commentError;

    EditorWorkflow(EditorModel model) {
        this.model = model;
    }

    void load(PortalUser user, ContentItem item) {
        actions = model.access().actions(user, item).stream()
                .map(a -> new EditorChoice(a.name(), model.texts().action(a.name()))).toList();
    }

    void clear() {
        actions = List.of();
    }

    /** Opens the dialog of an action. */
    public void prepare(String action) {
        pending = action;
        comment = null;
        commentError = null;
    }

    /** The action of the dialog, checked again: the item may have moved since the page showed it. */
    public void perform() {
        model.run(EditorModel.ACTION_FORM, () -> {
            ContentAccess access = model.access();
            PortalUser user = access.staff();
            ContentItem item = model.service().get(model.site(), model.form().itemId());
            Workflow.Action action = model.service().workflow(model.getSiteKey()).action(pending)
                    .orElseThrow(() -> ApiProblem.notFound("No action " + pending));
            if (!access.mayDo(user, item, action)) {
                throw ApiProblem.forbidden(access.permission(action.permission()));
            }
            if (action.commentRequired() && (comment == null || comment.isBlank())) {
                commentError = model.texts().text("comment.required");
                FacesContext.getCurrentInstance().validationFailed();
                return;
            }
            ContentItem moved = model.service().transition(model.site(), item.id, action, comment, user.username());
            model.reopen(moved);
            EditorModel.info(EditorModel.EDIT_FORM, model.texts().text("moved", model.texts().action(action.name()),
                    model.texts().status(moved.status)));
        });
    }

    public List<EditorChoice> getActions() {
        return actions;
    }

    /** Actions that take something back get the warning colour. */
    public boolean danger(String action) {
        return List.of("reject", "unpublish", "archive").contains(action);
    }

    public String getPending() {
        return pending;
    }

    public String getPendingLabel() {
        return pending == null ? "" : model.texts().action(pending);
    }

    public boolean isCommentRequired() {
        return pending != null && model.service().workflow(model.getSiteKey()).action(pending)
                .map(Workflow.Action::commentRequired).orElse(false);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getCommentError() {
        return commentError;
    }
}
