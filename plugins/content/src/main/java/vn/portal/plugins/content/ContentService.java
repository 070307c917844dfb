package vn.portal.plugins.content;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;
import vn.portal.kernel.api.site.SiteMemo;

/**
 * Items of a site: create, edit (every save a revision, stale edits refused), move through
 * the site's workflow (publishing copies the item to the public table), translate, restore.
 * Each change and the event it emits commit together.
 */
final class ContentService {

    static final Jsonb JSON = JsonbBuilder.create();

    private final PluginContext context;
    private final Definitions definitions;
    private final FieldChecker fields;
    private final SyndicationService syndication;
    private final MediaLibrary media;
    private final PublishedReads reads;
    private final SiteMemo<List<Category>> categories = new SiteMemo<>(Duration.ofSeconds(30), this::readCategories);

    ContentService(PluginContext context, Definitions definitions) {
        this.context = context;
        this.definitions = definitions;
        this.media = new MediaLibrary(context);
        this.fields = new FieldChecker(context, media::find);
        this.syndication = new SyndicationService(context);
        this.reads = new PublishedReads(context);
    }

    /** What the public sees: the published copies. */
    PublishedReads reads() {
        return reads;
    }

    MediaLibrary media() {
        return media;
    }

    SyndicationService syndication() {
        return syndication;
    }

    Definitions definitions() {
        return definitions;
    }

    Workflow workflow(String siteKey) {
        return definitions.workflow(context.settings().forSite(siteKey, "content.workflow").orElse("default"));
    }

    // ---- writes ------------------------------------------------------------------------------

    ContentItem create(Site site, ItemInput in, String user) {
        ContentType type = definitions.type(in == null ? null : in.type());
        if (type == null) {
            throw ApiProblem.badRequest("Unknown content type", Map.of("type", "one of " + definitions.types().stream()
                    .map(ContentType::name).toList()));
        }
        String locale = in.locale() == null ? site.defaultLocale() : in.locale();
        if (!site.locales().contains(locale)) {
            throw ApiProblem.badRequest("The site has no locale '" + locale + "'", Map.of("locale", "one of " + site.locales()));
        }
        return context.transactions().required(() -> {
            ContentItem item = new ContentItem();
            item.id = UUID.randomUUID().toString();
            item.siteKey = site.key();
            item.type = type.name();
            item.locale = locale;
            item.status = workflow(site.key()).initial();
            item.author = user;
            item.createdAt = now();
            apply(item, type, in, user);
            em().persist(item);
            saveRevision(item, in.note());
            publishEvent("content.item.created", item);
            return item;
        });
    }

    ContentItem update(Site site, String id, ItemInput in, String user) {
        return context.transactions().required(() -> {
            ContentItem item = get(site, id);
            if (in == null || in.version() == null) {
                throw ApiProblem.badRequest("Say which version you edited", Map.of("version", "required"));
            }
            if (in.version() != item.version) {
                throw stale(item);
            }
            apply(item, definitions.type(item.type), in, user);
            try {
                em().flush();
            } catch (OptimisticLockException e) {
                throw stale(item);
            }
            saveRevision(item, in.note());
            publishEvent("content.item.updated", item);
            return item;
        });
    }

    /** Copies title, summary, slug, fields and dates from the input, checked. */
    private void apply(ContentItem item, ContentType type, ItemInput in, String user) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = nfc(in.title());
        if (title == null) {
            errors.put("title", "Tiêu đề là bắt buộc / the title is required");
        } else if (title.length() > 500) {
            errors.put("title", "at most 500 characters");
        }
        String summary = nfc(in.summary());
        if (summary != null && summary.length() > 2000) {
            errors.put("summary", "at most 2000 characters");
        }
        Map<String, String> values = fields.check(item.siteKey, type, in.fields(), errors);
        if (in.publishAt() != null && in.expireAt() != null && !in.expireAt().isAfter(in.publishAt())) {
            errors.put("expireAt", "must be after publishAt");
        }
        String slug = in.slug() == null || in.slug().isBlank() ? null : in.slug().trim();
        if (slug != null && !Slugs.valid(slug)) {
            errors.put("slug", "lower-case letters, digits and '-', like quyet-dinh-so-12");
        }
        String categories = in.categories() == null ? item.categories : categories(item.siteKey, in.categories(), errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest("The item has invalid fields", errors);
        }
        if (slug == null) {
            slug = item.slug != null && title.equals(item.title) ? item.slug : freeSlug(item, Slugs.of(title));
        } else if (!slug.equals(item.slug) && slugTaken(item, slug)) {
            throw new ApiProblem(409, "The address /" + type.path() + "/" + slug + " is used by another item of this"
                    + " site; choose another", Map.of("slug", "already used"));
        }
        item.title = title;
        item.summary = summary;
        item.slug = slug;
        item.fields = JSON.toJson(values);
        item.categories = categories;
        item.publishAt = in.publishAt() == null ? null : Timestamp.from(in.publishAt());
        item.expireAt = in.expireAt() == null ? null : Timestamp.from(in.expireAt());
        item.updatedBy = user;
        item.updatedAt = now();
    }

    /** The category slugs, each one of the site's, as stored (space-separated), or null for none. */
    private String categories(String siteKey, List<String> slugs, Map<String, String> errors) {
        // from the database, not the remembered list: a change validates against what is committed (or its own transaction's)
        List<String> known = readCategories(siteKey).stream().map(c -> c.slug).toList();
        List<String> unknown = slugs.stream().filter(c -> !known.contains(c)).toList();
        if (!unknown.isEmpty()) {
            errors.put("categories", "not categories of this site: " + unknown + "; known: " + known);
        }
        return slugs.isEmpty() ? null : String.join(" ", new java.util.LinkedHashSet<>(slugs));
    }

    /** The site's categories in their order (remembered: every item page names its categories). */
    List<Category> categoriesOf(String siteKey) {
        return categories.get(siteKey);
    }

    private List<Category> readCategories(String siteKey) {
        return List.copyOf(context.transactions().required(() -> em().createQuery("select c from Category c"
                + " where c.siteKey = :s order by c.position, c.nameVi", Category.class).setParameter("s", siteKey)
                .getResultList()));
    }

    Optional<Category> category(String siteKey, String slug) {
        return categoriesOf(siteKey).stream().filter(c -> c.slug.equals(slug)).findFirst();
    }

    Category saveCategory(String siteKey, String slug, String nameVi, String nameEn, Integer position) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!Slugs.valid(slug) || slug.length() > 50) {
            errors.put("slug", "up to 50 lower-case letters, digits and '-', like cai-cach-hanh-chinh");
        }
        if (nfc(nameVi) == null) {
            errors.put("nameVi", "the Vietnamese name is required");
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest("The category has invalid fields", errors);
        }
        return categories.changing(() -> context.transactions().required(() -> {
            // the managed row, not the remembered copy
            Category c = em().createQuery("select c from Category c where c.siteKey = :s and c.slug = :slug",
                    Category.class).setParameter("s", siteKey).setParameter("slug", slug).getResultList().stream()
                    .findFirst().orElseGet(() -> {
                        Category n = new Category();
                        n.id = UUID.randomUUID().toString();
                        n.siteKey = siteKey;
                        n.slug = slug;
                        em().persist(n);
                        return n;
                    });
            c.nameVi = nfc(nameVi);
            c.nameEn = nfc(nameEn);
            c.position = position == null ? 0 : position;
            // item pages, lists and menus name categories: a rename is rare, so every page of the site goes
            context.pageCache().invalidate(vn.portal.kernel.api.web.PageCache.site(siteKey));
            return c;
        }));
    }

    /** The base slug, or base-2, base-3… when taken on the site in that language. */
    private String freeSlug(ContentItem item, String base) {
        String slug = base;
        for (int n = 2; slugTaken(item, slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private boolean slugTaken(ContentItem item, String slug) {
        long working = em().createQuery("select count(i) from ContentItem i where i.siteKey = :site and i.locale = :locale"
                + " and i.slug = :slug and i.id <> :id", Long.class).setParameter("site", item.siteKey)
                .setParameter("locale", item.locale).setParameter("slug", slug)
                .setParameter("id", item.id).getSingleResult();
        long published = em().createQuery("select count(p) from PublishedItem p where p.siteKey = :site"
                + " and p.locale = :locale and p.slug = :slug and p.itemId <> :id", Long.class)
                .setParameter("site", item.siteKey).setParameter("locale", item.locale).setParameter("slug", slug)
                .setParameter("id", item.id).getSingleResult();
        return working + published > 0;
    }

    private void saveRevision(ContentItem item, String note) {
        item.revision++;
        ContentRevision r = new ContentRevision();
        r.itemId = item.id;
        r.revision = item.revision;
        r.title = item.title;
        r.slug = item.slug;
        r.summary = item.summary;
        r.fields = item.fields;
        r.categories = item.categories;
        r.author = item.updatedBy;
        r.createdAt = item.updatedAt;
        r.note = note == null ? null : nfc(note.length() > 500 ? note.substring(0, 500) : note);
        em().persist(r);
    }

    /**
     * Moves the item by a workflow action. Publishing an item whose {@code publishAt} lies
     * ahead schedules it instead; leaving "published" takes the public copy down.
     */
    ContentItem transition(Site site, String id, Workflow.Action action, String comment, String user) {
        return context.transactions().required(() -> move(get(site, id), action, comment, user));
    }

    private ContentItem move(ContentItem item, Workflow.Action action, String comment, String user) {
        if (!action.from().contains(item.status)) {
            throw new ApiProblem(409, "Cannot " + action.name() + " an item that is " + item.status + "; possible: "
                    + workflow(item.siteKey).from(item.status).stream().map(Workflow.Action::name).toList(), Map.of());
        }
        String note = nfc(comment);
        if (action.commentRequired() && note == null) {
            throw ApiProblem.badRequest("Say why (" + action.name() + ")", Map.of("comment", "required"));
        }
        String from = item.status;
        String to = action.to();
        if ("published".equals(to) && item.publishAt != null && item.publishAt.toInstant().isAfter(Instant.now())) {
            to = "scheduled";
        }
        item.status = to;
        item.updatedAt = now();
        if ("published".equals(to)) {
            publishCopy(item);
        } else if ("published".equals(from)) {
            PublishedItem p = em().find(PublishedItem.class, item.id);
            if (p != null) {
                em().remove(p);
            }
            em().createQuery("delete from PublishedField f where f.itemId = :id").setParameter("id", item.id)
                    .executeUpdate();
        }
        ContentTransition t = new ContentTransition();
        t.id = UUID.randomUUID().toString();
        t.itemId = item.id;
        t.action = action.name();
        t.fromStatus = from;
        t.toStatus = to;
        t.actor = user;
        t.note = note == null ? null : note.substring(0, Math.min(note.length(), 1000));
        t.at = now();
        em().persist(t);
        if ("published".equals(to) || "published".equals(from)) {
            // the item's page and the lists that show it change — its site's, the sites above
            // (which aggregate their children) and those it is syndicated to — after the commit
            List<String> sites = new ArrayList<>();
            for (String key = item.siteKey; key != null; key = context.sites().find(key).map(Site::parentKey).orElse(null)) {
                sites.add(key);
            }
            sites.addAll(syndication.shownOn(item.id));
            syndication.invalidate(item.id, sites);
            // its translations' pages offer a language switch to it
            family(item.id).forEach(other -> context.pageCache().invalidate(ItemPages.tag(other)));
        }
        publishEvent("content.item." + to, item);
        context.audit().record("item." + action.name(), item.siteKey, item.id, from + " → " + to + ": " + item.title
                + (note == null ? "" : " (" + note + ")"));
        return item;
    }

    private void publishCopy(ContentItem item) {
        PublishedItem p = em().find(PublishedItem.class, item.id);
        boolean first = p == null;
        if (first) {
            p = new PublishedItem();
            p.itemId = item.id;
        }
        if (item.publishedAt == null) {
            item.publishedAt = now();
        }
        p.copy(item, publicFields(item));
        p.publishedAt = item.publishedAt;
        p.updatedAt = now();
        if (first) {
            em().persist(p);
        }
        indexFields(item);
    }

    /** The item's fields without the internal ones (personal data of citizens), for the public copy. */
    private String publicFields(ContentItem item) {
        ContentType type = definitions.type(item.type);
        Map<String, Object> out = new LinkedHashMap<>(fieldsOf(item.fields));
        out.keySet().removeIf(name -> type.field(name) != null && type.field(name).internal());
        return JSON.toJson(out);
    }

    /** Short, filterable fields of the published copy (not rich text). */
    private void indexFields(ContentItem item) {
        em().createQuery("delete from PublishedField f where f.itemId = :id").setParameter("id", item.id).executeUpdate();
        ContentType type = definitions.type(item.type);
        fieldsOf(publicFields(item)).forEach((name, value) -> {
            ContentType.Field f = type.field(name);
            if (f != null && !List.of("richtext", "longtext").contains(f.kind()) && value != null
                    && value.toString().length() <= 500) {
                PublishedField pf = new PublishedField();
                pf.itemId = item.id;
                pf.name = name;
                pf.value = "text".equals(f.kind()) ? value.toString().toLowerCase(java.util.Locale.ROOT) : value.toString();
                em().persist(pf);
            }
        });
        if (item.categories != null) {
            for (String c : item.categories.split(" ")) {
                PublishedField pf = new PublishedField();
                pf.itemId = item.id;
                pf.name = "category:" + c;
                pf.value = "1";
                em().persist(pf);
            }
        }
    }

    /** A filter on a published field: exact value, a prefix (dates by year), or a part (text). */
    record FieldFilter(String name, String value, String match) {
    }

    /** Published items of a type matching every filter, newest first. */
    List<PublishedItem> search(String siteKey, String locale, String type, List<FieldFilter> filters, int offset,
            int limit) {
        StringBuilder jpql = new StringBuilder("select p from PublishedItem p where p.siteKey = :s and p.locale = :l"
                + " and p.type = :t");
        for (int i = 0; i < filters.size(); i++) {
            jpql.append(" and p.itemId in (select f.itemId from PublishedField f where f.name = :n").append(i)
                    .append(" and f.value ").append("exact".equals(filters.get(i).match()) ? "= :v" : "like :v")
                    .append(i).append(")");
        }
        jpql.append(" order by p.publishedAt desc");
        return context.transactions().required(() -> {
            TypedQuery<PublishedItem> q = em().createQuery(jpql.toString(), PublishedItem.class)
                    .setParameter("s", siteKey).setParameter("l", locale).setParameter("t", type);
            for (int i = 0; i < filters.size(); i++) {
                FieldFilter f = filters.get(i);
                q.setParameter("n" + i, f.name()).setParameter("v" + i, switch (f.match()) {
                    case "prefix" -> f.value() + "%";
                    case "part" -> "%" + f.value().toLowerCase(java.util.Locale.ROOT) + "%";
                    default -> f.value();
                });
            }
            return q.setFirstResult(offset).setMaxResults(limit).getResultList();
        });
    }

    /** Publishes scheduled items whose time has come, and unpublishes expired ones. */
    int runSchedule() {
        return context.transactions().required(() -> {
            Timestamp now = now();
            int n = 0;
            for (ContentItem i : em().createQuery("select i from ContentItem i where i.status = 'scheduled'"
                    + " and i.publishAt <= :now", ContentItem.class).setParameter("now", now).getResultList()) {
                i.status = "approved";
                move(i, new Workflow.Action("publish", List.of("approved"), "published", "publish", false),
                        "scheduled publication", "system");
                n++;
            }
            for (ContentItem i : em().createQuery("select i from ContentItem i where i.status = 'published'"
                    + " and i.expireAt <= :now", ContentItem.class).setParameter("now", now).getResultList()) {
                move(i, new Workflow.Action("expire", List.of("published"), "unpublished", "publish", false),
                        "expired", "system");
                n++;
            }
            return n;
        });
    }

    /** A new draft in another language, linked to the original and copied from it. */
    ContentItem translate(Site site, String id, String locale, String user) {
        return context.transactions().required(() -> {
            ContentItem original = get(site, id);
            String originalId = original.translationOf == null ? original.id : original.translationOf;
            boolean exists = family(originalId).stream().map(other -> em().find(ContentItem.class, other))
                    .anyMatch(other -> other != null && locale.equals(other.locale));
            if (exists) {
                throw new ApiProblem(409, "This item already has a '" + locale + "' version", Map.of("locale", "exists"));
            }
            Map<String, Object> copied = new LinkedHashMap<>(fieldsOf(original.fields));
            ContentItem t = create(site, new ItemInput(original.type, locale, original.title, original.summary, null,
                    copied, null, null, null, "translation of " + original.id), user);
            t.translationOf = originalId;
            return t;
        });
    }

    /** The item and its translations, by locale. */
    List<ContentItem> translations(Site site, String id) {
        return context.transactions().required(() -> {
            ContentItem item = get(site, id);
            String originalId = item.translationOf == null ? item.id : item.translationOf;
            return family(originalId).stream().map(other -> em().find(ContentItem.class, other))
                    .filter(java.util.Objects::nonNull).sorted(java.util.Comparator.comparing((ContentItem i) -> i.locale))
                    .toList();
        });
    }

    /** Makes an old revision the working copy again (as a new revision). */
    ContentItem restore(Site site, String id, int revision, String user) {
        ContentRevision r = revision(site, id, revision);
        ContentItem item = context.transactions().required(() -> get(site, id));
        return update(site, id, new ItemInput(item.type, item.locale, r.title, r.summary, r.slug, fieldsOf(r.fields),
                null, null, item.version, "restored revision " + revision,
                r.categories == null ? List.of() : List.of(r.categories.split(" "))), user);
    }

    /** Largest upload in bytes, from the setting {@code content.max-upload-mb} (default 20). */
    long maxUpload(String siteKey) {
        return media.maxUpload(siteKey);
    }

    /**
     * Stores an uploaded image or document in the site's media library (checked by its bytes:
     * 415 for other content, 413 when too large; see {@link MediaLibrary#store}).
     */
    MediaFile storeMedia(Site site, byte[] bytes, String fileName, String title, String alt, String user)
            throws IOException {
        return media.store(site, bytes, fileName, title, alt, user);
    }

    /** Newest first, like {@link #list}, one more than asked so the caller knows whether a next page exists. */
    List<ContentItem> listPage(Site site, String type, String status, String locale, String q, int page, int size) {
        return list(site, type, status, locale, q, page * size, size + 1);
    }

    // ---- reads -------------------------------------------------------------------------------

    ContentItem get(Site site, String id) {
        return context.transactions().required(() -> {
            ContentItem item = em().find(ContentItem.class, id);
            if (item == null || !item.siteKey.equals(site.key())) {
                throw ApiProblem.notFound("No item " + id + " on site " + site.key());
            }
            return item;
        });
    }

    List<ContentItem> list(Site site, String type, String status, String locale, String q, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("select i from ContentItem i where i.siteKey = :site");
        Map<String, Object> params = new LinkedHashMap<>(Map.of("site", site.key()));
        filter(jpql, params, "type", type);
        filter(jpql, params, "status", status);
        filter(jpql, params, "locale", locale);
        if (q != null && !q.isBlank()) {
            jpql.append(" and lower(i.title) like :q");
            params.put("q", "%" + nfc(q).toLowerCase() + "%");
        }
        jpql.append(" order by i.updatedAt desc");
        return context.transactions().required(() -> {
            TypedQuery<ContentItem> query = em().createQuery(jpql.toString(), ContentItem.class);
            params.forEach(query::setParameter);
            return query.setFirstResult(offset).setMaxResults(limit).getResultList();
        });
    }

    private static void filter(StringBuilder jpql, Map<String, Object> params, String name, String value) {
        if (value != null && !value.isBlank()) {
            jpql.append(" and i.").append(name).append(" = :").append(name);
            params.put(name, value);
        }
    }

    List<ContentRevision> revisions(Site site, String id) {
        get(site, id);
        return context.transactions().required(() -> em().createQuery("select r from ContentRevision r where"
                + " r.itemId = :id order by r.revision desc", ContentRevision.class).setParameter("id", id).getResultList());
    }

    ContentRevision revision(Site site, String id, int revision) {
        get(site, id);
        return context.transactions().required(() -> Optional.ofNullable(
                em().find(ContentRevision.class, new ContentRevision.Key(id, revision)))
                .orElseThrow(() -> ApiProblem.notFound("Item " + id + " has no revision " + revision)));
    }

    List<ContentTransition> transitions(Site site, String id) {
        get(site, id);
        return context.transactions().required(() -> em().createQuery("select t from ContentTransition t where"
                + " t.itemId = :id order by t.at", ContentTransition.class).setParameter("id", id).getResultList());
    }

    /**
     * The ids of an item's original and of all its translations (the item among them). Two index look-ups:
     * "id = o or translation_of = o" in one query reads the whole table in H2.
     */
    private List<String> family(String itemId) {
        String original = em().createQuery("select i.translationOf from ContentItem i where i.id = :id", String.class)
                .setParameter("id", itemId).getResultList().stream().filter(java.util.Objects::nonNull).findFirst()
                .orElse(itemId);
        List<String> ids = new ArrayList<>();
        ids.add(original);
        ids.addAll(em().createQuery("select i.id from ContentItem i where i.translationOf = :o", String.class)
                .setParameter("o", original).getResultList());
        return ids;
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** The public address of a published item. */
    String url(String siteKey, String locale, String type, String slug) {
        return siteUrl(siteKey, locale) + definitions.type(type).path() + "/" + slug;
    }

    /** The site's home in that language, ending in '/'. */
    String siteUrl(String siteKey, String locale) {
        return context.sites().url(siteKey) + ("vi".equals(locale) ? "" : locale + "/");
    }

    private void publishEvent(String type, ContentItem item) {
        Map<String, Object> payload = new LinkedHashMap<>(Map.of("id", item.id, "type", item.type,
                "locale", item.locale, "slug", item.slug, "status", item.status));
        if ("content.item.published".equals(type)) {
            // what subscribers are told (notification plugin): enough to write the message and match the topics
            Map<String, Object> f = fieldsOf(item.fields);
            payload.put("title", item.title);
            payload.put("url", url(item.siteKey, item.locale, item.type, item.slug));
            payload.put("summary", item.summary);
            payload.put("categories", item.categories == null ? List.of() : List.of(item.categories.split(" ")));
            payload.put("sector", f.get("sector"));
            payload.put("unit", f.get("unit"));
        }
        context.events().publish(type, item.siteKey, JSON.toJson(payload));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> fieldsOf(String json) {
        return json == null || json.isBlank() ? Map.of() : JSON.fromJson(json, LinkedHashMap.class);
    }

    private static ApiProblem stale(ContentItem item) {
        return new ApiProblem(409, "Someone else changed this item (by " + item.updatedBy + " at " + item.updatedAt
                + "); reload it and apply your change again", Map.of("version", "current is " + item.version));
    }

    private EntityManager em() {
        return context.persistence().entityManager();
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    static String nfc(String s) {
        if (s == null) {
            return null;
        }
        String v = Normalizer.normalize(s, Normalizer.Form.NFC).strip();
        return v.isEmpty() ? null : v;
    }

    static List<String> split(String csv) {
        List<String> out = new ArrayList<>();
        if (csv != null) {
            for (String s : csv.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }
}
