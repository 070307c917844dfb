package vn.portal.kernel.core.blob;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.portal.kernel.api.blob.BlobRef;
import vn.portal.kernel.api.blob.Blobs;
import vn.portal.kernel.core.config.PortalHome;

/**
 * Blobs on the filesystem under {@code data/blobs/<2 chars>/<id>}, each with a small
 * properties file describing it. Written to a temporary file and moved into place,
 * so a crash never leaves half a blob under a valid id.
 */
@ApplicationScoped
public class FileBlobs implements Blobs {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    PortalHome home;

    public FileBlobs() {
    }

    public FileBlobs(PortalHome home) {
        this.home = home;
    }

    @Override
    public BlobRef put(InputStream content, String contentType) throws IOException {
        String id = UUID.randomUUID().toString();
        Path dir = dir(id);
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, id, ".part");
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long size;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
            size = content.transferTo(out);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        BlobRef ref = new BlobRef(id, contentType == null ? "application/octet-stream" : contentType, size,
                HexFormat.of().formatHex(sha.digest()));
        Properties meta = new Properties();
        meta.setProperty("contentType", ref.contentType());
        meta.setProperty("size", Long.toString(size));
        meta.setProperty("sha256", ref.sha256());
        try (Writer w = Files.newBufferedWriter(dir.resolve(id + ".properties"), StandardCharsets.UTF_8)) {
            meta.store(w, null);
        }
        Files.move(tmp, dir.resolve(id), StandardCopyOption.ATOMIC_MOVE);
        return ref;
    }

    @Override
    public Optional<InputStream> open(String id) throws IOException {
        if (!valid(id) || !Files.exists(dir(id).resolve(id))) {
            return Optional.empty();
        }
        return Optional.of(Files.newInputStream(dir(id).resolve(id)));
    }

    @Override
    public Optional<BlobRef> find(String id) throws IOException {
        if (!valid(id) || !Files.exists(dir(id).resolve(id))) {
            return Optional.empty();
        }
        Properties meta = new Properties();
        try (Reader r = Files.newBufferedReader(dir(id).resolve(id + ".properties"), StandardCharsets.UTF_8)) {
            meta.load(r);
        }
        return Optional.of(new BlobRef(id, meta.getProperty("contentType"), Long.parseLong(meta.getProperty("size")),
                meta.getProperty("sha256")));
    }

    @Override
    public boolean delete(String id) throws IOException {
        if (!valid(id)) {
            return false;
        }
        boolean existed = Files.deleteIfExists(dir(id).resolve(id));
        Files.deleteIfExists(dir(id).resolve(id + ".properties"));
        return existed;
    }

    private static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private Path dir(String id) {
        return home.blobs().resolve(id.substring(0, 2));
    }
}
