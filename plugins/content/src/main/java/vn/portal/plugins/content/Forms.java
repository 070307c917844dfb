package vn.portal.plugins.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.web.Html;
import vn.portal.kernel.api.web.RenderRequest;

/**
 * The public forms (ask a question, comment on a draft): plain HTML posts that work without
 * script; the answer comes back to the page as {@code ?da-gui=1} or {@code ?loi=<fields>},
 * shown in the visitor's language and announced to screen readers.
 */
final class Forms {

    private static final Map<String, String[]> MESSAGES = new LinkedHashMap<>();

    static {
        MESSAGES.put("name", new String[] {"Hãy nhập họ tên.", "Please give your name."});
        MESSAGES.put("email", new String[] {"Địa chỉ thư điện tử không đúng.", "The e-mail address is not valid."});
        MESSAGES.put("question", new String[] {"Hãy nhập câu hỏi (tối đa 5.000 ký tự).",
            "Please write your question (at most 5,000 characters)."});
        MESSAGES.put("body", new String[] {"Hãy nhập ý kiến (tối đa 5.000 ký tự).",
            "Please write your comment (at most 5,000 characters)."});
        MESSAGES.put("nhieu-lan", new String[] {"Bạn đã gửi nhiều lần trong một giờ; hãy thử lại sau.",
            "You have sent several times this hour; please try again later."});
        MESSAGES.put("het-han", new String[] {"Đã hết hạn góp ý.", "The comment period has ended."});
    }

    private Forms() {
    }

    /** Where a refused submission sends the visitor back: the names of the problems. */
    static String problemQuery(ApiProblem e) {
        if (e.status() == 429) {
            return "loi=nhieu-lan";
        }
        if (e.status() == 409) {
            return "loi=het-han";
        }
        List<String> known = e.fieldErrors().keySet().stream().filter(MESSAGES::containsKey).toList();
        return "loi=" + String.join(",", known.isEmpty() ? List.of("name") : known);
    }

    /** The thank-you or the problems of the last submission, if the page was reached from one. */
    static String outcome(RenderRequest request, String thanksVi, String thanksEn) {
        boolean en = "en".equals(request.locale());
        if ("1".equals(request.param("da-gui"))) {
            return "<p class=\"form-ok\" role=\"status\">" + Html.escape(en ? thanksEn : thanksVi) + "</p>";
        }
        String errors = request.param("loi");
        if (errors == null) {
            return "";
        }
        StringBuilder b = new StringBuilder("<div class=\"form-errors\" role=\"alert\"><ul>");
        for (String key : errors.split(",")) {
            String[] m = MESSAGES.get(key);
            if (m != null) {
                b.append("<li>").append(Html.escape(en ? m[1] : m[0])).append("</li>");
            }
        }
        return b.append("</ul></div>").toString();
    }

    /** A labelled input (or textarea). */
    static String field(String id, String name, String label, boolean required, boolean area) {
        String req = required ? " required aria-required=\"true\"" : "";
        return "<p><label for=\"" + id + "\">" + Html.escape(label) + (required ? " *" : "") + "</label>"
                + (area ? "<textarea id=\"" + id + "\" name=\"" + name + "\" rows=\"6\" maxlength=\"5000\"" + req
                        + "></textarea>"
                        : "<input id=\"" + id + "\" name=\"" + name + "\"" + ("email".equals(name) ? " type=\"email\"" : "")
                                + " maxlength=\"200\"" + req + ">")
                + "</p>";
    }

    /**
     * For a signed-in visitor, the session's CSRF token as a parameter of the form's address (the
     * kernel refuses a session's API posts without it); empty for everyone else, whose pages may be
     * cached and must never carry one.
     */
    static String csrf(vn.portal.kernel.api.plugin.PluginContext context) {
        return context.identity().csrfToken()
                .map(t -> "&amp;_csrf=" + java.net.URLEncoder.encode(t, java.nio.charset.StandardCharsets.UTF_8)).orElse("");
    }

    /** The field robots fill and people never see. */
    static String trap() {
        return "<div style=\"display:none\" aria-hidden=\"true\"><label for=\"f-website\">Website</label>"
                + "<input id=\"f-website\" name=\"website\" tabindex=\"-1\" autocomplete=\"off\"></div>";
    }
}
