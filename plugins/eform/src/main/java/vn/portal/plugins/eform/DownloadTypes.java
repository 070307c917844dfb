package vn.portal.plugins.eform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.portal.kernel.api.blob.FileTypes;

/**
 * The kinds of file a downloadable form may be — PDF, DOCX, XLSX, ODT, ODS — judged by the bytes
 * (kernel {@link FileTypes}), never by the name. When the first bytes only show "some Office Open
 * XML file" (a writer that puts other parts first), the ZIP's entry names decide.
 */
final class DownloadTypes {

    static final String OOXML = "application/vnd.openxmlformats-officedocument";
    static final String DOCX = OOXML + ".wordprocessingml.document";
    static final String XLSX = OOXML + ".spreadsheetml.sheet";

    /** Accepted media types and the extension the file is served with. */
    static final Map<String, String> EXTENSIONS = Map.of(
            "application/pdf", "pdf",
            DOCX, "docx",
            XLSX, "xlsx",
            "application/vnd.oasis.opendocument.text", "odt",
            "application/vnd.oasis.opendocument.spreadsheet", "ods");

    /** Entries read at most before giving up on an OOXML file that names neither part. */
    private static final int MAX_ENTRIES = 500;

    private DownloadTypes() {
    }

    /** The media type the bytes show, if it is one a downloadable form may be. */
    static Optional<String> detect(byte[] bytes) {
        Optional<String> type = FileTypes.detect(Arrays.copyOf(bytes, Math.min(bytes.length, FileTypes.HEAD)));
        if (type.isPresent() && type.get().equals(OOXML)) {
            type = ooxmlPart(bytes);
        }
        return type.filter(EXTENSIONS::containsKey);
    }

    static String extension(String mediaType) {
        return EXTENSIONS.getOrDefault(mediaType, "bin");
    }

    private static Optional<String> ooxmlPart(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            int n = 0;
            while ((e = zip.getNextEntry()) != null && n++ < MAX_ENTRIES) {
                if (e.getName().startsWith("word/")) {
                    return Optional.of(DOCX);
                }
                if (e.getName().startsWith("xl/")) {
                    return Optional.of(XLSX);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // a damaged archive is no form anybody can open
        }
        return Optional.empty();
    }
}
