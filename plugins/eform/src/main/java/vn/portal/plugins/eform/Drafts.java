package vn.portal.plugins.eform;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.eform.schema.Answers;

/**
 * Forms being filled in over several steps and visits. The resume token is random and shown
 * to the applicant once per save (only its hash is kept); signed-in applicants also find their
 * drafts under their account. Drafts expire after {@code plugin.eform.draft-days} (30).
 */
final class Drafts {

    /** A draft and the token that resumes it (null when found by account). */
    record Opened(Draft draft, String token) {
    }

    private final PluginContext context;
    private final Duration keep;

    Drafts(PluginContext context, int days) {
        this.context = context;
        this.keep = Duration.ofDays(days);
    }

    int days() {
        return (int) keep.toDays();
    }

    Opened start(String siteKey, LoadedForm form, String locale, String userId) {
        String token = Secrets.random();
        Draft d = context.transactions().required(() -> {
            Draft x = new Draft();
            x.id = UUID.randomUUID().toString();
            x.siteKey = siteKey;
            x.formId = form.id();
            x.formVersion = form.version();
            x.tokenHash = Secrets.sha256(token);
            x.userId = userId;
            x.locale = "en".equals(locale) ? "en" : "vi";
            x.step = 0;
            x.answers = "{}";
            Timestamp now = Timestamp.from(Instant.now());
            x.createdAt = now;
            x.updatedAt = now;
            x.expiresAt = Timestamp.from(now.toInstant().plus(keep));
            em().persist(x);
            return x;
        });
        return new Opened(d, token);
    }

    /** The draft of this site with this resume token, unless it has expired. */
    Optional<Draft> byToken(String siteKey, String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        return context.transactions().required(() -> em().createQuery(
                "select d from Draft d where d.tokenHash = :h and d.siteKey = :s", Draft.class)
                .setParameter("h", Secrets.sha256(token.strip())).setParameter("s", siteKey).getResultStream()
                .filter(d -> d.expiresAt.toInstant().isAfter(Instant.now())).findFirst());
    }

    List<Draft> ofUser(String userId) {
        return context.transactions().required(() -> em().createQuery(
                "select d from Draft d where d.userId = :u and d.dossierId is null order by d.updatedAt desc", Draft.class)
                .setParameter("u", userId).setMaxResults(50).getResultList());
    }

    /** Keeps the answers and the step reached, and the files (already checked) of this save. */
    void save(Draft draft, Answers answers, int step, List<Uploads.Stored> files) {
        context.transactions().required(() -> {
            Draft d = em().find(Draft.class, draft.id);
            d.answers = answers.toJson();
            d.step = step;
            d.updatedAt = Timestamp.from(Instant.now());
            d.expiresAt = Timestamp.from(d.updatedAt.toInstant().plus(keep));
            for (Uploads.Stored f : files) {
                em().persist(Dossiers.attachment(null, d.id, f, "SUBMISSION"));
            }
            draft.answers = d.answers;
            draft.step = d.step;
        });
        context.pageCache().invalidate(EformPlugin.draftTag(draft.id));
    }

    /** Drafts past their time, with their files; run daily. */
    int purgeExpired() {
        List<Attachment> files = context.transactions().required(() -> em().createQuery(
                "select a from Attachment a where a.dossierId is null and a.draftId in "
                        + "(select d.id from Draft d where d.expiresAt < :now)", Attachment.class)
                .setParameter("now", Timestamp.from(Instant.now())).getResultList());
        for (Attachment a : files) {
            try {
                context.blobs().delete(a.blobId);
            } catch (java.io.IOException e) {
                // tried again tomorrow
            }
        }
        return context.transactions().required(() -> {
            em().createQuery("delete from Attachment a where a.dossierId is null and a.draftId in "
                    + "(select d.id from Draft d where d.expiresAt < :now)").setParameter("now", Timestamp.from(Instant.now()))
                    .executeUpdate();
            return em().createQuery("delete from Draft d where d.expiresAt < :now")
                    .setParameter("now", Timestamp.from(Instant.now())).executeUpdate();
        });
    }

    private EntityManager em() {
        return context.persistence().entityManager();
    }
}
