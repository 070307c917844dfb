package vn.portal.kernel.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import vn.portal.kernel.api.web.RichText;

/** {@link RichText} with the OWASP Java HTML Sanitizer: an allow-list, not a block-list. */
@ApplicationScoped
public class SanitizedRichText implements RichText {

    static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS).and(Sanitizers.IMAGES).and(new HtmlPolicyBuilder()
                    .allowElements("figure", "figcaption", "hr", "br", "caption", "thead", "tbody", "tfoot", "th", "td",
                            "tr", "sup", "sub", "abbr")
                    .allowAttributes("scope", "colspan", "rowspan").onElements("th", "td")
                    .allowAttributes("title").onElements("abbr", "a")
                    .allowAttributes("lang").globally()
                    .toFactory());
    static final PolicyFactory TEXT = new HtmlPolicyBuilder().toFactory();

    @Override
    public String sanitize(String html) {
        return html == null ? "" : Normalizer.normalize(POLICY.sanitize(html), Normalizer.Form.NFC);
    }

    @Override
    public String text(String html) {
        if (html == null) {
            return "";
        }
        String text = TEXT.sanitize(html.replaceAll("(?i)<(br|/p|/h[1-6]|/li|/div|/tr)[^>]*>", "$0 "));
        return Normalizer.normalize(org.owasp.html.Encoding.decodeHtml(text, false), Normalizer.Form.NFC)
                .replaceAll("\\s+", " ").trim();
    }
}
