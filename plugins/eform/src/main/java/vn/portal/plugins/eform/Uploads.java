package vn.portal.plugins.eform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.portal.kernel.api.blob.BlobRef;
import vn.portal.kernel.api.blob.Blobs;
import vn.portal.kernel.api.blob.FileTypes;
import vn.portal.plugins.eform.schema.Answers;
import vn.portal.plugins.eform.schema.Field;
import vn.portal.plugins.eform.schema.FieldType;
import vn.portal.plugins.eform.schema.FormDefinition;
import vn.portal.plugins.eform.schema.Problem;

/**
 * Files sent with a form: each must belong to a visible file field, be of a type the field
 * accepts judged by its bytes (kernel {@link FileTypes}, never the name), and fit the size
 * limits. Accepted files go to the blob store; the caller records them.
 */
final class Uploads {

    /** A checked file in the blob store. */
    record Stored(String field, String fileName, BlobRef blob) {
    }

    private Uploads() {
    }

    /** Problems with the files; none means every file may be stored. */
    static List<Problem> check(FormDefinition form, Answers answers, List<Multipart.FilePart> files) {
        List<Problem> problems = new ArrayList<>();
        for (Multipart.FilePart p : files) {
            Optional<Field> f = form.field(p.field()).filter(x -> x.type() == FieldType.FILE && x.visible(answers));
            if (f.isEmpty()) {
                problems.add(new Problem(p.field(), "fileField"));
                continue;
            }
            Optional<String> type = FileTypes.detect(Arrays.copyOf(p.bytes(), Math.min(p.bytes().length, FileTypes.HEAD)));
            if (type.isEmpty() || !accepted(f.get(), type.get())) {
                problems.add(new Problem(p.field(), "fileType", String.join(", ", f.get().accept().stream()
                        .map(Uploads::shortName).toList())));
                continue;
            }
            int maxMb = f.get().maxSizeMb() != null ? f.get().maxSizeMb() : form.maxUploadMb();
            if (p.bytes().length > maxMb * 1024L * 1024L) {
                problems.add(new Problem(p.field(), "fileSize", maxMb));
            }
        }
        return problems;
    }

    /** The detected type must be one the field accepts (a generic OOXML match counts for DOCX/XLSX). */
    private static boolean accepted(Field f, String detected) {
        return f.accept().contains(detected) || ("application/vnd.openxmlformats-officedocument".equals(detected)
                && f.accept().stream().anyMatch(a -> a.startsWith(detected)));
    }

    static List<Stored> store(Blobs blobs, List<Multipart.FilePart> files) {
        List<Stored> out = new ArrayList<>();
        try {
            for (Multipart.FilePart p : files) {
                String type = FileTypes.detect(Arrays.copyOf(p.bytes(), Math.min(p.bytes().length, FileTypes.HEAD)))
                        .orElseThrow();
                out.add(new Stored(p.field(), p.fileName(), blobs.put(new ByteArrayInputStream(p.bytes()), type)));
            }
        } catch (IOException e) {
            discard(blobs, out);
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Removes stored files whose dossier was not written after all (nothing half-stored). */
    static void discard(Blobs blobs, List<Stored> stored) {
        for (Stored s : stored) {
            try {
                blobs.delete(s.blob().id());
            } catch (IOException | RuntimeException e) {
                // a left-over blob holds no reference and harms nothing; the record was never written
            }
        }
    }

    /** PDF, JPG, PNG, DOCX… for people. */
    static String shortName(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> "PDF";
            case "image/jpeg" -> "JPG";
            case "image/png" -> "PNG";
            case "image/gif" -> "GIF";
            case "image/webp" -> "WEBP";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "XLSX";
            case "application/vnd.oasis.opendocument.text" -> "ODT";
            case "application/vnd.oasis.opendocument.spreadsheet" -> "ODS";
            case "application/x-ole-storage" -> "DOC/XLS";
            default -> mediaType;
        };
    }
}
