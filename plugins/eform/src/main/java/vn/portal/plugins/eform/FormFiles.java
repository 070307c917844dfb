package vn.portal.plugins.eform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.portal.kernel.api.blob.BlobRef;
import vn.portal.kernel.api.plugin.PluginContext;
import vn.portal.kernel.api.rest.ApiProblem;
import vn.portal.kernel.api.site.Site;

/**
 * Downloadable forms of the procedures (level 2): staff upload a file for a procedure of the
 * catalog; uploading again under the same key adds a version that becomes the current one (the
 * old ones are kept); citizens always get the current one at the same address.
 */
final class FormFiles {

    /** What staff send: the procedure, the file's key (made from the title when empty), its titles and bytes. */
    record Upload(String procedureCode, String fileKey, String titleVi, String titleEn, String fileName, byte[] bytes) {
    }

    /** The file and the version just stored. */
    record Stored(FormFile file, FormFileVersion version) {
    }

    private final PluginContext context;
    private final int maxMb;

    FormFiles(PluginContext context, int maxMb) {
        this.context = context;
        this.maxMb = maxMb;
    }

    int maxMb() {
        return maxMb;
    }

    /**
     * Checks and stores an upload as the new current version.
     *
     * @throws ApiProblem 400 with the fields named (in the language given) when something is wrong
     */
    Stored upload(Site site, Upload u, String user, String locale) {
        Texts t = Texts.of(locale);
        Map<String, String> errors = new LinkedHashMap<>();
        String procedure = u.procedureCode() == null ? "" : u.procedureCode().strip();
        if (procedure.isEmpty() || context.catalogs().find("procedures", procedure, EformPlugin.today()).isEmpty()) {
            errors.put("procedure", t.get("files.error.procedure"));
        }
        String titleVi = clean(u.titleVi(), 300);
        String titleEn = clean(u.titleEn(), 300);
        String key = clean(u.fileKey(), 80);
        if (key == null && titleVi != null) {
            key = slug(titleVi);
        }
        if (key == null && titleVi != null || key != null && !key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            errors.put("key", t.get("files.error.key"));
        }
        Optional<FormFile> existing = key == null || errors.containsKey("procedure") ? Optional.empty()
                : find(site.key(), procedure, key);
        if (titleVi == null && existing.isEmpty()) {
            errors.put("titleVi", t.get("error.required"));
        }
        String type = null;
        if (u.bytes() == null || u.bytes().length == 0) {
            errors.put("file", t.get("files.error.noFile"));
        } else if (u.bytes().length > maxMb * 1024L * 1024L) {
            errors.put("file", t.get("error.fileSize", maxMb));
        } else {
            type = DownloadTypes.detect(u.bytes()).orElse(null);
            if (type == null) {
                errors.put("file", t.get("files.error.type"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(t.get("files.error.summary"), errors);
        }
        BlobRef blob;
        try {
            blob = context.blobs().put(new ByteArrayInputStream(u.bytes()), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fileKey = key;
        try {
            Stored stored;
            try {
                stored = store(site.key(), procedure, fileKey, titleVi, titleEn, fileName(u.fileName(), fileKey, type), blob,
                        user);
            } catch (RuntimeException e) {
                // two first uploads of the same key at once: the other created the file; this one is its next version
                if (find(site.key(), procedure, fileKey).isEmpty()) {
                    throw e;
                }
                stored = store(site.key(), procedure, fileKey, titleVi, titleEn, fileName(u.fileName(), fileKey, type),
                        blob, user);
            }
            context.pageCache().invalidate(EformPlugin.FORMS_TAG + site.key(), EformPlugin.procedureTag(procedure));
            return stored;
        } catch (RuntimeException e) {
            try {
                context.blobs().delete(blob.id());
            } catch (IOException | RuntimeException ignored) {
                // an orphan blob holds no reference and harms nothing
            }
            throw e;
        }
    }

    private Stored store(String siteKey, String procedure, String key, String titleVi, String titleEn, String fileName,
            BlobRef blob, String user) {
        return context.transactions().required(() -> {
            Timestamp now = Timestamp.from(Instant.now());
            FormFile f = em().createQuery("select f from FormFile f where f.siteKey = :s and f.procedureCode = :p"
                    + " and f.fileKey = :k", FormFile.class).setParameter("s", siteKey).setParameter("p", procedure)
                    .setParameter("k", key).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                    .orElse(null);
            if (f == null) {
                f = new FormFile();
                f.id = UUID.randomUUID().toString();
                f.siteKey = siteKey;
                f.procedureCode = procedure;
                f.fileKey = key;
                f.createdAt = now;
                f.currentVersion = 0;
                f.titleVi = titleVi;
                em().persist(f);
            }
            if (titleVi != null) {
                f.titleVi = titleVi;
            }
            if (titleEn != null) {
                f.titleEn = titleEn;
            }
            FormFileVersion v = new FormFileVersion();
            v.id = UUID.randomUUID().toString();
            v.fileId = f.id;
            v.version = f.currentVersion + 1;
            v.fileName = fileName;
            v.contentType = blob.contentType();
            v.sizeBytes = blob.size();
            v.sha256 = blob.sha256();
            v.blobId = blob.id();
            v.uploadedBy = user;
            v.uploadedAt = now;
            em().persist(v);
            f.currentVersion = v.version;
            f.updatedAt = now;
            em().flush();
            context.audit().record("eform.file.uploaded", siteKey, f.id, procedure + "/" + key + " v" + v.version);
            return new Stored(f, v);
        });
    }

    Optional<FormFile> find(String siteKey, String procedureCode, String fileKey) {
        if (procedureCode == null || fileKey == null) {
            return Optional.empty();
        }
        return context.transactions().required(() -> em().createQuery("select f from FormFile f where f.siteKey = :s"
                + " and f.procedureCode = :p and f.fileKey = :k", FormFile.class).setParameter("s", siteKey)
                .setParameter("p", procedureCode).setParameter("k", fileKey).getResultStream().findFirst());
    }

    /** A site's files, by procedure and title. */
    List<FormFile> ofSite(String siteKey) {
        return context.transactions().required(() -> em().createQuery("select f from FormFile f where f.siteKey = :s"
                + " order by f.procedureCode, f.titleVi", FormFile.class).setParameter("s", siteKey).getResultList());
    }

    /** A procedure's files on every site (the agency handling it may be on another site than the page). */
    List<FormFile> ofProcedure(String procedureCode) {
        return context.transactions().required(() -> em().createQuery("select f from FormFile f where"
                + " f.procedureCode = :p order by f.siteKey, f.titleVi", FormFile.class).setParameter("p", procedureCode)
                .getResultList());
    }

    List<FormFileVersion> versions(String fileId) {
        return context.transactions().required(() -> em().createQuery("select v from FormFileVersion v where"
                + " v.fileId = :f order by v.version desc", FormFileVersion.class).setParameter("f", fileId).getResultList());
    }

    Optional<FormFileVersion> version(String fileId, int version) {
        return context.transactions().required(() -> em().createQuery("select v from FormFileVersion v where"
                + " v.fileId = :f and v.version = :n", FormFileVersion.class).setParameter("f", fileId)
                .setParameter("n", version).getResultStream().findFirst());
    }

    Optional<FormFileVersion> current(FormFile f) {
        return version(f.id, f.currentVersion);
    }

    /** The public address of a file's current version (stable across versions). */
    static String url(String siteKey, String procedureCode, String fileKey) {
        return "/api/v1/eform/files/" + Links.q(procedureCode) + "/" + Links.q(fileKey) + "?site=" + Links.q(siteKey);
    }

    /** The name citizens' browsers save the file under: the key and the extension of its real type. */
    static String downloadName(FormFile f, FormFileVersion v) {
        return f.fileKey + "." + DownloadTypes.extension(v.contentType);
    }

    /** The uploader's file name without folders or control characters, for staff lists. */
    private static String fileName(String given, String key, String type) {
        String n = given == null ? "" : given.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        n = Normalizer.normalize(n, Normalizer.Form.NFC);
        if (n.isEmpty()) {
            n = key + "." + DownloadTypes.extension(type);
        }
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }

    private static String clean(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = Normalizer.normalize(s, Normalizer.Form.NFC).strip();
        return v.length() > max ? v.substring(0, max) : v;
    }

    /** "Tờ khai đăng ký khai sinh" → "to-khai-dang-ky-khai-sinh". */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String s = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 80) {
            s = s.substring(0, 80).replaceAll("-+$", "");
        }
        return s.isEmpty() ? null : s;
    }

    private EntityManager em() {
        return context.persistence().entityManager();
    }
}
