package vn.portal.plugins.content;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.web.PageCache;

/**
 * Items shown beyond their own site. A department or commune proposes a published item to
 * its parent, which accepts or rejects it; accepted items appear in the parent's lists and
 * pages, linking to the original as canonical. The province pushes a mandatory notice to all
 * or some of its descendants, shown there at once, and sees where it is shown.
 */
final class SyndicationService {

    private final PluginContext context;

    SyndicationService(PluginContext context) {
        this.context = context;
    }

    Syndication propose(ContentItem item, String user, String note) {
        Site source = site(item.siteKey);
        if (source.parentKey() == null) {
            throw ApiProblem.badRequest("Site " + source.key() + " has no parent to propose to", Map.of());
        }
        return context.transactions().required(() -> {
            existing(item.id, source.parentKey()).ifPresent(s -> {
                if (!"REJECTED".equals(s.status) && !"WITHDRAWN".equals(s.status)) {
                    throw new ApiProblem(409, "Already " + s.status.toLowerCase() + " on " + s.targetSite, Map.of());
                }
                em().remove(s);
                em().flush();
            });
            Syndication s = create(item, source.parentKey(), "PROPOSAL", "PROPOSED", false, user, note);
            context.events().publish("content.syndication.proposed", source.parentKey(), json(s));
            return s;
        });
    }

    /** Pushes to the given descendants of the item's site, or to all of them when none are given. */
    List<Syndication> push(ContentItem item, List<String> targets, boolean mandatory, String user, String note) {
        List<Site> below = context.sites().subtree(item.siteKey).stream().skip(1).toList();
        Set<String> allowed = new LinkedHashSet<>(below.stream().map(Site::key).toList());
        List<String> chosen = targets == null || targets.isEmpty() ? List.copyOf(allowed) : targets;
        List<String> outside = chosen.stream().filter(t -> !allowed.contains(t)).toList();
        if (!outside.isEmpty() || chosen.isEmpty()) {
            throw ApiProblem.badRequest(chosen.isEmpty() ? "Site " + item.siteKey + " has no sites below it"
                    : "Not below " + item.siteKey + ": " + outside, Map.of("targets", "sites below " + item.siteKey));
        }
        return context.transactions().required(() -> {
            List<Syndication> out = new ArrayList<>();
            for (String target : chosen) {
                Syndication s = existing(item.id, target).orElse(null);
                if (s == null) {
                    s = create(item, target, "PUSH", "ACCEPTED", mandatory, user, note);
                } else {
                    s.kind = "PUSH";
                    s.status = "ACCEPTED";
                    s.mandatory = mandatory;
                }
                s.decidedBy = user;
                s.decidedAt = now();
                out.add(s);
            }
            invalidate(item.id, chosen);
            context.events().publish("content.syndication.pushed", item.siteKey,
                    ContentService.JSON.toJson(Map.of("itemId", item.id, "targets", chosen, "mandatory", mandatory)));
            context.audit().record("syndication.pushed", item.siteKey, item.id, (mandatory ? "mandatory " : "")
                    + "to " + chosen);
            return out;
        });
    }

    /** The target site accepts or rejects a proposal. */
    Syndication decide(Site target, String id, boolean accept, String user, String note) {
        return context.transactions().required(() -> {
            Syndication s = em().find(Syndication.class, id);
            if (s == null || !s.targetSite.equals(target.key())) {
                throw ApiProblem.notFound("No proposal " + id + " to " + target.key());
            }
            if (!"PROPOSED".equals(s.status)) {
                throw new ApiProblem(409, "The proposal is already " + s.status.toLowerCase(), Map.of());
            }
            s.status = accept ? "ACCEPTED" : "REJECTED";
            s.decidedBy = user;
            s.decidedAt = now();
            s.note = note;
            invalidate(s.itemId, List.of(s.targetSite));
            context.events().publish("content.syndication." + s.status.toLowerCase(), s.sourceSite, json(s));
            context.audit().record("syndication." + s.status.toLowerCase(), target.key(), s.itemId, note);
            return s;
        });
    }

    /** The source withdraws an item from a site (mandatory pushes too). */
    Syndication withdraw(Site source, String id, String user) {
        return context.transactions().required(() -> {
            Syndication s = em().find(Syndication.class, id);
            if (s == null || !s.sourceSite.equals(source.key())) {
                throw ApiProblem.notFound("No syndication " + id + " from " + source.key());
            }
            s.status = "WITHDRAWN";
            s.decidedBy = user;
            s.decidedAt = now();
            invalidate(s.itemId, List.of(s.targetSite));
            return s;
        });
    }

    List<Syndication> ofItem(String itemId) {
        return context.transactions().required(() -> em().createQuery("select s from Syndication s where s.itemId = :i"
                + " order by s.targetSite", Syndication.class).setParameter("i", itemId).getResultList());
    }

    List<Syndication> toSite(String siteKey, String status) {
        return context.transactions().required(() -> {
            var q = em().createQuery("select s from Syndication s where s.targetSite = :t"
                    + (status == null ? "" : " and s.status = :st") + " order by s.requestedAt desc", Syndication.class)
                    .setParameter("t", siteKey);
            return (status == null ? q : q.setParameter("st", status)).getResultList();
        });
    }

    /** Sites (other than its own) where an item is shown: accepted syndications. */
    List<String> shownOn(String itemId) {
        return context.transactions().required(() -> em().createQuery("select s.targetSite from Syndication s where"
                + " s.itemId = :i and s.status = 'ACCEPTED'", String.class).setParameter("i", itemId).getResultList());
    }

    /** The pages of the target sites and their general lists show the item: drop them after commit. */
    void invalidate(String itemId, List<String> sites) {
        List<String> tags = new ArrayList<>(List.of(ItemPages.tag(itemId)));
        sites.forEach(s -> tags.add(PageCache.general(s)));
        context.pageCache().invalidate(tags.toArray(String[]::new));
    }

    private Syndication create(ContentItem item, String target, String kind, String status, boolean mandatory,
            String user, String note) {
        Syndication s = new Syndication();
        s.id = UUID.randomUUID().toString();
        s.itemId = item.id;
        s.sourceSite = item.siteKey;
        s.targetSite = target;
        s.kind = kind;
        s.status = status;
        s.mandatory = mandatory;
        s.requestedBy = user;
        s.requestedAt = now();
        s.note = ContentService.nfc(note);
        em().persist(s);
        return s;
    }

    private java.util.Optional<Syndication> existing(String itemId, String target) {
        return em().createQuery("select s from Syndication s where s.itemId = :i and s.targetSite = :t", Syndication.class)
                .setParameter("i", itemId).setParameter("t", target).getResultList().stream().findFirst();
    }

    private Site site(String key) {
        return context.sites().find(key).orElseThrow(() -> ApiProblem.notFound("No site " + key));
    }

    private static String json(Syndication s) {
        return ContentService.JSON.toJson(Map.of("id", s.id, "itemId", s.itemId, "source", s.sourceSite,
                "target", s.targetSite, "status", s.status));
    }

    private EntityManager em() {
        return context.persistence().entityManager();
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
