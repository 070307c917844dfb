package vn.portal.plugins.notify.subscription;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;
import vn.portal.plugins.notify.channel.Addresses;
import vn.portal.plugins.notify.delivery.DeliveryQueue;
import vn.portal.plugins.notify.delivery.Recipient;
import vn.portal.plugins.notify.domain.Subscription;
import vn.portal.plugins.notify.template.MessageKind;

/**
 * Subscriptions to new content (a whole site, a category, a sector, an administrative unit) and
 * to a site's dossier events (webhooks). Anonymous citizens subscribe by e-mail and must confirm
 * the address (double opt-in) before anything else is sent; signed-in people subscribe from their
 * preferences page without that step. Every subscription message carries a signed unsubscribe link.
 */
public final class Subscriptions {

    public static final String PREFERENCES_PATH = "/tai-khoan/thong-bao";
    public static final Set<String> CONTENT_TOPICS = Set.of("SITE", "CATEGORY", "SECTOR", "UNIT");
    /** How often subscribers hear: at once, or in a daily or weekly digest (DigestJob). */
    public static final List<String> DIGESTS = List.of("NONE", "DAILY", "WEEKLY");

    private final PluginContext context;
    private final DeliveryQueue queue;
    private final LinkTokens tokens;

    public Subscriptions(PluginContext context, DeliveryQueue queue, LinkTokens tokens) {
        this.context = context;
        this.queue = queue;
        this.tokens = tokens;
    }

    public List<Subscription> active(String siteKey, String topic) {
        return em().createQuery("select s from Subscription s where s.siteKey = :k and s.topic = :t and s.status = 'ACTIVE'",
                Subscription.class).setParameter("k", siteKey).setParameter("t", topic).getResultList();
    }

    /** Active content subscriptions of the site that an item with these categories, sector and unit matches. */
    public List<Subscription> matching(String siteKey, List<String> categories, String sector, String unit) {
        List<Subscription> out = new ArrayList<>();
        for (Subscription s : em().createQuery("select s from Subscription s where s.siteKey = :k and s.status = 'ACTIVE'"
                + " and s.topic <> 'DOSSIERS'", Subscription.class).setParameter("k", siteKey).getResultList()) {
            boolean match = switch (s.topic) {
                case "SITE" -> true;
                case "CATEGORY" -> categories.contains(s.topicValue);
                case "SECTOR" -> s.topicValue != null && s.topicValue.equals(sector);
                case "UNIT" -> s.topicValue != null && s.topicValue.equals(unit);
                default -> false;
            };
            if (match) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * An anonymous citizen's subscription by e-mail: PENDING, and a confirmation message queued in
     * the same transaction. Asking again for the same thing sends no second confirmation.
     */
    public Subscription subscribeByEmail(Site site, String email, String topic, String value, String digest, String locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        String address = email == null ? null : nfc(email).toLowerCase(java.util.Locale.ROOT);
        String problem = Addresses.emailProblem(address);
        if (problem != null) {
            errors.put("email", problem);
        }
        checkTopic(topic, value, digest, errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest("The subscription has invalid fields", errors);
        }
        return context.transactions().required(() -> {
            Optional<Subscription> same = em().createQuery("select s from Subscription s where s.siteKey = :k and"
                    + " s.channel = 'email' and s.address = :a and s.topic = :t and s.status <> 'UNSUBSCRIBED'",
                    Subscription.class).setParameter("k", site.key()).setParameter("a", address).setParameter("t", topic)
                    .getResultList().stream().filter(s -> same(s.topicValue, nfc(value))).findFirst();
            if (same.isPresent()) {
                return same.get();
            }
            Subscription s = create(site, topic, value, "email", address, null, locale, digest, Subscription.PENDING);
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("siteName", siteName(site, s.locale));
            vars.put("topicLabel", topicLabel(s));
            vars.put("confirmUrl", context.sites().url(site.key()) + "thong-bao/xac-nhan?t="
                    + tokens.sign("confirm", s.id));
            queue.enqueue("subscribe:" + s.id, "notify.subscription.requested", Instant.now(), site.key(),
                    MessageKind.SUBSCRIPTION_CONFIRM, Recipient.direct("email", address, s.locale), vars);
            context.audit().record("subscription.requested", site.key(), s.id, topic + " " + (value == null ? "" : value));
            return s;
        });
    }

    /** A signed-in person's subscription: active at once (their address is theirs). */
    public Subscription subscribeUser(Site site, String userId, String channel, String address, String topic, String value,
            String digest, String locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkTopic(topic, value, digest, errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest("The subscription has invalid fields", errors);
        }
        return context.transactions().required(() -> {
            Subscription s = create(site, topic, value, channel, address, userId, locale, digest, Subscription.ACTIVE);
            s.confirmedAt = s.createdAt;
            return s;
        });
    }

    /** A webhook for a site's dossier events or new content (administrators). */
    public Subscription webhook(Site site, String url, String topic, String value) {
        Map<String, String> errors = new LinkedHashMap<>();
        String problem = Addresses.urlProblem(url);
        if (problem != null) {
            errors.put("url", problem);
        }
        if (!"DOSSIERS".equals(topic)) {
            checkTopic(topic, value, "NONE", errors);
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest("The webhook has invalid fields", errors);
        }
        return context.transactions().required(() -> {
            Subscription s = create(site, topic, value, "webhook", url.strip(), null, "vi", "NONE", Subscription.ACTIVE);
            s.confirmedAt = s.createdAt;
            context.audit().record("webhook.created", site.key(), s.id, topic + " → " + URI.create(url.strip()).getHost());
            return s;
        });
    }

    public Optional<Subscription> confirm(String token) {
        return tokens.verify("confirm", token).flatMap(id -> context.transactions().required(() -> {
            Subscription s = em().find(Subscription.class, id);
            if (s == null || Subscription.UNSUBSCRIBED.equals(s.status)) {
                return Optional.<Subscription>empty();
            }
            if (Subscription.PENDING.equals(s.status)) {
                s.status = Subscription.ACTIVE;
                s.confirmedAt = Timestamp.from(Instant.now());
                context.audit().record("subscription.confirmed", s.siteKey, s.id, s.topic);
            }
            return Optional.of(s);
        }));
    }

    /** Ends the subscription the token names; doing it twice is fine. */
    public Optional<Subscription> unsubscribe(String token) {
        return tokens.verify("unsubscribe", token).flatMap(this::end);
    }

    public Optional<Subscription> end(String id) {
        return context.transactions().required(() -> {
            Subscription s = em().find(Subscription.class, id);
            if (s == null) {
                return Optional.<Subscription>empty();
            }
            if (!Subscription.UNSUBSCRIBED.equals(s.status)) {
                s.status = Subscription.UNSUBSCRIBED;
                s.endedAt = Timestamp.from(Instant.now());
                context.audit().record("subscription.ended", s.siteKey, s.id, s.topic);
            }
            return Optional.of(s);
        });
    }

    public List<Subscription> ofUser(String userId) {
        return context.transactions().required(() -> em().createQuery("select s from Subscription s where s.userId = :u"
                + " and s.status <> 'UNSUBSCRIBED' order by s.createdAt", Subscription.class).setParameter("u", userId)
                .getResultList());
    }

    public List<Subscription> ofSite(String siteKey, int max) {
        return context.transactions().required(() -> em().createQuery("select s from Subscription s where s.siteKey = :k"
                + " order by s.createdAt desc", Subscription.class).setParameter("k", siteKey).setMaxResults(max)
                .getResultList());
    }

    /** The page that asks "unsubscribe?" (links in message bodies). */
    public String unsubscribePage(Subscription s) {
        return context.sites().url(s.siteKey) + "thong-bao/huy?t=" + tokens.sign("unsubscribe", s.id);
    }

    /** The signed-in person's notification settings on the site. */
    public String preferencesPage(String siteKey) {
        return context.sites().url(siteKey) + PREFERENCES_PATH.substring(1);
    }

    /** RFC 8058's one-click address: a POST here unsubscribes at once (mail clients' button). */
    public String unsubscribeOneClick(Subscription s) {
        URI site = URI.create(context.sites().url(s.siteKey));
        String origin = site.getScheme() + "://" + site.getRawAuthority();
        return origin + "/api/v1/notify/public/unsubscribe?site=" + s.siteKey + "&t=" + tokens.sign("unsubscribe", s.id);
    }

    public String topicLabel(Subscription s) {
        return topicLabel(s.topic, s.topicValue, s.locale);
    }

    /** "lĩnh vực Nội vụ", "all news", … in the given language. */
    public String topicLabel(String topic, String value, String locale) {
        boolean en = "en".equals(locale);
        return switch (topic) {
            case "SITE" -> en ? "all news" : "tất cả tin";
            case "CATEGORY" -> (en ? "category " : "chuyên mục ") + value;
            case "SECTOR" -> (en ? "sector " : "lĩnh vực ") + catalogName("sectors", value, en);
            case "UNIT" -> (en ? "area " : "địa bàn ") + catalogName("admin-units", value, en);
            case "DOSSIERS" -> en ? "dossiers" : "hồ sơ";
            default -> topic;
        };
    }

    private String catalogName(String catalog, String code, boolean en) {
        try {
            return context.catalogs().find(catalog, code, java.time.LocalDate.now())
                    .map(e -> en && e.nameEn() != null ? e.nameEn() : e.nameVi()).orElse(code);
        } catch (RuntimeException e) {
            return code;
        }
    }

    private Subscription create(Site site, String topic, String value, String channel, String address, String userId,
            String locale, String digest, String status) {
        Subscription s = new Subscription();
        s.id = UUID.randomUUID().toString();
        s.siteKey = site.key();
        s.topic = topic;
        s.topicValue = "SITE".equals(topic) || "DOSSIERS".equals(topic) ? null : nfc(value);
        s.channel = channel;
        s.address = address;
        s.userId = userId;
        s.locale = "en".equals(locale) ? "en" : "vi";
        s.digest = digest == null ? "NONE" : digest;
        s.status = status;
        s.createdAt = Timestamp.from(Instant.now());
        em().persist(s);
        return s;
    }

    static void checkTopic(String topic, String value, String digest, Map<String, String> errors) {
        if (topic == null || !CONTENT_TOPICS.contains(topic)) {
            errors.put("topic", "Chọn chủ đề / choose what to follow: " + CONTENT_TOPICS);
        } else if (!"SITE".equals(topic) && (value == null || value.isBlank() || value.length() > 200
                || !value.strip().matches("[\\p{L}\\p{N}._-]+"))) {
            errors.put("value", "Hãy chọn chuyên mục, lĩnh vực hoặc địa bàn / say which category, sector or unit");
        }
        if (digest != null && !DIGESTS.contains(digest)) {
            errors.put("digest", "NONE, DAILY or WEEKLY");
        }
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null || b.isBlank() : a.equals(b);
    }

    static String siteName(Site s, String locale) {
        return "en".equals(locale) && s.nameEn() != null && !s.nameEn().isBlank() ? s.nameEn() : s.nameVi();
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    private EntityManager em() {
        return context.persistence().entityManager();
    }
}
