package vn.portal.plugins.eform;

import static vn.portal.kernel.api.web.Html.escape;

import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.web.RenderRequest;

/**
 * The satisfaction question on the tracking page, once the result was returned: three levels as
 * radio buttons in a fieldset, a plain post (no script) to the rating endpoint with the lookup
 * token; afterwards the page says what was given. Before the result it shows nothing.
 */
final class RatingForm {

    private RatingForm() {
    }

    static String html(PluginContext context, RenderRequest r, Dossier d, String token) {
        if (!Status.RESULT_RETURNED.name().equals(d.status)) {
            return "";
        }
        Texts t = Texts.of("eform.stats", r.locale());
        StringBuilder b = new StringBuilder("<section class=\"eform-rating\" aria-labelledby=\"dg-title\"><h2 id=\"dg-title\">")
                .append(escape(t.get("rating.title"))).append("</h2>");
        if ("1".equals(r.param("danh-gia"))) {
            b.append("<p class=\"form-ok\" role=\"status\">").append(escape(t.get("rating.thanks"))).append("</p>");
        }
        String error = r.param("loi-danh-gia");
        if ("400".equals(error) || "409".equals(error)) {
            b.append("<p class=\"form-errors\" role=\"alert\">").append(escape(t.get("409".equals(error) ? "rating.already"
                    : "rating.choose"))).append("</p>");
        }
        if (d.rating != null) {
            Rating given = Rating.valueOf(d.rating);
            b.append("<p>").append(escape(t.get("rating.given", given.label(r.locale())))).append("</p></section>");
            return b.toString();
        }
        String csrf = context.identity().currentUser().isPresent()
                ? context.identity().csrfToken().map(x -> "&_csrf=" + Links.q(x)).orElse("") : "";
        b.append("<form class=\"eform-step\" method=\"post\" action=\"").append(escape("/api/v1/eform/dossiers/"
                + Links.q(d.receiptCode) + "/rating?site=" + Links.q(r.site().key()) + "&lang=" + t.locale() + csrf))
                .append("\"><fieldset><legend>").append(escape(t.get("rating.question"))).append("</legend>");
        int i = 0;
        for (Rating level : Rating.values()) {
            String id = "dg-" + i++;
            b.append("<p class=\"choice\"><input type=\"radio\" name=\"rating\" required id=\"").append(id)
                    .append("\" value=\"").append(level.name()).append("\"> <label for=\"").append(id).append("\">")
                    .append(escape(level.label(r.locale()))).append("</label></p>");
        }
        b.append("</fieldset><input type=\"hidden\" name=\"token\" value=\"").append(escape(token))
                .append("\"><input type=\"hidden\" name=\"_return\" value=\"page\"><div class=\"buttons\">")
                .append("<button type=\"submit\" class=\"primary\">").append(escape(t.get("rating.send")))
                .append("</button></div></form></section>");
        return b.toString();
    }
}
