package vn.portal.plugins.notify.subscription;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;
import vn.portal.plugins.notify.channel.Addresses;
import vn.portal.plugins.notify.domain.Preference;
import vn.portal.plugins.notify.domain.Subscription;

/**
 * A signed-in person's notification settings: the channels they accept (e-mail to an address,
 * SMS to a phone, the portal inbox) and what they follow. A followed topic is one subscription
 * row per accepted channel (the sender works per channel and address); the preferences page
 * shows them as one line, and changing the channels or addresses updates every line at once.
 * Signed-in people need no confirmation message: the account is theirs.
 */
public final class UserSubscriptions {

    public static final List<String> CHANNELS = List.of("email", "sms", "inbox");

    /** One followed topic, on however many channels. */
    public record Followed(String id, String siteKey, String topic, String value, String digest, String label,
            List<String> channels) {
    }

    private final PluginContext context;
    private final Subscriptions subscriptions;

    public UserSubscriptions(PluginContext context, Subscriptions subscriptions) {
        this.context = context;
        this.subscriptions = subscriptions;
    }

    /** The stored choices, or the defaults (the inbox only) for someone who never saved any. */
    public Preference preference(String userId) {
        return context.transactions().required(() -> {
            Preference p = em().find(Preference.class, userId);
            if (p != null) {
                em().detach(p);
                return p;
            }
            Preference d = new Preference();
            d.userId = userId;
            d.locale = "vi";
            d.channels = "inbox";
            d.digest = "NONE";
            return d;
        });
    }

    /**
     * Saves the channels and addresses; every followed topic moves to them.
     * @throws ApiProblem 400 with the fields in error (email, phone, channels)
     */
    public Preference save(String userId, Set<String> channels, String email, String phone, String locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> chosen = new LinkedHashSet<>();
        for (String c : CHANNELS) {
            if (channels != null && channels.contains(c)) {
                chosen.add(c);
            }
        }
        if (chosen.isEmpty()) {
            errors.put("channels", "Chọn ít nhất một kênh / choose at least one channel");
        }
        String mail = email == null || email.isBlank() ? null : nfc(email).toLowerCase(Locale.ROOT);
        String phoneNumber = phone == null || phone.isBlank() ? null : phone.strip();
        if (chosen.contains("email") || mail != null) {
            String problem = Addresses.emailProblem(mail);
            if (problem != null) {
                errors.put("email", problem);
            }
        }
        if (chosen.contains("sms") || phoneNumber != null) {
            String problem = Addresses.phoneProblem(phoneNumber);
            if (problem != null) {
                errors.put("phone", problem);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest("The notification settings have invalid fields", errors);
        }
        return context.transactions().required(() -> {
            EntityManager em = em();
            Preference p = em.find(Preference.class, userId);
            if (p == null) {
                p = new Preference();
                p.userId = userId;
                p.digest = "NONE";
                em.persist(p);
            }
            p.email = mail;
            p.phone = phoneNumber == null ? null : Addresses.phone(phoneNumber);
            p.channels = String.join(" ", chosen);
            p.locale = "en".equals(locale) ? "en" : "vi";
            p.updatedAt = Timestamp.from(Instant.now());
            for (Followed f : followed(userId)) {
                sync(em, userId, f, p);
            }
            context.audit().record("preferences.saved", null, userId, p.channels);
            return p;
        });
    }

    /** Follows a topic of the site on every accepted channel; following it again changes nothing. */
    public Followed follow(Site site, String userId, String topic, String value, String digestChoice) {
        String digest = digestChoice == null || digestChoice.isBlank() ? "NONE" : digestChoice;
        Map<String, String> errors = new LinkedHashMap<>();
        Subscriptions.checkTopic(topic, value, digest, errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest("The subscription has invalid fields", errors);
        }
        String v = "SITE".equals(topic) ? null : nfc(value);
        return context.transactions().required(() -> {
            EntityManager em = em();
            Preference p = preference(userId);
            Followed f = new Followed(null, site.key(), topic, v, digest, null, List.of());
            for (Followed existing : followed(userId)) {
                if (existing.siteKey().equals(site.key()) && existing.topic().equals(topic)
                        && java.util.Objects.equals(existing.value(), v)) {
                    f = existing; // the same topic: only the digest choice may change (sync sets it)
                }
            }
            sync(em, userId, new Followed(f.id(), site.key(), topic, v, digest, null, f.channels()), p);
            context.audit().record("subscription.followed", site.key(), userId, topic + " " + (v == null ? "" : v)
                    + " " + digest);
            return f;
        });
    }

    /** Stops following the topic one of whose rows is {@code id} (it must be the person's). */
    public boolean unfollow(String userId, String id) {
        return context.transactions().required(() -> {
            EntityManager em = em();
            Subscription s = em.find(Subscription.class, id);
            if (s == null || !userId.equals(s.userId)) {
                return false;
            }
            for (Subscription row : rows(userId)) {
                if (row.siteKey.equals(s.siteKey) && row.topic.equals(s.topic)
                        && java.util.Objects.equals(row.topicValue, s.topicValue)) {
                    end(row);
                }
            }
            context.audit().record("subscription.unfollowed", s.siteKey, userId, s.topic);
            return true;
        });
    }

    /** What the person follows, one line per site and topic, in the order they began. */
    public List<Followed> followed(String userId) {
        Map<String, Followed> out = new LinkedHashMap<>();
        for (Subscription s : rows(userId)) {
            String key = s.siteKey + "\n" + s.topic + "\n" + (s.topicValue == null ? "" : s.topicValue);
            Followed f = out.get(key);
            List<String> channels = new ArrayList<>(f == null ? List.of() : f.channels());
            channels.add(s.channel);
            out.put(key, new Followed(f == null ? s.id : f.id(), s.siteKey, s.topic, s.topicValue, s.digest,
                    subscriptions.topicLabel(s), List.copyOf(channels)));
        }
        return List.copyOf(out.values());
    }

    /** Makes the topic's rows match the accepted channels and their current addresses. */
    private void sync(EntityManager em, String userId, Followed f, Preference p) {
        Set<String> wanted = new LinkedHashSet<>(List.of(p.channels.split(" ")));
        for (Subscription row : rows(userId)) {
            if (!row.siteKey.equals(f.siteKey()) || !row.topic.equals(f.topic())
                    || !java.util.Objects.equals(row.topicValue, f.value())) {
                continue;
            }
            String address = address(row.channel, p, userId);
            if (wanted.remove(row.channel) && address != null) {
                row.address = address;
                row.digest = f.digest();
            } else {
                end(row);
            }
        }
        for (String channel : wanted) {
            String address = address(channel, p, userId);
            if (address == null) {
                continue;
            }
            Subscription s = new Subscription();
            s.id = UUID.randomUUID().toString();
            s.siteKey = f.siteKey();
            s.topic = f.topic();
            s.topicValue = f.value();
            s.channel = channel;
            s.address = address;
            s.userId = userId;
            s.locale = p.locale == null ? "vi" : p.locale;
            s.digest = f.digest();
            s.status = Subscription.ACTIVE;
            s.createdAt = Timestamp.from(Instant.now());
            s.confirmedAt = s.createdAt;
            em.persist(s);
        }
        em.flush();
    }

    private static String address(String channel, Preference p, String userId) {
        return switch (channel) {
            case "email" -> p.email;
            case "sms" -> p.phone;
            case "inbox" -> userId;
            default -> null;
        };
    }

    private List<Subscription> rows(String userId) {
        return context.transactions().required(() -> em().createQuery("select s from Subscription s where s.userId = :u"
                + " and s.status = 'ACTIVE' and s.topic <> 'DOSSIERS' order by s.createdAt", Subscription.class)
                .setParameter("u", userId).getResultList());
    }

    private static void end(Subscription s) {
        s.status = Subscription.UNSUBSCRIBED;
        s.endedAt = Timestamp.from(Instant.now());
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    private EntityManager em() {
        return context.persistence().entityManager();
    }
}
