package vn.portal.plugins.notify.template;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.notify.api.TextFormat;
import vn.portal.plugins.notify.domain.Template;

/**
 * The templates in use: an administrator's version from the database, else the built-in one.
 * A stored template that fails when a message is rendered (it cannot, once saved through
 * {@link #save}, but the database may be edited by hand or a variable may be dropped in a later
 * version) never drops the message: the built-in template is used and the problem is reported.
 */
public final class Templates {

    public static final List<String> LOCALES = List.of("vi", "en");
    private static final Duration CACHE = Duration.ofSeconds(30);

    private final PluginContext context;
    private final BuiltInTemplates builtIn = new BuiltInTemplates();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Optional<TemplateText> stored, Instant until) {
    }

    public Templates(PluginContext context) {
        this.context = context;
    }

    public static String locale(String locale) {
        return "en".equals(locale) ? "en" : "vi";
    }

    public TemplateText builtIn(MessageKind kind, String channel, TextFormat format, String locale) {
        return builtIn.get(kind, channel, format, locale(locale));
    }

    /** What is used now for this kind, channel and locale. */
    public TemplateText effective(MessageKind kind, String channel, TextFormat format, String locale) {
        return stored(kind, channel, locale(locale)).orElseGet(() -> builtIn(kind, channel, format, locale));
    }

    /** Renders with the effective template, falling back to the built-in one if that fails. */
    public Rendered render(MessageKind kind, String channel, TextFormat format, String locale, Map<String, ?> variables) {
        TemplateText t = effective(kind, channel, format, locale);
        try {
            return TemplateRenderer.render(t, kind, format, variables);
        } catch (TemplateException e) {
            if (t.builtIn()) {
                throw e; // a broken built-in template is a bug of the plugin, caught by its tests
            }
            Rendered r = TemplateRenderer.render(builtIn(kind, channel, format, locale), kind, format, variables);
            return new Rendered(r.subject(), r.text(), r.html(), "template " + kind.id() + "/" + channel + "/"
                    + locale(locale) + " failed (" + e.getMessage() + "); the built-in template was used");
        }
    }

    /** Checks a template against the kind's sample values; the exception names the problem. */
    public Rendered check(MessageKind kind, String channel, TextFormat format, String locale, String subject, String body) {
        return TemplateRenderer.render(new TemplateText(kind.id(), channel, locale(locale), subject, body, false), kind,
                format, kind.sample());
    }

    public void save(MessageKind kind, String channel, TextFormat format, String locale, String subject, String body,
            String user) {
        check(kind, channel, format, locale, subject, body);
        context.transactions().required(() -> {
            Template t = find(kind.id(), channel, locale(locale));
            if (t == null) {
                t = new Template();
                t.id = UUID.randomUUID().toString();
                t.kind = kind.id();
                t.channel = channel;
                t.locale = locale(locale);
                context.persistence().entityManager().persist(t);
            }
            t.subject = subject;
            t.body = body;
            t.updatedBy = user;
            t.updatedAt = Timestamp.from(Instant.now());
            return t;
        });
        cache.clear();
        context.audit().record("template.saved", null, kind.id() + "/" + channel + "/" + locale(locale), "by " + user);
    }

    /** Back to the built-in template. */
    public void reset(MessageKind kind, String channel, String locale, String user) {
        context.transactions().required(() -> {
            Template t = find(kind.id(), channel, locale(locale));
            if (t != null) {
                context.persistence().entityManager().remove(t);
            }
            return null;
        });
        cache.clear();
        context.audit().record("template.reset", null, kind.id() + "/" + channel + "/" + locale(locale), "by " + user);
    }

    private Optional<TemplateText> stored(MessageKind kind, String channel, String locale) {
        String key = kind.id() + "/" + channel + "/" + locale;
        Cached c = cache.get(key);
        if (c == null || c.until().isBefore(Instant.now())) {
            Optional<TemplateText> t = context.transactions().required(() -> Optional.ofNullable(find(kind.id(), channel,
                    locale)).map(x -> new TemplateText(x.kind, x.channel, x.locale, x.subject, x.body, false)));
            c = new Cached(t, Instant.now().plus(CACHE));
            cache.put(key, c);
        }
        return c.stored();
    }

    private Template find(String kind, String channel, String locale) {
        return context.persistence().entityManager().createQuery("select t from Template t where t.kind = :k and"
                + " t.channel = :c and t.locale = :l", Template.class).setParameter("k", kind).setParameter("c", channel)
                .setParameter("l", locale).getResultStream().findFirst().orElse(null);
    }
}
