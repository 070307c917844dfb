package vn.portal.plugins.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.api.rest.ApiProblem;

/** The media library's rules that need no database: names, search text, multipart bodies, images in rich text. */
class MediaLibraryRulesTest {

    @Test
    void searchTextIsFoldedSoWordsWithoutDiacriticsFindIt() {
        assertEquals("quyet dinh so 12", MediaText.fold("Quyết   Định số 12"));
        assertEquals("dat dai", MediaText.fold("Đất đai"), "đ and Đ have no decomposition but fold to d");
        String decomposed = Normalizer.normalize("Hội nghị", Normalizer.Form.NFD);
        assertEquals(MediaText.fold("Hội nghị"), MediaText.fold(decomposed), "text typed decomposed folds the same");
        assertEquals("anh-hoi-nghi.png toan canh hoi nghi anh chup sang 2/3",
                MediaText.searchText("anh-hoi-nghi.png", "Toàn cảnh hội nghị", "Ảnh chụp sáng 2/3"));
        assertEquals(1300, MediaText.searchText("a".repeat(2000), null, null).length(), "cut to the column");
    }

    @Test
    void fileNamesAreNfcWithoutFoldersOrControlCharacters() {
        String decomposed = Normalizer.normalize("Quyết định.pdf", Normalizer.Form.NFD);
        assertEquals("Quyết định.pdf", MediaText.fileName(decomposed));
        assertTrue(Normalizer.isNormalized(MediaText.fileName(decomposed), Normalizer.Form.NFC));
        assertEquals("bao-cao.docx", MediaText.fileName("C:\\Users\\van thu\\bao-cao.docx"), "old browsers send the path");
        assertEquals("ab.png", MediaText.fileName("../a\u0000b.png"));
        assertEquals("tep", MediaText.fileName("  "));
        assertEquals(255, MediaText.fileName("x".repeat(300) + ".pdf").length());
        assertTrue(MediaText.fileName("x".repeat(300) + ".pdf").endsWith(".pdf"), "the extension survives the cut");
    }

    @Test
    void kindsSizesAndImageDimensionsFromTheBytes() throws Exception {
        assertEquals("image", MediaText.kind("image/webp"));
        assertEquals("document", MediaText.kind("application/pdf"));
        BufferedImage img = new BufferedImage(160, 90, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        assertArrayEquals(new int[] {160, 90}, MediaText.dimensions(png.toByteArray()));
        assertNull(MediaText.dimensions("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertNull(MediaText.dimensions(java.util.Arrays.copyOf(png.toByteArray(), 12)), "a damaged image has no size");
        assertEquals("340 KB", MediaText.size(340 * 1024, true));
        assertEquals("1,5 MB", MediaText.size(1536 * 1024, false));
    }

    @Test
    void aMultipartBodyIsSplitIntoTheFileAndTheFields() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', '-', '-', 'x'};
        String boundary = "----WebKitFormBoundaryAbc123";
        byte[] body = concat(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n"
                + "Toàn cảnh hội nghị\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"ảnh hội nghị.png\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8),
                png, ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Multipart form = Multipart.parse("multipart/form-data; boundary=" + boundary, body);
        Multipart.Part file = form.file("file").orElseThrow();
        assertEquals("ảnh hội nghị.png", file.fileName());
        assertArrayEquals(png, file.body(), "bytes kept exactly, CR LF and dashes inside included");
        assertEquals("Toàn cảnh hội nghị", form.field("title"));
        assertNull(form.field("alt"));
        assertTrue(Multipart.isMultipart("Multipart/Form-Data; boundary=x"));

        ApiProblem cut = assertThrows(ApiProblem.class, () -> Multipart.parse("multipart/form-data; boundary=" + boundary,
                java.util.Arrays.copyOf(body, body.length - 20)));
        assertEquals(400, cut.status());
        assertEquals(400, assertThrows(ApiProblem.class, () -> Multipart.parse("multipart/form-data", body)).status());
    }

    @Test
    void libraryImagesInRichTextGetSrcsetAndTheirDescriptionIsFound() {
        String stored = "<p>Mở đầu</p><img src=\"/api/v1/content/public/media/0b7c2d4e-1111-2222-3333-444455556666?site&#61;"
                + "so-noi-vu&amp;w&#61;640\" alt=\"Toàn cảnh\" /><img src=\"https://example.vn/a.png\" alt=\"\" />";
        List<BodyImages.Image> images = BodyImages.images(stored);
        assertEquals(2, images.size());
        assertEquals("0b7c2d4e-1111-2222-3333-444455556666", images.get(0).blobId());
        assertEquals("Toàn cảnh", images.get(0).alt());
        assertNull(images.get(1).blobId(), "an outside image is not the library's");
        assertEquals("", images.get(1).alt(), "an empty description marks a decorative image");
        assertNull(BodyImages.images("<img src=\"a.png\">").get(0).alt(), "no description at all");

        String page = BodyImages.withSrcset(stored, "tinh");
        assertTrue(page.contains("<img src=\"/api/v1/content/public/media/0b7c2d4e-1111-2222-3333-444455556666?site=tinh"
                + "&amp;w=1280\" srcset=\"/api/v1/content/public/media/0b7c2d4e-1111-2222-3333-444455556666?site=tinh&amp;"
                + "w=320 320w, "), page);
        assertTrue(page.contains("&amp;w=1280 1280w\" sizes=\"(max-width: 52rem) 100vw, 50rem\" alt=\"Toàn cảnh\""
                + " loading=\"lazy\">"), page);
        assertTrue(page.contains("<img src=\"https://example.vn/a.png\" alt=\"\" />"), "other images untouched");

        String editor = BodyImages.toStaff(stored);
        assertTrue(editor.contains("/api/v1/content/media/0b7c2d4e") && !editor.contains("/public/"));
        assertEquals(stored, BodyImages.toPublic(editor), "what the editor shows is stored as it was");
        assertEquals("<img src=\"/api/v1/content/media/abcdefgh-1?site=so-noi-vu&amp;w=640\" alt=\"&lt;Ảnh&gt; &quot;A&quot;\">",
                BodyImages.tag("abcdefgh-1", "so-noi-vu", "<Ảnh> \"A\""));
    }

    @Test
    void javascriptStringsForTheEditorCannotBreakOut() {
        assertEquals("'it\\'s \\x3c/script\\x3e \\\\ \\n'", EditorLibrary.js("it's </script> \\ \n"));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
