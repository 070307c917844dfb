package vn.portal.kernel.core.blob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.api.blob.FileTypes;

/** Uploads are typed by their bytes: a renamed executable or script is no image. */
class FileTypesTest {

    @Test
    void knownFormatsByTheirFirstBytes() throws Exception {
        assertEquals(Optional.of("image/png"), FileTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}));
        assertEquals(Optional.of("image/jpeg"), FileTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        assertEquals(Optional.of("application/pdf"), FileTypes.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                FileTypes.detect(zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(Optional.of("application/vnd.oasis.opendocument.text"),
                FileTypes.detect(zip("mimetype:application/vnd.oasis.opendocument.text")));
    }

    @Test
    void disguisedFilesAreNotRecognised() {
        assertTrue(FileTypes.detect("MZ\u0090\u0000PE".getBytes(StandardCharsets.ISO_8859_1)).isEmpty(), "a Windows program");
        assertTrue(FileTypes.detect("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)).isEmpty(), "SVG can run script");
        assertTrue(FileTypes.detect("<html><script>".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(FileTypes.detect(new byte[0]).isEmpty());
    }

    /** A ZIP whose entries are named as given; "name:content" stores the content uncompressed. */
    private static byte[] zip(String... entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String e : entries) {
                String[] parts = e.split(":", 2);
                ZipEntry entry = new ZipEntry(parts[0]);
                byte[] data = (parts.length > 1 ? parts[1] : "x").getBytes(StandardCharsets.US_ASCII);
                if (parts.length > 1) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(data);
                    entry.setCrc(crc.getValue());
                }
                z.putNextEntry(entry);
                z.write(data);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
