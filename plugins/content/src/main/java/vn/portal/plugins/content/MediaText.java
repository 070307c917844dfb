package vn.portal.plugins.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** The small rules of the media library: names, search text, kinds and image sizes. */
final class MediaText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Characters no file name needs, and that some systems refuse (control characters, separators). */
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}<>:\"|?*]");

    private MediaText() {
    }

    /**
     * Lower case without diacritics, as searches compare: "Quyết Định" → "quyet dinh". NFD first,
     * so text typed decomposed folds the same as text typed composed; đ/Đ have no decomposition.
     */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        d = d.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return SPACES.matcher(d).replaceAll(" ").strip();
    }

    /** What is searched: name, title and description, folded, cut to the column's size. */
    static String searchText(String fileName, String title, String alt) {
        String all = fold(String.join(" ", fileName == null ? "" : fileName, title == null ? "" : title,
                alt == null ? "" : alt));
        return all.length() > 1300 ? all.substring(0, 1300) : all;
    }

    /**
     * The file name as shown: NFC, the last part of a path only (old browsers send "C:\…\a.pdf"),
     * without control characters, at most 255 characters; "tep" (file) when nothing is left.
     */
    static String fileName(String raw) {
        String n = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC);
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = UNSAFE.matcher(n).replaceAll("").strip();
        if (n.isEmpty()) {
            return "tep";
        }
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }

    /** NFC, trimmed, null when empty; longer than {@code max} is a problem for the caller. */
    static String text(String s) {
        return ContentService.nfc(s);
    }

    /** image or document, from the media type read from the bytes. */
    static String kind(String mediaType) {
        return mediaType != null && mediaType.startsWith("image/") ? MediaFile.IMAGE : MediaFile.DOCUMENT;
    }

    /**
     * Width and height of an image from its header (nothing decoded), or null when the JDK cannot
     * read the format (WebP) or the file is damaged.
     */
    static int[] dimensions(byte[] image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException damaged) {
            return null;
        }
    }

    /** "1,2 MB", "340 KB" — sizes as people read them. */
    static String size(long bytes, boolean english) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        String s = kb < 1024 ? String.format(Locale.ROOT, "%.0f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
        return english ? s : s.replace('.', ',');
    }
}
