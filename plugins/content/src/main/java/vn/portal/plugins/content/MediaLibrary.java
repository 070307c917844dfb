package vn.portal.plugins.content;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.kernel.api.blob.BlobRef;
import vn.portal.kernel.api.blob.FileTypes;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;

/**
 * The media library of each site: every stored image and document with its name, title and
 * description, found again by words without diacritics, reused by items, described, and deleted
 * once no item shows it. The bytes are kernel blobs; this keeps what people need to find them.
 */
final class MediaLibrary {

    private static final Logger LOG = Logger.getLogger(MediaLibrary.class.getName());

    /** An item that shows a file: in its working copy, its published copy, or both. */
    record Usage(String itemId, String title, String type, String locale, String status, boolean published) {
    }

    private final PluginContext context;

    MediaLibrary(PluginContext context) {
        this.context = context;
    }

    /** Largest upload in bytes, from the setting {@code content.max-upload-mb} (default 20). */
    long maxUpload(String siteKey) {
        return Long.parseLong(context.settings().forSite(siteKey, "content.max-upload-mb").orElse("20")) * 1024 * 1024;
    }

    /**
     * Stores an uploaded image or document in the site's library. Its type is read from its bytes
     * ({@link FileTypes}), never from its name: anything else is refused with 415, anything over
     * {@link #maxUpload} with 413 (both keyed {@code file}). The library row and the audit record
     * commit together; when they cannot, the blob is removed again.
     */
    MediaFile store(Site site, byte[] bytes, String fileName, String title, String alt, String user) throws IOException {
        long max = maxUpload(site.key());
        if (bytes.length > max) {
            throw new ApiProblem(413, "Tệp quá lớn / the file is larger than " + max / (1024 * 1024) + " MB",
                    Map.of("file", "too large"));
        }
        if (bytes.length == 0) {
            throw ApiProblem.badRequest("Tệp rỗng / the file is empty", Map.of("file", "empty"));
        }
        String type = FileTypes.detect(Arrays.copyOf(bytes, Math.min(bytes.length, FileTypes.HEAD))).orElseThrow(() ->
                new ApiProblem(415, "Tệp không đúng định dạng cho phép / the file's content is not an image (PNG, JPEG,"
                        + " GIF, WebP), PDF or office document", Map.of("file", "type not accepted")));
        MediaFile m = new MediaFile();
        m.siteKey = site.key();
        m.kind = MediaText.kind(type);
        m.mediaType = type;
        m.fileName = MediaText.fileName(fileName);
        describe(m, title, alt);
        if (m.isImage()) {
            int[] wh = MediaText.dimensions(bytes);
            if (wh != null) {
                m.width = wh[0];
                m.height = wh[1];
            }
        }
        m.size = bytes.length;
        m.uploadedBy = user == null ? "system" : user;
        m.uploadedAt = Timestamp.from(Instant.now());
        BlobRef ref = context.blobs().put(new ByteArrayInputStream(bytes), type);
        m.blobId = ref.id();
        try {
            return context.transactions().required(() -> {
                em().persist(m);
                context.audit().record("media.uploaded", site.key(), ref.id(), type + ", " + ref.size() + " bytes, "
                        + m.fileName);
                return m;
            });
        } catch (RuntimeException e) {
            context.blobs().delete(ref.id());
            throw e;
        }
    }

    /** Sets title and description, checked (the description only for images). */
    private static void describe(MediaFile m, String title, String alt) {
        Map<String, String> errors = new LinkedHashMap<>();
        String t = MediaText.text(title);
        String a = m.isImage() ? MediaText.text(alt) : null;
        if (t != null && t.length() > 500) {
            errors.put("title", "at most 500 characters");
        }
        if (a != null && a.length() > 500) {
            errors.put("alt", "at most 500 characters");
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest("The file's description is invalid", errors);
        }
        m.title = t;
        m.altText = a;
        m.searchText = MediaText.searchText(m.fileName, t, a);
    }

    /** A file of the site's library, else 404. */
    MediaFile get(Site site, String id) {
        return find(id).filter(m -> m.siteKey.equals(site.key()))
                .orElseThrow(() -> ApiProblem.notFound("No file " + id + " in the library of " + site.key()));
    }

    Optional<MediaFile> find(String id) {
        if (id == null || !id.matches("[A-Za-z0-9-]{1,80}")) {
            return Optional.empty();
        }
        return context.transactions().required(() -> Optional.ofNullable(em().find(MediaFile.class, id)));
    }

    /**
     * The site's files, newest first, of one kind or both; {@code q} matches name, title or
     * description without regard to case or diacritics.
     */
    List<MediaFile> list(String siteKey, String kind, String q, int offset, int limit) {
        StringBuilder jpql = new StringBuilder("select m from MediaFile m where m.siteKey = :s");
        Map<String, Object> params = new LinkedHashMap<>(Map.of("s", siteKey));
        if (kind != null && !kind.isBlank()) {
            if (!List.of(MediaFile.IMAGE, MediaFile.DOCUMENT).contains(kind)) {
                throw ApiProblem.badRequest("Unknown kind", Map.of("kind", "image or document"));
            }
            jpql.append(" and m.kind = :k");
            params.put("k", kind);
        }
        String words = MediaText.fold(q);
        int n = 0;
        for (String word : words.isEmpty() ? new String[0] : words.split(" ")) {
            jpql.append(" and m.searchText like :q").append(n).append(" escape '\\'");
            params.put("q" + n++, "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        jpql.append(" order by m.uploadedAt desc, m.blobId");
        return context.transactions().required(() -> {
            TypedQuery<MediaFile> query = em().createQuery(jpql.toString(), MediaFile.class);
            params.forEach(query::setParameter);
            return query.setFirstResult(offset).setMaxResults(limit).getResultList();
        });
    }

    /** New title and description of a file of the site. */
    MediaFile describe(Site site, String id, String title, String alt, String user) {
        return context.transactions().required(() -> {
            MediaFile m = em().find(MediaFile.class, id);
            if (m == null || !m.siteKey.equals(site.key())) {
                throw ApiProblem.notFound("No file " + id + " in the library of " + site.key());
            }
            describe(m, title, alt);
            context.audit().record("media.described", site.key(), id, (m.title == null ? "" : m.title)
                    + (m.altText == null ? "" : " / alt: " + m.altText) + " (" + user + ")");
            return m;
        });
    }

    /** The site's items that show the file, in their working or published copy (fields or rich text). */
    List<Usage> usage(String siteKey, String id) {
        if (!id.matches("[A-Za-z0-9-]{8,80}")) {
            return List.of();
        }
        String pattern = "%" + id + "%";
        return context.transactions().required(() -> {
            Map<String, Usage> out = new LinkedHashMap<>();
            List<String> published = em().createQuery("select p.itemId from PublishedItem p where p.siteKey = :s"
                    + " and p.fields like :p", String.class).setParameter("s", siteKey).setParameter("p", pattern)
                    .getResultList();
            for (ContentItem i : em().createQuery("select i from ContentItem i where i.siteKey = :s and (i.fields like :p"
                    + " or i.id in :published) order by i.updatedAt desc", ContentItem.class).setParameter("s", siteKey)
                    .setParameter("p", pattern).setParameter("published", published.isEmpty() ? List.of("-") : published)
                    .getResultList()) {
                out.put(i.id, new Usage(i.id, i.title, i.type, i.locale, i.status, published.contains(i.id)));
            }
            return new ArrayList<>(out.values());
        });
    }

    /**
     * Deletes a file no item of the site shows (else {@link MediaInUse}, 409), with its resized
     * copies. The row goes in the transaction; the bytes after it commits.
     */
    void delete(Site site, String id, String user) throws IOException {
        List<String> blobs = context.transactions().required(() -> {
            MediaFile m = em().find(MediaFile.class, id);
            if (m == null || !m.siteKey.equals(site.key())) {
                throw ApiProblem.notFound("No file " + id + " in the library of " + site.key());
            }
            List<Usage> used = usage(site.key(), id);
            if (!used.isEmpty()) {
                throw new MediaInUse(used);
            }
            List<String> gone = new ArrayList<>(List.of(id));
            for (Object variant : em().createNativeQuery("SELECT variant_id FROM content_media_variant WHERE blob_id = ?")
                    .setParameter(1, id).getResultList()) {
                gone.add(variant.toString());
            }
            em().createNativeQuery("DELETE FROM content_media_variant WHERE blob_id = ?").setParameter(1, id)
                    .executeUpdate();
            em().remove(m);
            context.audit().record("media.deleted", site.key(), id, m.fileName + " (" + user + ")");
            return gone;
        });
        for (String blob : blobs) {
            try {
                context.blobs().delete(blob);
            } catch (IOException e) {
                // the row is gone, so nothing refers to the bytes any more; only disk space is lost
                LOG.log(Level.WARNING, "[content] could not delete blob " + blob + " of a deleted library file", e);
            }
        }
    }

    /**
     * Whether staff of the site may read the file: one of its library, or — for files stored
     * before the library existed — one its items refer to.
     */
    boolean belongsTo(String siteKey, String id) {
        Optional<MediaFile> m = find(id);
        if (m.isPresent()) {
            return m.get().siteKey.equals(siteKey);
        }
        return id.matches("[A-Za-z0-9-]{8,80}") && !usage(siteKey, id).isEmpty();
    }

    private EntityManager em() {
        return context.persistence().entityManager();
    }
}
