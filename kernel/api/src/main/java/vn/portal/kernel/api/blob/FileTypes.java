package vn.portal.kernel.api.blob;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The type of an uploaded file from its first bytes, never from its name: images (PNG,
 * JPEG, GIF, WebP), PDF, and the office formats citizens and staff exchange (DOCX, XLSX,
 * ODT, ODS, DOC/XLS). A file whose bytes match none of these is refused by the caller.
 */
public final class FileTypes {

    /** Bytes to read before asking: enough for the ZIP-based formats' first entry name. */
    public static final int HEAD = 4096;

    private FileTypes() {
    }

    /** The media type the content shows, if it is one of the accepted kinds. */
    public static Optional<String> detect(byte[] head) {
        if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(head, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (starts(head, 'R', 'I', 'F', 'F') && head.length >= 12 && new String(head, 8, 4, StandardCharsets.US_ASCII)
                .equals("WEBP")) {
            return Optional.of("image/webp");
        }
        if (starts(head, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Optional.of("application/x-ole-storage"); // legacy .doc / .xls
        }
        if (starts(head, 'P', 'K', 3, 4)) {
            return zipBased(head);
        }
        return Optional.empty();
    }

    /** Office Open XML and OpenDocument files are ZIPs; their first entries say which. */
    private static Optional<String> zipBased(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.startsWith("mimetype", 30)) {
            if (text.contains("application/vnd.oasis.opendocument.text")) {
                return Optional.of("application/vnd.oasis.opendocument.text");
            }
            if (text.contains("application/vnd.oasis.opendocument.spreadsheet")) {
                return Optional.of("application/vnd.oasis.opendocument.spreadsheet");
            }
        }
        if (text.contains("word/")) {
            return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        if (text.contains("xl/")) {
            return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        if (text.contains("[Content_Types].xml")) {
            return Optional.of("application/vnd.openxmlformats-officedocument"); // some other OOXML part order
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
