package vn.portal.plugins.content;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.site.Site;

/**
 * What public pages, feeds and the public API read: the published copies of items (never the
 * working copies). Each read is shaped for an index of content_published (see the migrations):
 * with 20,000 items an "or" or a sub-select per row made H2 read the whole table for every page.
 */
final class PublishedReads {

    private final PluginContext context;

    PublishedReads(PluginContext context) {
        this.context = context;
    }

    /** Published items of a category of the site, newest first. */
    List<PublishedItem> inCategory(String siteKey, String locale, String slug, int offset, int limit) {
        return context.transactions().required(() -> em().createQuery("select p from PublishedItem p where p.siteKey = :s"
                + " and p.locale = :l and p.itemId in (select f.itemId from PublishedField f where f.name = :c)"
                + " order by p.publishedAt desc", PublishedItem.class).setParameter("s", siteKey).setParameter("l", locale)
                .setParameter("c", "category:" + slug).setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    Optional<PublishedItem> publishedById(String siteKey, String id) {
        return context.transactions().required(() -> Optional.ofNullable(em().find(PublishedItem.class, id))
                .filter(p -> p.siteKey.equals(siteKey)));
    }

    /** The published item at this address of the site: its own first, else one shown there. */
    Optional<PublishedItem> published(String siteKey, String locale, String slug) {
        // two index look-ups: "own or shown" in one query is an "or" over two columns, which H2 answers by
        // reading every published row (25 ms a page with 20,000 items)
        return context.transactions().required(() -> em().createQuery("select p from PublishedItem p where"
                + " p.siteKey = :s and p.locale = :l and p.slug = :slug", PublishedItem.class).setParameter("s", siteKey)
                .setParameter("l", locale).setParameter("slug", slug).getResultList().stream().findFirst()
                .or(() -> em().createQuery("select p from PublishedItem p, Syndication y where y.targetSite = :s"
                        + " and y.status = 'ACCEPTED' and p.itemId = y.itemId and p.locale = :l and p.slug = :slug"
                        + " order by p.publishedAt desc", PublishedItem.class).setParameter("s", siteKey)
                        .setParameter("l", locale).setParameter("slug", slug).setMaxResults(1).getResultList()
                        .stream().findFirst()));
    }

    /**
     * The site's latest published items of these types, its own and those shown there. Its own are read
     * from the index content_published_latest: with one type the order names every column of the index,
     * which the filters hold constant but for the date, so H2 reads the newest rows straight from it and
     * stops after offset + limit. The few items shown here from other sites are found from the site's
     * syndications (an index) and merged in by date.
     */
    List<PublishedItem> latest(String siteKey, String locale, List<String> types, int offset, int limit) {
        int want = offset + limit;
        boolean one = types.size() == 1;
        List<PublishedItem> own = context.transactions().required(() -> em().createQuery("select p from"
                + " PublishedItem p where p.siteKey = :s and p.locale = :l and p.type in :types order by "
                + (one ? "p.siteKey, p.locale, p.type, " : "") + "p.publishedAt desc", PublishedItem.class)
                .setParameter("s", siteKey).setParameter("l", locale).setParameter("types", types)
                .setMaxResults(want).getResultList());
        List<PublishedItem> shown = context.transactions().required(() -> em().createQuery("select p from"
                + " PublishedItem p, Syndication y where y.targetSite = :s and y.status = 'ACCEPTED'"
                + " and p.itemId = y.itemId and p.siteKey <> :s and p.locale = :l and p.type in :types"
                + " order by p.publishedAt desc", PublishedItem.class).setParameter("s", siteKey)
                .setParameter("l", locale).setParameter("types", types).setMaxResults(want).getResultList());
        List<PublishedItem> all = new ArrayList<>(own);
        all.addAll(shown);
        if (!shown.isEmpty()) {
            all.sort(java.util.Comparator.comparing((PublishedItem p) -> p.publishedAt).reversed());
        }
        return List.copyOf(all.subList(Math.min(offset, all.size()), Math.min(want, all.size())));
    }

    /** The published versions of the item in other languages, by locale (for the language switch). */
    Map<String, PublishedItem> publishedTranslations(PublishedItem p) {
        return context.transactions().required(() -> {
            Map<String, PublishedItem> out = new LinkedHashMap<>();
            em().createQuery("select " + PublishedItem.LINK + " from PublishedItem q where q.familyId = :f"
                    + " and q.itemId <> :self", Object[].class).setParameter("f", p.familyId)
                    .setParameter("self", p.itemId).getResultList()
                    .stream().map(PublishedItem::link).forEach(q -> out.put(q.locale, q));
            return out;
        });
    }

    /** Other published items of the same type and site sharing the sector (or just the latest), for "related". */
    List<PublishedItem> related(PublishedItem p, int limit) {
        Object sector = p.values().get("sector");
        return context.transactions().required(() -> {
            // with a sector, the rows of that sector come from the index of field values (a join; "in (select …)"
            // made H2 test every item of the site); without, the site's newest read from content_published_latest
            // only what a link needs (the fields, the body among them, are most of a row's bytes)
            String jpql = sector == null
                    ? "select " + PublishedItem.LINK + " from PublishedItem q where q.siteKey = :s and q.locale = :l"
                            + " and q.type = :t and q.itemId <> :self order by q.siteKey, q.locale, q.type, q.publishedAt desc"
                    : "select " + PublishedItem.LINK + " from PublishedItem q, PublishedField f where f.name = 'sector'"
                            + " and f.value = :sector and q.itemId = f.itemId and q.siteKey = :s and q.locale = :l"
                            + " and q.type = :t and q.itemId <> :self order by q.publishedAt desc";
            var q = em().createQuery(jpql, Object[].class).setParameter("s", p.siteKey).setParameter("l", p.locale)
                    .setParameter("t", p.type).setParameter("self", p.itemId);
            if (sector != null) {
                q.setParameter("sector", sector.toString());
            }
            return q.setMaxResults(limit).getResultList().stream().map(PublishedItem::link).toList();
        });
    }

    /** The latest items published by the sites below this one (the province aggregates its children). */
    List<PublishedItem> fromBelow(String siteKey, String locale, int limit) {
        List<String> below = context.sites().subtree(siteKey).stream().skip(1).map(Site::key).toList();
        if (below.isEmpty()) {
            return List.of();
        }
        return context.transactions().required(() -> em().createQuery("select p from PublishedItem p where"
                + " p.siteKey in :below and p.locale = :l and p.type in :types order by p.publishedAt desc",
                PublishedItem.class).setParameter("below", below).setParameter("l", locale)
                .setParameter("types", List.of("article", "announcement", "event")).setMaxResults(limit).getResultList());
    }

    /** Mandatory notices pushed to this site from above, newest first. */
    List<PublishedItem> mandatory(String siteKey, String locale) {
        return context.transactions().required(() -> em().createQuery("select p from PublishedItem p where p.locale = :l"
                + " and p.itemId in (select y.itemId from Syndication y where y.targetSite = :s and y.status = 'ACCEPTED'"
                + " and y.mandatory = true) order by p.publishedAt desc", PublishedItem.class).setParameter("s", siteKey)
                .setParameter("l", locale).setMaxResults(5).getResultList());
    }

    /** Whether a published item of the site refers to this stored file (only those are public). */
    boolean isPublishedMedia(String siteKey, String blobId) {
        if (!blobId.matches("[A-Za-z0-9-]{8,80}")) {
            return false;
        }
        return context.transactions().required(() -> em().createQuery("select count(p) from PublishedItem p where"
                + " p.siteKey = :s and (p.fields like :field or p.fields like :inText)", Long.class)
                .setParameter("s", siteKey).setParameter("field", "%\"" + blobId + "\"%")
                .setParameter("inText", "%/media/" + blobId + "%").getSingleResult() > 0);
    }

    /** Every published item of the site, newest change first. */
    List<PublishedItem> allPublished(String siteKey, int limit) {
        return context.transactions().required(() -> em().createQuery("select p from PublishedItem p where"
                + " p.siteKey = :s order by p.updatedAt desc", PublishedItem.class).setParameter("s", siteKey)
                .setMaxResults(limit).getResultList());
    }

    private EntityManager em() {
        return context.persistence().entityManager();
    }
}
