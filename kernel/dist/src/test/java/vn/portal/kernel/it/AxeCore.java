package vn.portal.kernel.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

/**
 * axe-core, the accessibility engine, from its npm package: downloaded once into target/,
 * checked against the registry's published SHA-512, and read out of the tarball.
 */
final class AxeCore {

    static final String VERSION = "4.14.1";
    static final String TARBALL = "https://registry.npmjs.org/axe-core/-/axe-core-" + VERSION + ".tgz";
    /** The package's {@code dist.integrity} on the npm registry. */
    static final String SHA512 = "FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==";

    private AxeCore() {
    }

    /** The text of {@code axe.min.js}. */
    static String script() throws Exception {
        Path tgz = Paths.get("target", "axe-core-" + VERSION + ".tgz");
        if (!Files.exists(tgz)) {
            HttpResponse<byte[]> r = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                    .send(HttpRequest.newBuilder(URI.create(TARBALL)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("cannot download " + TARBALL + ": HTTP " + r.statusCode());
            }
            Files.write(tgz, r.body());
        }
        byte[] bytes = Files.readAllBytes(tgz);
        String digest = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
        if (!digest.equals(SHA512)) {
            Files.delete(tgz);
            throw new IllegalStateException(TARBALL + " does not match its published SHA-512");
        }
        return new String(entry(bytes, "package/axe.min.js"), StandardCharsets.UTF_8);
    }

    /** One file of a gzipped tar (512-byte headers, sizes in octal). */
    private static byte[] entry(byte[] tgz, String name) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(tgz))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String file = new String(header, 0, 100, StandardCharsets.US_ASCII).replace("\0", "");
                long size = Long.parseLong(new String(header, 124, 12, StandardCharsets.US_ASCII).replace("\0", "").trim(), 8);
                byte[] data = in.readNBytes((int) size);
                in.readNBytes((int) ((512 - size % 512) % 512));
                if (file.equals(name)) {
                    return data;
                }
            }
        }
        throw new IllegalStateException(name + " is not in the axe-core package");
    }
}
