package vn.portal.plugins.notice;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.portal.kernel.api.plugin.PluginContext;

/** Notices of a site: the plugin's only application service. */
final class NoticeService {

    /**
     * How long a site's notices are remembered at most. The banner is on every page, so without the
     * memo every uncached page paid a query; changes made here clear it at once, and this bound
     * covers notices changed on another node (whose page cache is not told either: ADR 0004).
     */
    private static final long MEMO_NANOS = 30_000_000_000L;

    private final PluginContext context;
    /** Per site: the active notices not yet ended when read, and when they were read. */
    private final Map<String, Memo> memo = new ConcurrentHashMap<>();
    /** Counts the changes made here: a read that overlapped one is not remembered. */
    private final AtomicLong changes = new AtomicLong();

    private record Memo(List<Notice> notices, long readAt) {
    }

    NoticeService(PluginContext context) {
        this.context = context;
    }

    /** Notices showing now on a site. */
    List<Notice> current(String siteKey) {
        Memo m = memo.get(siteKey);
        if (m == null || System.nanoTime() - m.readAt() > MEMO_NANOS) {
            long readAt = System.nanoTime();
            long changesBefore = changes.get();
            m = new Memo(List.copyOf(context.transactions().required(() -> em().createQuery(
                    "select n from Notice n where n.siteKey = :site and n.active = true"
                            + " and (n.endsAt is null or n.endsAt > :now) order by n.startsAt", Notice.class)
                    .setParameter("site", siteKey).setParameter("now", Timestamp.from(Instant.now())).getResultList())),
                    readAt);
            if (changes.get() == changesBefore) {
                memo.put(siteKey, m);
            }
        }
        // the times are checked at each call: a remembered notice starts and ends on time
        Timestamp now = Timestamp.from(Instant.now());
        return m.notices().stream().filter(n -> !n.startsAt.after(now) && (n.endsAt == null || n.endsAt.after(now)))
                .toList();
    }

    List<Notice> all(String siteKey) {
        return context.transactions().required(() -> em().createQuery(
                "select n from Notice n where n.siteKey = :site order by n.startsAt desc", Notice.class)
                .setParameter("site", siteKey).getResultList());
    }

    /** Validates, stores, and emits {@code notice.created} in the same transaction. */
    Notice create(String siteKey, NoticeInput in, String author) {
        Map<String, String> errors = validate(in);
        if (!errors.isEmpty()) {
            throw new InvalidNoticeException(errors);
        }
        return forgetAfter(() -> context.transactions().required(() -> {
            Notice n = new Notice();
            n.id = UUID.randomUUID().toString();
            n.siteKey = siteKey;
            n.messageVi = nfc(in.messageVi());
            n.messageEn = nfc(in.messageEn());
            n.level = in.level() == null ? "info" : in.level();
            n.startsAt = Timestamp.from(in.startsAt() == null ? Instant.now() : in.startsAt());
            n.endsAt = in.endsAt() == null ? null : Timestamp.from(in.endsAt());
            n.active = true;
            n.createdBy = author;
            n.createdAt = Timestamp.from(Instant.now());
            em().persist(n);
            context.events().publish("notice.created", siteKey, "{\"id\":\"" + n.id + "\"}");
            // the banner shows on every page of the site
            context.pageCache().invalidate(vn.portal.kernel.api.web.PageCache.site(siteKey));
            context.audit().record("notice.created", siteKey, n.id, n.level + ": " + n.messageVi);
            return n;
        }));
    }

    /** Switches off every notice of a site (used when the site is archived). Idempotent. */
    int deactivateAll(String siteKey) {
        return forgetAfter(() -> context.transactions().required(() -> em()
                .createQuery("update Notice n set n.active = false where n.siteKey = :site and n.active = true")
                .setParameter("site", siteKey).executeUpdate()));
    }

    /** Switches off notices whose end has passed. */
    int expire() {
        return forgetAfter(() -> context.transactions().required(() -> em()
                .createQuery("update Notice n set n.active = false where n.active = true and n.endsAt < :now")
                .setParameter("now", Timestamp.from(Instant.now())).executeUpdate()));
    }

    /** Runs a change, then forgets the remembered notices (after its commit, so none is read back stale). */
    private <T> T forgetAfter(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } finally {
            changes.incrementAndGet();
            memo.clear();
        }
    }

    static Map<String, String> validate(NoticeInput in) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (in == null || in.messageVi() == null || in.messageVi().isBlank()) {
            errors.put("messageVi", "the Vietnamese message is required");
            return errors;
        }
        if (in.messageVi().length() > 1000 || (in.messageEn() != null && in.messageEn().length() > 1000)) {
            errors.put("messageVi", "at most 1000 characters");
        }
        if (in.level() != null && !in.level().equals("info") && !in.level().equals("warning")) {
            errors.put("level", "info or warning");
        }
        if (in.startsAt() != null && in.endsAt() != null && !in.endsAt().isAfter(in.startsAt())) {
            errors.put("endsAt", "must be after startsAt");
        }
        return errors;
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s.trim(), Normalizer.Form.NFC);
    }

    private EntityManager em() {
        return context.persistence().entityManager();
    }
}
