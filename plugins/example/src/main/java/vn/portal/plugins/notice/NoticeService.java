package vn.portal.plugins.notice;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.site.SiteMemo;

/** Notices of a site: the plugin's only application service. */
final class NoticeService {

    private final PluginContext context;
    /**
     * The banner is on every page: remembered per site (the notices active and not ended when read),
     * it costs no query per uncached page. Every change here forgets it.
     */
    private final SiteMemo<List<Notice>> active;

    NoticeService(PluginContext context) {
        this.context = context;
        this.active = new SiteMemo<>(Duration.ofSeconds(30), site -> List.copyOf(context.transactions().required(
                () -> em().createQuery("select n from Notice n where n.siteKey = :site and n.active = true"
                        + " and (n.endsAt is null or n.endsAt > :now) order by n.startsAt", Notice.class)
                        .setParameter("site", site).setParameter("now", Timestamp.from(Instant.now())).getResultList())));
    }

    /** Notices showing now on a site. */
    List<Notice> current(String siteKey) {
        // the times are checked at each call: a remembered notice starts and ends on time
        Timestamp now = Timestamp.from(Instant.now());
        return active.get(siteKey).stream()
                .filter(n -> !n.startsAt.after(now) && (n.endsAt == null || n.endsAt.after(now))).toList();
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
        return active.changing(() -> context.transactions().required(() -> {
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
        return active.changing(() -> context.transactions().required(() -> em()
                .createQuery("update Notice n set n.active = false where n.siteKey = :site and n.active = true")
                .setParameter("site", siteKey).executeUpdate()));
    }

    /** Switches off notices whose end has passed. */
    int expire() {
        return active.changing(() -> context.transactions().required(() -> em()
                .createQuery("update Notice n set n.active = false where n.active = true and n.endsAt < :now")
                .setParameter("now", Timestamp.from(Instant.now())).executeUpdate()));
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
