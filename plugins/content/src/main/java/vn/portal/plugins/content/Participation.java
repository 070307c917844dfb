package vn.portal.plugins.content;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;

/**
 * What citizens send in: questions (each becomes a draft "question" item for staff to answer
 * and publish) and comments on drafts open for comment (held until staff approve them).
 * Anonymous, so each address may send a few an hour; a hidden field catches simple robots.
 */
final class Participation {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final PluginContext context;
    private final ContentService content;
    private final Throttle throttle = new Throttle(5, Duration.ofHours(1));

    Participation(PluginContext context, ContentService content) {
        this.context = context;
        this.content = content;
    }

    /** A citizen's question: a draft item of type question, status "new", for staff. */
    ContentItem ask(Site site, String name, String email, String question, String sector, String trap, String address) {
        check(address, trap);
        Map<String, String> errors = new LinkedHashMap<>();
        person(name, email, errors);
        if (blank(question) || question.length() > 5000) {
            errors.put("question", "Hãy nhập câu hỏi (tối đa 5.000 ký tự) / write your question (at most 5,000 characters)");
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest("The question has invalid fields", errors);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("askerName", name);
        if (!blank(email)) {
            fields.put("askerEmail", email);
        }
        fields.put("question", question);
        fields.put("qaStatus", "new");
        if (!blank(sector)) {
            fields.put("sector", sector);
        }
        String title = question.strip().replaceAll("\\s+", " ");
        title = title.length() > 120 ? title.substring(0, 117) + "…" : title;
        ContentItem item = content.create(site, new ItemInput("question", site.defaultLocale(), title, null, null, fields,
                null, null, null, "asked by a citizen"), "citizen");
        context.events().publish("content.question.asked", site.key(), ContentService.JSON.toJson(Map.of("id", item.id)));
        return item;
    }

    /** A comment on a published draft-document whose comment period is open; held for moderation. */
    Comment comment(Site site, String itemId, String name, String email, String body, String trap, String address) {
        check(address, trap);
        PublishedItem p = content.reads().publishedById(site.key(), itemId)
                .filter(x -> "draft-document".equals(x.type))
                .orElseThrow(() -> ApiProblem.notFound("No draft open for comment with id " + itemId));
        Object until = ContentService.fieldsOf(p.fields).get("commentsOpenUntil");
        if (until == null || LocalDate.parse(until.toString()).isBefore(LocalDate.now(ItemPages.VIETNAM))) {
            throw new ApiProblem(409, "Đã hết hạn góp ý / the comment period has ended", Map.of());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        person(name, email, errors);
        if (blank(body) || body.length() > 5000) {
            errors.put("body", "Hãy nhập ý kiến (tối đa 5.000 ký tự) / write your comment (at most 5,000 characters)");
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest("The comment has invalid fields", errors);
        }
        return context.transactions().required(() -> {
            Comment c = new Comment();
            c.id = UUID.randomUUID().toString();
            c.itemId = itemId;
            c.siteKey = site.key();
            c.author = ContentService.nfc(name);
            c.email = ContentService.nfc(email);
            c.body = ContentService.nfc(body);
            c.status = "PENDING";
            c.createdAt = Timestamp.from(Instant.now());
            em().persist(c);
            context.events().publish("content.comment.received", site.key(), ContentService.JSON.toJson(
                    Map.of("id", c.id, "itemId", itemId)));
            return c;
        });
    }

    List<Comment> comments(String itemId, String status) {
        return context.transactions().required(() -> {
            var q = em().createQuery("select c from Comment c where c.itemId = :i" + (status == null ? ""
                    : " and c.status = :st") + " order by c.createdAt", Comment.class).setParameter("i", itemId);
            return (status == null ? q : q.setParameter("st", status)).getResultList();
        });
    }

    Comment moderate(Site site, String commentId, boolean approve, String user) {
        return context.transactions().required(() -> {
            Comment c = em().find(Comment.class, commentId);
            if (c == null || !c.siteKey.equals(site.key())) {
                throw ApiProblem.notFound("No comment " + commentId + " on " + site.key());
            }
            c.status = approve ? "APPROVED" : "REJECTED";
            c.decidedBy = user;
            c.decidedAt = Timestamp.from(Instant.now());
            context.pageCache().invalidate(ItemPages.tag(c.itemId));
            context.audit().record("comment." + c.status.toLowerCase(), site.key(), c.id, "on " + c.itemId);
            return c;
        });
    }

    private void check(String address, String trap) {
        if (!blank(trap)) {
            throw ApiProblem.badRequest("Rejected", Map.of()); // only robots fill the hidden field
        }
        if (!throttle.allow(address)) {
            throw new ApiProblem(429, "Bạn đã gửi nhiều lần; hãy thử lại sau / too many submissions, try again later",
                    Map.of());
        }
    }

    private static void person(String name, String email, Map<String, String> errors) {
        if (blank(name) || name.length() > 200) {
            errors.put("name", "Hãy nhập họ tên / your name is required");
        }
        if (!blank(email) && (email.length() > 200 || !EMAIL.matcher(email.strip()).matches())) {
            errors.put("email", "Địa chỉ thư điện tử không đúng / not an e-mail address");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private EntityManager em() {
        return context.persistence().entityManager();
    }
}
