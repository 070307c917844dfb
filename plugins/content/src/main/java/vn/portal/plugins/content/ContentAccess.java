package vn.portal.plugins.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;

/**
 * Who may do what with the items of one site, by {@code content:create|edit|approve|publish:<site>}.
 * The REST API and the admin editor both ask here, so they never disagree.
 */
final class ContentAccess {

    static final List<String> ACTIONS = List.of("create", "edit", "approve", "publish");

    private final PluginContext context;
    private final ContentService service;
    private final Site site;

    ContentAccess(PluginContext context, ContentService service, Site site) {
        this.context = context;
        this.service = service;
        this.site = site;
    }

    Optional<PortalUser> user() {
        return context.identity().currentUser();
    }

    /** Anyone with a content permission on the site sees its working copies. */
    PortalUser staff() {
        PortalUser user = user().orElseThrow(ApiProblem::unauthorized);
        if (!isStaff(user)) {
            throw ApiProblem.forbidden(permission("create"));
        }
        return user;
    }

    boolean isStaff(PortalUser user) {
        return ACTIONS.stream().anyMatch(a -> permitted(user, a));
    }

    PortalUser require(String action) {
        PortalUser user = user().orElseThrow(ApiProblem::unauthorized);
        if (!permitted(user, action)) {
            throw ApiProblem.forbidden(permission(action));
        }
        return user;
    }

    /** The media library: browsing and uploading take {@code content:create} or {@code content:edit}. */
    PortalUser library() {
        PortalUser user = user().orElseThrow(ApiProblem::unauthorized);
        if (!mayUseLibrary(user)) {
            throw ApiProblem.forbidden(permission("create") + " or " + permission("edit"));
        }
        return user;
    }

    boolean mayUseLibrary(PortalUser user) {
        return permitted(user, "create") || permitted(user, "edit");
    }

    /** Editors describe every file of the site; authors the files they uploaded. */
    boolean mayDescribe(PortalUser user, MediaFile m) {
        return permitted(user, "edit") || (permitted(user, "create") && Objects.equals(m.uploadedBy, user.username()));
    }

    /** Authors edit their own drafts; editors edit everything of the site. */
    boolean mayEdit(PortalUser user, ContentItem item) {
        return permitted(user, "edit") || (permitted(user, "create") && Objects.equals(item.author, user.username())
                && "draft".equals(item.status));
    }

    boolean mayDo(PortalUser user, ContentItem item, Workflow.Action action) {
        if ("create".equals(action.permission())) {
            return mayEdit(user, item);
        }
        return permitted(user, action.permission());
    }

    /** The workflow actions the user may take on the item now. */
    List<Workflow.Action> actions(PortalUser user, ContentItem item) {
        return service.workflow(site.key()).from(item.status).stream().filter(a -> mayDo(user, item, a)).toList();
    }

    boolean permitted(PortalUser user, String action) {
        return user != null && context.identity().isPermitted(user, permission(action));
    }

    String permission(String action) {
        return "content:" + action + ":" + site.key();
    }
}
