package vn.portal.plugins.eform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;
import vn.portal.plugins.eform.schema.Answers;
import vn.portal.plugins.eform.schema.Field;
import vn.portal.plugins.eform.schema.FormDefinition;
import vn.portal.plugins.eform.schema.FormValidator;
import vn.portal.plugins.eform.schema.Problem;

/**
 * Dossiers: submission (checked, with its receipt code, files and event in one transaction),
 * the citizen's look-up by code and token, the staff's status changes.
 */
final class Dossiers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    /** A submission: the answers of every step, the new files, the files already in the draft. */
    record Submission(Site site, LoadedForm form, Answers answers, List<Multipart.FilePart> files, String draftId,
            String idempotencyKey, String submissionSecret, String userId, String userName, String locale) {
    }

    /** The dossier and the lookup token to give the applicant; {@code duplicate} for a repeated submit. */
    record Submitted(Dossier dossier, String lookupToken, boolean duplicate) {
    }

    private final PluginContext context;
    private final Secrets secrets;
    private final Prefill prefill;
    private final DossierEvents events;
    private final WorkingDays workingDays;

    Dossiers(PluginContext context, Secrets secrets, Prefill prefill, WorkingDays workingDays) {
        this.context = context;
        this.secrets = secrets;
        this.prefill = prefill;
        this.workingDays = workingDays;
        this.events = new DossierEvents(context.catalogs(), context.sites());
    }

    Submitted submit(Submission s) {
        String siteKey = s.site().key();
        Optional<Dossier> earlier = byIdempotencyKey(siteKey, s.idempotencyKey());
        if (earlier.isPresent()) {
            return new Submitted(earlier.get(), secrets.lookupToken(siteKey, s.submissionSecret()), true);
        }
        FormDefinition def = s.form().definition();
        Answers answers = s.answers().copy();
        // the submitting account (its sign-in name keys some prefill services), else the draft's owner as recorded
        Optional<PortalUser> user = s.userId() == null ? Optional.empty() : context.identity().currentUser()
                .filter(u -> u.id().equals(s.userId())).or(() -> Optional.of(new PortalUser(s.userId(), null, s.userName())));
        prefill.apply(def.fields(), answers, Prefill.request(siteKey, s.locale(), def.procedure(), user, answers));
        List<Attachment> draftFiles = s.draftId() == null ? List.of() : draftAttachments(s.draftId());
        Map<String, Integer> counts = new HashMap<>();
        draftFiles.forEach(a -> counts.merge(a.field, 1, Integer::sum));
        s.files().forEach(f -> counts.merge(f.field(), 1, Integer::sum));
        LocalDate today = LocalDate.now(WorkingDays.VIETNAM);
        List<Problem> problems = new ArrayList<>(new FormValidator(context.catalogs(), today).check(def.steps(), answers,
                counts));
        problems.addAll(Uploads.check(def, answers, s.files()));
        if (!problems.isEmpty()) {
            throw new InvalidAnswers(problems);
        }
        List<Field> missing = FormValidator.missingDocuments(def, answers, counts);
        List<Uploads.Stored> stored = Uploads.store(context.blobs(), s.files());
        Procedure procedure = procedure(s.site(), def.procedure(), today);
        ZonedDateTime now = ZonedDateTime.now(WorkingDays.VIETNAM);
        String counter = procedure.agency + "-" + DAY.format(now);
        String token = secrets.lookupToken(siteKey, s.submissionSecret());
        try {
            int number = nextNumber(counter);
            Dossier d = context.transactions().required(() -> {
                Dossier x = new Dossier();
                x.id = UUID.randomUUID().toString();
                x.siteKey = siteKey;
                x.receiptCode = counter + "-" + String.format("%04d", number);
                x.tokenHash = Secrets.sha256(token);
                x.idempotencyKey = s.idempotencyKey();
                x.formId = s.form().id();
                x.formVersion = s.form().version();
                x.procedureCode = def.procedure();
                x.agencyCode = procedure.agency;
                x.status = Status.RECEIVED.name();
                x.applicantName = answers.text(def.applicantName());
                x.applicantEmail = def.applicantEmail() == null ? null : answers.text(def.applicantEmail());
                x.applicantPhone = def.applicantPhone() == null ? null : answers.text(def.applicantPhone());
                x.userId = s.userId();
                x.locale = "en".equals(s.locale()) ? "en" : "vi";
                x.answers = answers.toJson();
                x.complete = missing.isEmpty();
                x.missing = missing.isEmpty() ? null : missing.stream().map(Field::name).collect(Collectors.joining(","));
                x.online = !enteredByStaff(siteKey, s.userId());
                x.receivedAt = Timestamp.from(now.toInstant());
                x.dueAt = Timestamp.from(workingDays.due(now, procedure.days).toInstant());
                x.updatedAt = x.receivedAt;
                em().persist(x);
                for (Uploads.Stored f : stored) {
                    em().persist(attachment(x.id, null, f, "SUBMISSION"));
                }
                for (Attachment a : draftFiles) {
                    em().find(Attachment.class, a.id).dossierId = x.id;
                }
                if (s.draftId() != null) {
                    Draft draft = em().find(Draft.class, s.draftId());
                    draft.dossierId = x.id;
                }
                em().persist(history(x.id, null, Status.RECEIVED, "applicant", null));
                context.events().publish(DossierEvents.SUBMITTED, siteKey, events.payload(x, null, null));
                return x;
            });
            return new Submitted(d, token, false);
        } catch (RuntimeException e) {
            Uploads.discard(context.blobs(), stored);
            Optional<Dossier> raced = byIdempotencyKey(siteKey, s.idempotencyKey());
            if (raced.isPresent()) {
                return new Submitted(raced.get(), token, true); // a parallel submit of the same form won
            }
            throw e;
        }
    }

    /**
     * A dossier sent by someone who receives dossiers on this site (signed in, or an API token of
     * the one-stop desk's software) was entered at the desk for a citizen who came in person: it
     * does not count as online in the statistics. Everything else came through the portal.
     */
    private boolean enteredByStaff(String siteKey, String userId) {
        return userId != null && context.identity().isPermitted(EformPermissions.PROCESS + ":" + siteKey);
    }

    /** The handling agency and time limit the procedures catalog gives (else the site's agency, 10 days). */
    record Procedure(String agency, int days) {
    }

    private Procedure procedure(Site site, String code, LocalDate today) {
        Optional<CatalogEntry> p = context.catalogs().find("procedures", code, today);
        String agency = p.map(e -> e.attributes().get("agency")).filter(a -> !a.isBlank()).orElse(site.agencyCode());
        int days;
        try {
            days = p.map(e -> Integer.parseInt(e.attributes().getOrDefault("timeLimitDays", "10").trim())).orElse(10);
        } catch (NumberFormatException e) {
            days = 10;
        }
        return new Procedure(agency == null ? site.key().toUpperCase(java.util.Locale.ROOT) : agency, days);
    }

    /** The counter row exists before the dossier's transaction locks it (creating it there could collide). */
    private void ensureCounter(String id) {
        boolean exists = context.transactions().required(() -> em().find(Counter.class, id) != null);
        if (!exists) {
            try {
                context.transactions().required(() -> {
                    Counter c = new Counter();
                    c.id = id;
                    c.lastValue = 0;
                    em().persist(c);
                });
            } catch (RuntimeException e) {
                // another submission created it first
            }
        }
    }

    /**
     * The next receipt number of the agency's day, in a transaction of its own: the counter row is
     * locked only for that short write, not for the whole dossier's (under 50 parallel submissions
     * the long lock made the others time out). A submission that fails after taking its number
     * leaves that number unused; numbers never repeat. A lock wait that times out is tried again.
     */
    private int nextNumber(String counterId) {
        ensureCounter(counterId);
        for (int attempt = 1; ; attempt++) {
            try {
                return context.transactions().required(() -> {
                    Counter c = em().find(Counter.class, counterId, LockModeType.PESSIMISTIC_WRITE);
                    c.lastValue++;
                    return c.lastValue;
                });
            } catch (RuntimeException e) {
                if (attempt >= 8) {
                    throw e;
                }
                try {
                    Thread.sleep(20L * attempt + java.util.concurrent.ThreadLocalRandom.current().nextInt(30));
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    // ---- reading -------------------------------------------------------------------------------

    Optional<Dossier> byIdempotencyKey(String siteKey, String key) {
        return context.transactions().required(() -> em().createQuery(
                "select d from Dossier d where d.siteKey = :s and d.idempotencyKey = :k", Dossier.class)
                .setParameter("s", siteKey).setParameter("k", key).getResultStream().findFirst());
    }

    Optional<Dossier> byCode(String siteKey, String receiptCode) {
        if (receiptCode == null || receiptCode.length() > 60) {
            return Optional.empty();
        }
        return context.transactions().required(() -> em().createQuery(
                "select d from Dossier d where d.siteKey = :s and d.receiptCode = :c", Dossier.class)
                .setParameter("s", siteKey).setParameter("c", receiptCode.strip()).getResultStream().findFirst());
    }

    /** The citizen's look-up: a wrong token and an unknown code look the same (empty). */
    Optional<Dossier> lookUp(String siteKey, String receiptCode, String token) {
        Optional<Dossier> d = byCode(siteKey, receiptCode);
        String digest = d.map(x -> x.tokenHash).orElse("0".repeat(64));
        boolean ok = Secrets.matches(token == null ? "" : token.strip(), digest);
        return ok ? d : Optional.empty();
    }

    /** A signed-in applicant's own dossier: found by its code without the token (the account is the proof). */
    Optional<Dossier> owned(String siteKey, String receiptCode, String userId) {
        return userId == null ? Optional.empty() : byCode(siteKey, receiptCode).filter(d -> userId.equals(d.userId));
    }

    /** By the lookup token, or, without one, by the signed-in owner. */
    Optional<Dossier> forApplicant(String siteKey, String receiptCode, String token, String userId) {
        return token != null && !token.isBlank() ? lookUp(siteKey, receiptCode, token) : owned(siteKey, receiptCode, userId);
    }

    List<HistoryEntry> history(String dossierId) {
        return context.transactions().required(() -> em().createQuery(
                "select h from HistoryEntry h where h.dossierId = :d order by h.at, h.id", HistoryEntry.class)
                .setParameter("d", dossierId).getResultList());
    }

    List<Attachment> attachments(String dossierId) {
        return context.transactions().required(() -> em().createQuery(
                "select a from Attachment a where a.dossierId = :d order by a.addedAt, a.id", Attachment.class)
                .setParameter("d", dossierId).getResultList());
    }

    List<Attachment> draftAttachments(String draftId) {
        return context.transactions().required(() -> em().createQuery(
                "select a from Attachment a where a.draftId = :d and a.dossierId is null order by a.addedAt", Attachment.class)
                .setParameter("d", draftId).getResultList());
    }

    /** Filters of the staff inbox; null means any. */
    record Filter(String status, String procedure, Boolean overdue, String query, int offset, int limit) {
    }

    List<Dossier> list(String siteKey, Filter f) {
        return context.transactions().required(() -> {
            StringBuilder jpql = new StringBuilder("select d from Dossier d where d.siteKey = :s");
            Map<String, Object> params = new HashMap<>();
            params.put("s", siteKey);
            if (f.status() != null) {
                jpql.append(" and d.status = :st");
                params.put("st", f.status());
            }
            if (f.procedure() != null) {
                jpql.append(" and d.procedureCode = :p");
                params.put("p", f.procedure());
            }
            if (Boolean.TRUE.equals(f.overdue())) {
                jpql.append(" and d.dueAt < :now and d.status in ('RECEIVED','IN_REVIEW','NEEDS_INFO')");
                params.put("now", Timestamp.from(Instant.now()));
            }
            if (f.query() != null) {
                jpql.append(" and (lower(d.receiptCode) like :q or lower(d.applicantName) like :q)");
                params.put("q", "%" + f.query().toLowerCase(java.util.Locale.ROOT) + "%");
            }
            jpql.append(" order by d.receivedAt desc, d.id");
            TypedQuery<Dossier> q = em().createQuery(jpql.toString(), Dossier.class);
            params.forEach(q::setParameter);
            return q.setFirstResult(f.offset()).setMaxResults(f.limit()).getResultList();
        });
    }

    List<Dossier> ofUser(String userId) {
        return context.transactions().required(() -> em().createQuery(
                "select d from Dossier d where d.userId = :u order by d.receivedAt desc", Dossier.class)
                .setParameter("u", userId).setMaxResults(200).getResultList());
    }

    static boolean overdue(Dossier d, Instant now) {
        Instant limit = d.dueAt.toInstant();
        if (Status.valueOf(d.status).decided()) {
            return d.resultAt != null && d.resultAt.toInstant().isAfter(limit);
        }
        return now.isAfter(limit);
    }

    // ---- changes -----------------------------------------------------------------------------

    /** A staff move to another status, with the handler's name and a comment (required to ask or refuse). */
    Dossier move(Site site, String receiptCode, Status to, String comment, String handler, String actor) {
        if (to == null) {
            throw ApiProblem.badRequest("Unknown status", Map.of("status", "one of " + java.util.Arrays.toString(
                    Status.values())));
        }
        String note = comment == null || comment.isBlank() ? null : clean(comment, 2000);
        if (Status.needsComment(to) && note == null) {
            throw ApiProblem.badRequest("A comment is required for " + to, Map.of("comment",
                    "Hãy ghi lý do cho người nộp / say why, for the applicant"));
        }
        Dossier d = context.transactions().required(() -> {
            Dossier x = byCodeForUpdate(site.key(), receiptCode);
            Status from = Status.valueOf(x.status);
            if (!from.canMoveTo(to)) {
                throw new ApiProblem(409, "A dossier " + from + " cannot move to " + to + " (allowed: " + from.next() + ")",
                        Map.of());
            }
            change(x, from, to, note, handler == null || handler.isBlank() ? actor : handler.strip(), actor);
            context.audit().record("eform.dossier." + to.name().toLowerCase(java.util.Locale.ROOT), site.key(), x.id,
                    x.receiptCode + " " + from + "→" + to);
            return x;
        });
        context.pageCache().invalidate(EformPlugin.dossierTag(d.id));
        return d;
    }

    /** The applicant (by token, or signed in as its owner) answers NEEDS_INFO with documents; back to review. */
    Dossier supplement(Site site, String receiptCode, String token, String userId, List<Multipart.FilePart> files,
            String locale) {
        Dossier found = forApplicant(site.key(), receiptCode, token, userId).orElseThrow(
                () -> ApiProblem.notFound(Texts.of(locale).get("error.notFound")));
        if (!Status.NEEDS_INFO.name().equals(found.status)) {
            throw new ApiProblem(409, Texts.of(locale).get("error.notOpen"), Map.of());
        }
        if (files.isEmpty()) {
            throw ApiProblem.badRequest(Texts.of(locale).get("error.noFiles"), Map.of("files",
                    Texts.of(locale).get("error.noFiles")));
        }
        LoadedForm form = EformPlugin.forms(context).version(found.formId, found.formVersion).orElseThrow();
        Answers answers = Answers.fromJson(found.answers);
        List<Problem> problems = Uploads.check(form.definition(), answers, files);
        if (!problems.isEmpty()) {
            throw new InvalidAnswers(problems);
        }
        List<Uploads.Stored> stored = Uploads.store(context.blobs(), files);
        try {
            Dossier d = context.transactions().required(() -> {
                Dossier x = byCodeForUpdate(site.key(), receiptCode);
                if (!Status.NEEDS_INFO.name().equals(x.status)) {
                    throw new ApiProblem(409, Texts.of(locale).get("error.notOpen"), Map.of());
                }
                for (Uploads.Stored f : stored) {
                    em().persist(attachment(x.id, null, f, "SUPPLEMENT"));
                }
                em().flush();
                Map<String, Integer> counts = new HashMap<>();
                em().createQuery("select a from Attachment a where a.dossierId = :d", Attachment.class)
                        .setParameter("d", x.id).getResultList().forEach(a -> counts.merge(a.field, 1, Integer::sum));
                List<Field> missing = FormValidator.missingDocuments(form.definition(), answers, counts);
                x.complete = missing.isEmpty();
                x.missing = missing.isEmpty() ? null : missing.stream().map(Field::name).collect(Collectors.joining(","));
                change(x, Status.NEEDS_INFO, Status.IN_REVIEW, "Người nộp đã bổ sung " + stored.size() + " tệp",
                        x.handler, "applicant");
                return x;
            });
            context.pageCache().invalidate(EformPlugin.dossierTag(d.id));
            return d;
        } catch (RuntimeException e) {
            Uploads.discard(context.blobs(), stored);
            throw e;
        }
    }

    private void change(Dossier x, Status from, Status to, String note, String handler, String actor) {
        Timestamp now = Timestamp.from(Instant.now());
        x.status = to.name();
        x.handler = handler;
        x.updatedAt = now;
        if (to == Status.IN_REVIEW && x.processingAt == null) {
            x.processingAt = now;
        }
        if (to == Status.APPROVED || to == Status.REJECTED) {
            x.resultAt = now;
        }
        if (to == Status.RESULT_RETURNED) {
            x.returnedAt = now;
        }
        em().persist(history(x.id, from, to, actor, note));
        context.events().publish(DossierEvents.STATUS_CHANGED, x.siteKey, events.payload(x, from.name(), note));
    }

    private Dossier byCodeForUpdate(String siteKey, String receiptCode) {
        return em().createQuery("select d from Dossier d where d.siteKey = :s and d.receiptCode = :c", Dossier.class)
                .setParameter("s", siteKey).setParameter("c", receiptCode).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> ApiProblem.notFound("No dossier " + receiptCode + " on " + siteKey));
    }

    static String clean(String s, int max) {
        String v = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).strip();
        return v.length() > max ? v.substring(0, max) : v;
    }

    static Attachment attachment(String dossierId, String draftId, Uploads.Stored f, String stage) {
        Attachment a = new Attachment();
        a.id = UUID.randomUUID().toString();
        a.dossierId = dossierId;
        a.draftId = draftId;
        a.field = f.field();
        a.fileName = f.fileName();
        a.contentType = f.blob().contentType();
        a.sizeBytes = f.blob().size();
        a.sha256 = f.blob().sha256();
        a.blobId = f.blob().id();
        a.stage = stage;
        a.addedAt = Timestamp.from(Instant.now());
        return a;
    }

    private static HistoryEntry history(String dossierId, Status from, Status to, String actor, String comment) {
        HistoryEntry h = new HistoryEntry();
        h.id = UUID.randomUUID().toString();
        h.dossierId = dossierId;
        h.at = Timestamp.from(Instant.now());
        h.fromStatus = from == null ? null : from.name();
        h.toStatus = to.name();
        h.actor = actor;
        h.comment = comment;
        return h;
    }

    private EntityManager em() {
        return context.persistence().entityManager();
    }
}
