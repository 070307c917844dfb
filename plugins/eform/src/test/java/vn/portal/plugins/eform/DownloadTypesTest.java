package vn.portal.plugins.eform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Downloadable forms are typed by their bytes: the five office kinds pass, everything else is refused. */
class DownloadTypesTest {

    @Test
    void theFiveKindsByTheirContent() throws Exception {
        assertEquals(Optional.of("application/pdf"), DownloadTypes.detect("%PDF-1.7\n%âãÏÓ\n".getBytes(
                StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.of(DownloadTypes.DOCX), DownloadTypes.detect(zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(Optional.of(DownloadTypes.XLSX), DownloadTypes.detect(zip("[Content_Types].xml", "xl/workbook.xml")));
        assertEquals(Optional.of("application/vnd.oasis.opendocument.text"),
                DownloadTypes.detect(zip("mimetype:application/vnd.oasis.opendocument.text", "content.xml")));
        assertEquals(Optional.of("application/vnd.oasis.opendocument.spreadsheet"),
                DownloadTypes.detect(zip("mimetype:application/vnd.oasis.opendocument.spreadsheet", "content.xml")));
        assertEquals("docx", DownloadTypes.extension(DownloadTypes.DOCX));
        assertEquals("ods", DownloadTypes.extension("application/vnd.oasis.opendocument.spreadsheet"));
    }

    @Test
    void anOfficeFileWhosePartsComeLateIsTypedByItsEntries() throws Exception {
        // a writer that puts large other parts first: the first 4 KB only show "some OOXML file"
        byte[] late = zip("[Content_Types].xml", "docProps/thumbnail.jpeg=" + 9000, "xl/workbook.xml");
        assertEquals(Optional.of(DownloadTypes.XLSX), DownloadTypes.detect(late));
        byte[] lateWord = zip("[Content_Types].xml", "customXml/item1.xml=" + 9000, "word/document.xml");
        assertEquals(Optional.of(DownloadTypes.DOCX), DownloadTypes.detect(lateWord));
        byte[] neither = zip("[Content_Types].xml", "ppt/presentation.xml");
        assertEquals(Optional.empty(), DownloadTypes.detect(neither), "a presentation is not a form");
    }

    @Test
    void disguisedAndOtherFilesAreRefused() throws Exception {
        assertTrue(DownloadTypes.detect("MZ\u0090\u0000 to-khai.pdf".getBytes(StandardCharsets.ISO_8859_1)).isEmpty(),
                "a Windows program named .pdf");
        assertTrue(DownloadTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}).isEmpty(),
                "an image is not a form");
        assertTrue(DownloadTypes.detect(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1}).isEmpty(), "legacy OLE files (also installers) are not accepted");
        assertTrue(DownloadTypes.detect(zip("payload.exe")).isEmpty(), "a plain ZIP");
        assertTrue(DownloadTypes.detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(DownloadTypes.detect(new byte[0]).isEmpty());
        byte[] broken = zip("[Content_Types].xml", "customXml/item1.xml=" + 9000, "word/document.xml");
        assertTrue(DownloadTypes.detect(java.util.Arrays.copyOf(broken, 5000)).isEmpty(), "a cut-off archive");
    }

    @Test
    void keysAreMadeFromVietnameseTitles() {
        assertEquals("to-khai-dang-ky-khai-sinh", FormFiles.slug("Tờ khai đăng ký khai sinh"));
        assertEquals("mau-so-01-bm-dd", FormFiles.slug("  Mẫu số 01/BM-ĐĐ  "));
        assertNull(FormFiles.slug("—"));
        assertEquals(80, FormFiles.slug("Đơn ".repeat(40)).length() + 1, "at most 80, no trailing hyphen");
    }

    /**
     * A ZIP with these entries: "name:content" stored uncompressed with that content, "name=N" with N random
     * (incompressible) bytes, otherwise a little text.
     */
    static byte[] zip(String... entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String e : entries) {
                if (e.contains("=")) {
                    String[] p = e.split("=", 2);
                    byte[] data = new byte[Integer.parseInt(p[1])];
                    new Random(7).nextBytes(data);
                    z.putNextEntry(new ZipEntry(p[0]));
                    z.write(data);
                } else if (e.contains(":")) {
                    String[] p = e.split(":", 2);
                    byte[] data = p[1].getBytes(StandardCharsets.US_ASCII);
                    ZipEntry entry = new ZipEntry(p[0]);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setCrc(crc.getValue());
                    z.putNextEntry(entry);
                    z.write(data);
                } else {
                    z.putNextEntry(new ZipEntry(e));
                    z.write("<x/>".getBytes(StandardCharsets.US_ASCII));
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
