package vn.portal.plugins.content;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.pf4j.Extension;
import vn.portal.kernel.api.event.PortalEvent;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.plugins.search.api.FacetLabels;
import vn.portal.plugins.search.api.Indexable;
import vn.portal.plugins.search.api.SearchDocument;

/**
 * Published items for the search plugin (present only when it is installed: the dependency is
 * optional). Only the public copy is read, so drafts, items waiting for review and items taken
 * down are never found; every translation is a document of its own language. Content items
 * cannot be restricted to some readers (published means public), so no document carries a
 * permission.
 */
@Extension
public class ContentIndexable implements Indexable, FacetLabels {

    static final String SOURCE = "content";
    private static final int BATCH = 200;
    /** Field kinds whose text is searched (rich text as plain text, catalog codes as their names). */
    private static final Set<String> TEXT_KINDS = Set.of("text", "longtext", "richtext", "select", "catalog");

    private final PluginContext context;

    public ContentIndexable(PluginContext context) {
        this.context = context;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    /** Every change of an item's state: created, updated, published, unpublished, archived, … */
    @Override
    public Set<String> eventTypes() {
        return Set.of("content.item.*");
    }

    @Override
    public List<String> affectedIds(PortalEvent event) {
        Object id = ContentService.fieldsOf(event.payload()).get("id");
        return id == null ? List.of() : List.of(id.toString());
    }

    @Override
    public Optional<SearchDocument> document(String id) {
        // plugin persistence units have no shared cache (ADR 0008): this reads the committed row
        return context.transactions().required(() -> Optional.ofNullable(em().find(PublishedItem.class, id))
                .map(this::toDocument));
    }

    /** The site's published items, a batch per transaction, in id order (stable while items change). */
    @Override
    public void forEachDocument(String siteKey, Consumer<SearchDocument> sink) {
        String after = "";
        while (true) {
            String from = after;
            List<PublishedItem> batch = context.transactions().required(() -> em().createQuery("select p from"
                    + " PublishedItem p where p.siteKey = :s and p.itemId > :after order by p.itemId", PublishedItem.class)
                    .setParameter("s", siteKey).setParameter("after", from).setMaxResults(BATCH).getResultList());
            List<SearchDocument> docs = new ArrayList<>(batch.size());
            batch.forEach(p -> docs.add(toDocument(p)));
            docs.forEach(sink);
            if (batch.size() < BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).itemId;
        }
    }

    /** The public copy as a search document: fields as text, catalog codes as names, the item's public address. */
    SearchDocument toDocument(PublishedItem p) {
        ContentService service = ContentPlugin.service(context);
        ContentType type = service.definitions().type(p.type);
        Map<String, Object> values = ContentService.fieldsOf(p.fields);
        StringBuilder body = new StringBuilder();
        if (type != null) {
            for (ContentType.Field f : type.fields()) {
                Object v = values.get(f.name());
                if (v == null || f.internal() || !TEXT_KINDS.contains(f.kind()) || f.name().endsWith("Alt")) {
                    continue;
                }
                String text = switch (f.kind()) {
                    case "richtext" -> context.richText().text(v.toString());
                    case "catalog" -> catalogName(f.catalog(), v.toString(), p.locale);
                    default -> v.toString();
                };
                if (text != null && !text.isBlank()) {
                    body.append(body.length() == 0 ? "" : "\n").append(text);
                }
            }
        }
        String url = type == null ? service.siteUrl(p.siteKey, p.locale) : service.url(p.siteKey, p.locale, p.type, p.slug);
        List<String> categories = p.categories == null || p.categories.isBlank() ? List.of()
                : List.of(p.categories.trim().split(" +"));
        return new SearchDocument(SOURCE, p.itemId, p.siteKey, p.type, p.locale, p.title, p.summary, body.toString(),
                url, p.publishedAt == null ? null : p.publishedAt.toInstant(), categories, code(values.get("sector")),
                code(values.get("unit")), null);
    }

    private String catalogName(String catalog, String code, String locale) {
        return context.catalogs().find(catalog, code, LocalDate.now(ItemPages.VIETNAM))
                .map(e -> "en".equals(locale) && e.nameEn() != null ? e.nameEn() : e.nameVi()).orElse(code);
    }

    private static String code(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** Names of content types and of the site's categories. */
    @Override
    public Optional<String> label(String dimension, String value, String siteKey, String locale) {
        ContentService service = ContentPlugin.service(context);
        if ("type".equals(dimension)) {
            return Optional.ofNullable(service.definitions().type(value)).map(t -> t.label(locale));
        }
        if ("category".equals(dimension)) {
            return service.category(siteKey, value).map(c -> c.name(locale)).or(() -> context.transactions().required(
                    () -> em().createQuery("select c from Category c where c.slug = :s order by c.siteKey", Category.class)
                            .setParameter("s", value).setMaxResults(1).getResultList().stream().findFirst()
                            .map(c -> c.name(locale))));
        }
        return Optional.empty();
    }

    private EntityManager em() {
        return context.persistence().entityManager();
    }
}
