package vn.portal.plugins.content;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.plugin.SeedData;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;

/**
 * Loads the sample content ({@code sites/<seed>/content/<site>.json}, see sites/demo/README.md)
 * into every site that has no items yet, on the plugin's start. Items are created, moved through
 * the site's workflow to "published" and translated by the {@link ContentService} as the user
 * {@value #USER}, so revisions, slugs, categories, syndication, page-cache tags and the
 * {@code content.*} events are the real ones (the search plugin indexes from those events).
 * One transaction per site: a bad item fails its whole site, loudly in the log with the file and
 * the item, and the site stays empty. A site that has any item is never touched, so a restart
 * loads nothing twice.
 */
final class ContentSeed {

    static final String USER = "system";
    private static final String NOTE = "Dữ liệu mẫu / sample data";
    private static final Logger LOG = Logger.getLogger(ContentSeed.class.getName());

    private final PluginContext context;
    private final ContentService service;

    ContentSeed(PluginContext context, ContentService service) {
        this.context = context;
        this.service = service;
    }

    /** Loads every seed file whose site is still empty; never throws (the plugin starts anyway). */
    int loadAll() {
        SeedData seed = context.seedData();
        List<String> files;
        try {
            if (seed.name().isEmpty()) {
                return 0;
            }
            files = seed.list("").stream().filter(f -> f.endsWith(".json")).toList();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Sample content of seed '" + seed.name() + "' cannot be listed: " + e.getMessage(), e);
            return 0;
        }
        int total = 0;
        for (String file : files) {
            total += load(seed, file);
        }
        return total;
    }

    /** @return the items loaded from this file: 0 when its site already has items or the file is bad */
    int load(SeedData seed, String file) {
        SeedContent content;
        try (InputStream in = seed.open(file).orElseThrow(() -> new IOException("no such file"))) {
            content = SeedContent.read(file, in.readAllBytes(), service.definitions(), Instant.now());
        } catch (SeedContent.Problem e) {
            LOG.severe("Sample content NOT loaded: " + e.getMessage());
            return 0;
        } catch (IOException e) {
            LOG.severe("Sample content NOT loaded: " + file + " cannot be read: " + e.getMessage());
            return 0;
        }
        Site site = context.sites().find(content.site()).orElse(null);
        if (site == null) {
            LOG.severe("Sample content NOT loaded: " + file + " is for the site '" + content.site()
                    + "', which does not exist");
            return 0;
        }
        if (itemCount(site.key()) > 0) {
            LOG.fine(() -> "Site " + site.key() + " has content; its sample content is left out");
            return 0;
        }
        Map<String, String> blobs = new LinkedHashMap<>();
        try {
            Map<String, String> alts = altTexts(content);
            for (String path : content.files(service.definitions())) {
                blobs.put(path, store(seed, site, file, path, alts.get(path)));
            }
            int n = context.transactions().required(() -> write(site, content, blobs));
            LOG.info("First start: loaded " + n + " sample items into site " + site.key() + " from "
                    + seed.name() + "/content/" + file);
            return n;
        } catch (SeedContent.Problem | RuntimeException e) {
            // the transaction is rolled back; the files stored for it go too
            for (String id : blobs.values()) {
                try {
                    context.blobs().delete(id);
                } catch (IOException | RuntimeException ignored) {
                    // an orphan file is harmless; the reason below is what matters
                }
            }
            LOG.log(Level.SEVERE, "Sample content of site " + site.key() + " NOT loaded (nothing of it was kept): "
                    + e.getMessage(), e instanceof SeedContent.Problem ? null : e);
            return 0;
        }
    }

    private long itemCount(String siteKey) {
        return context.transactions().required(() -> context.persistence().entityManager()
                .createQuery("select count(i) from ContentItem i where i.siteKey = :s", Long.class)
                .setParameter("s", siteKey).getSingleResult());
    }

    /**
     * A picture's description as the first item showing it gives it ({@code featuredImage} →
     * {@code featuredImageAlt}), so the sample pictures arrive described in the media library.
     */
    private static Map<String, String> altTexts(SeedContent content) {
        Map<String, String> alts = new HashMap<>();
        for (SeedContent.Item it : content.items()) {
            it.fields().forEach((name, value) -> {
                Object alt = it.fields().get(name + "Alt");
                if (value != null && alt != null && !alt.toString().isBlank()) {
                    alts.putIfAbsent(value.toString(), alt.toString());
                }
            });
        }
        return alts;
    }

    private String store(SeedData seed, Site site, String file, String path, String alt) throws SeedContent.Problem {
        try (InputStream in = seed.open(path).orElse(null)) {
            if (in == null) {
                throw new SeedContent.Problem(file, null, "refers to " + path + ", which is not in the seed folder");
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            return service.storeMedia(site, in.readAllBytes(), name, alt, alt, USER).blobId;
        } catch (IOException | ApiProblem e) {
            throw new SeedContent.Problem(file, null, path + " cannot be stored: " + e.getMessage());
        }
    }

    /** Inside the site's transaction; any failure rolls all of it back. */
    private int write(Site site, SeedContent content, Map<String, String> blobs) {
        if (itemCount(site.key()) > 0) {
            return 0; // another node loaded it meanwhile
        }
        for (SeedContent.Category c : content.categories()) {
            service.saveCategory(site.key(), c.slug(), c.nameVi(), c.nameEn(), c.position());
        }
        List<Workflow.Action> toPublished = pathToPublished(service.workflow(site.key()));
        Map<String, ContentItem> done = new HashMap<>();
        for (SeedContent.Item it : content.items()) {
            try {
                ContentItem item = create(site, it, resolve(it, blobs), done);
                Timestamp at = Timestamp.from(it.publishedAt());
                item.createdAt = at;
                item.publishedAt = at; // shown as the publication date (publishing keeps a date already set)
                for (Workflow.Action action : toPublished) {
                    service.transition(site, item.id, action, NOTE, USER);
                }
                if (it.pushTo() != null) {
                    service.syndication().push(item, it.pushTo(), it.mandatory(), USER, NOTE);
                }
                if (it.propose()) {
                    service.syndication().propose(item, USER, NOTE);
                }
                done.put(it.key(), item);
            } catch (RuntimeException e) {
                throw new IllegalStateException(content.file() + ", item '" + it.key() + "': " + describe(e), e);
            }
        }
        return done.size();
    }

    private ContentItem create(Site site, SeedContent.Item it, Map<String, Object> fields, Map<String, ContentItem> done) {
        if (it.translationOf() == null) {
            return service.create(site, new ItemInput(it.type(), it.locale(), it.title(), it.summary(), it.slug(), fields,
                    null, null, null, NOTE, it.categories()), USER);
        }
        ContentItem original = done.get(it.translationOf());
        ContentItem t = service.translate(site, original.id, it.locale(), USER);
        // the translation gives what differs; the rest (dates, codes, files) is the original's
        Map<String, Object> merged = new LinkedHashMap<>(ContentService.fieldsOf(original.fields));
        merged.putAll(fields);
        return service.update(site, t.id, new ItemInput(t.type, t.locale, it.title(), it.summary(), it.slug(), merged,
                null, null, t.version, NOTE, it.categories()), USER);
    }

    /** The item's fields with seed paths replaced by the ids of the stored files. */
    private Map<String, Object> resolve(SeedContent.Item it, Map<String, String> blobs) {
        ContentType type = service.definitions().type(it.type());
        Map<String, Object> out = new LinkedHashMap<>();
        it.fields().forEach((name, value) -> {
            String kind = type.field(name).kind();
            out.put(name, "image".equals(kind) || "file".equals(kind) ? blobs.get(value.toString()) : value);
        });
        return out;
    }

    /** The shortest way through the workflow from its first state to "published". */
    static List<Workflow.Action> pathToPublished(Workflow workflow) {
        Map<String, List<Workflow.Action>> paths = new HashMap<>(Map.of(workflow.initial(), List.of()));
        Deque<String> queue = new ArrayDeque<>(List.of(workflow.initial()));
        while (!queue.isEmpty()) {
            String state = queue.removeFirst();
            if ("published".equals(state)) {
                return paths.get(state);
            }
            for (Workflow.Action a : workflow.from(state)) {
                if (!paths.containsKey(a.to())) {
                    List<Workflow.Action> path = new ArrayList<>(paths.get(state));
                    path.add(a);
                    paths.put(a.to(), List.copyOf(path));
                    queue.addLast(a.to());
                }
            }
        }
        throw new IllegalStateException("The workflow '" + workflow.name() + "' has no way from '" + workflow.initial()
                + "' to 'published'");
    }

    private static String describe(RuntimeException e) {
        if (e instanceof ApiProblem p) {
            return p.getMessage() + (p.fieldErrors().isEmpty() ? "" : " " + p.fieldErrors());
        }
        return String.valueOf(e.getMessage());
    }
}
