package vn.portal.kernel.core.blob;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.portal.kernel.api.blob.BlobRef;
import vn.portal.kernel.core.config.PortalHome;

class FileBlobsTest {

    @TempDir
    Path dir;

    @Test
    void storesReadsDescribesAndDeletes() throws Exception {
        FileBlobs blobs = new FileBlobs(new PortalHome(dir));
        byte[] data = "Tờ khai đăng ký hộ kinh doanh".getBytes(StandardCharsets.UTF_8);
        BlobRef ref = blobs.put(new ByteArrayInputStream(data), "text/plain");
        assertEquals(data.length, ref.size());
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data)),
                ref.sha256());
        assertEquals(64, ref.sha256().length());
        try (InputStream in = blobs.open(ref.id()).orElseThrow()) {
            assertArrayEquals(data, in.readAllBytes());
        }
        assertEquals(ref, blobs.find(ref.id()).orElseThrow());
        try (Stream<Path> files = Files.walk(dir)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".part")), "no temporary file left behind");
        }
        assertTrue(blobs.delete(ref.id()));
        assertTrue(blobs.open(ref.id()).isEmpty());
        assertFalse(blobs.delete(ref.id()));
    }

    @Test
    void idsThatAreNotBlobIdsNeverTouchTheFilesystem() throws Exception {
        FileBlobs blobs = new FileBlobs(new PortalHome(dir));
        assertTrue(blobs.open("../../etc/passwd").isEmpty());
        assertTrue(blobs.find("..").isEmpty());
        assertFalse(blobs.delete("../config"));
    }
}
