package vn.portal.plugins.search.engine;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.portal.plugins.search.api.SearchDocument;

/**
 * The demo sites' content (sites/demo/content/*.json) as search documents, mapped the way
 * the content plugin's Indexable is expected to: the item's key as id, rich text stripped,
 * the descriptive fields (abstract, steps, answer…) in the body, codes and contact data left out.
 */
final class DemoContent {

    /** Fields that are codes, dates, files or contact data: not text anybody searches for. */
    private static final Set<String> NOT_TEXT = Set.of("file", "featuredImage", "featured", "featuredImageAlt", "photo",
            "phone", "email", "website", "askerEmail", "qaStatus", "form", "commentsOpenUntil", "issueDate",
            "effectiveDate", "validUntil", "startsAt", "endsAt", "unit", "sector", "issuer", "procedure", "agency",
            "contacts", "source");

    private DemoContent() {
    }

    static Path directory() {
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path content = p.resolve("sites/demo/content");
            if (Files.isDirectory(content)) {
                return content;
            }
        }
        throw new IllegalStateException("sites/demo/content not found above " + Paths.get("").toAbsolutePath());
    }

    @SuppressWarnings("unchecked")
    static List<SearchDocument> load() throws Exception {
        List<SearchDocument> docs = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(directory())) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        try (Jsonb jsonb = JsonbBuilder.create()) {
            for (Path file : files) {
                Map<String, Object> site;
                try (Reader r = Files.newBufferedReader(file)) {
                    site = jsonb.fromJson(r, Map.class);
                }
                String siteKey = (String) site.get("site");
                for (Map<String, Object> item : (List<Map<String, Object>>) site.get("items")) {
                    docs.add(document(siteKey, item));
                }
            }
        }
        return docs;
    }

    @SuppressWarnings("unchecked")
    private static SearchDocument document(String siteKey, Map<String, Object> item) {
        Map<String, Object> fields = (Map<String, Object>) item.getOrDefault("fields", Map.of());
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!NOT_TEXT.contains(name) && value instanceof String s && !s.isBlank()) {
                body.append(stripHtml(s)).append("\n\n");
            }
        });
        String key = (String) item.get("key");
        String slug = (String) item.getOrDefault("slug", key);
        return new SearchDocument("content", key, siteKey, (String) item.get("type"),
                (String) item.getOrDefault("locale", "vi"), (String) item.get("title"), (String) item.get("summary"),
                body.toString().strip(), "/s/" + siteKey + "/" + slug,
                OffsetDateTime.parse((String) item.get("publishedAt")).toInstant(),
                (List<String>) item.getOrDefault("categories", List.of()), (String) fields.get("sector"),
                (String) fields.get("unit"), null);
    }

    /** Tags become spaces (so "</li><li>" separates words), the common entities their characters. */
    static String stripHtml(String html) {
        return html.replaceAll("<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("[ \\t]+", " ").strip();
    }

    static void index(SearchIndex index) throws Exception {
        for (SearchDocument d : load()) {
            index.upsert(d);
        }
        index.refresh();
    }
}
