package vn.portal.plugins.eform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form post as the browser sends it ({@code multipart/form-data} or
 * {@code application/x-www-form-urlencoded}), read whole with a size limit: texts by name
 * (NFC) and files. Small enough to need no container support for multipart.
 */
final class Multipart {

    /** One uploaded file: the name the browser gave (shown, never trusted) and the bytes. */
    record FilePart(String field, String fileName, byte[] bytes) {
    }

    /** The body was larger than allowed. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("request body too large");
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern DISPOSITION_NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern DISPOSITION_FILE = Pattern.compile("\\bfilename=\"([^\"]*)\"");

    private final Map<String, List<String>> texts = new LinkedHashMap<>();
    private final List<FilePart> files = new ArrayList<>();

    Map<String, List<String>> texts() {
        return texts;
    }

    List<FilePart> files() {
        return files;
    }

    String text(String name) {
        List<String> v = texts.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    static Multipart read(String contentType, InputStream body, long maxBytes) throws IOException {
        byte[] bytes = readAll(body, maxBytes);
        Multipart out = new Multipart();
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("multipart/form-data")) {
            Matcher m = BOUNDARY.matcher(contentType);
            if (!m.find()) {
                throw new IOException("multipart without a boundary");
            }
            out.parseMultipart(bytes, m.group(1));
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            out.parseUrlEncoded(new String(bytes, StandardCharsets.UTF_8));
        } else {
            throw new IOException("expected a form post (multipart/form-data or application/x-www-form-urlencoded)");
        }
        return out;
    }

    private static byte[] readAll(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > max) {
                throw new TooLarge();
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private void parseUrlEncoded(String body) {
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            add(name, value);
        }
    }

    private void parseMultipart(byte[] body, String boundary) throws IOException {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw new IOException("multipart body without its boundary");
        }
        while (true) {
            pos += delimiter.length;
            if (pos + 1 < body.length && body[pos] == '-' && body[pos + 1] == '-') {
                return; // the closing delimiter
            }
            pos = skipLineEnd(body, pos);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
            if (headersEnd < 0) {
                throw new IOException("multipart part without headers");
            }
            String headers = new String(body, pos, headersEnd - pos, StandardCharsets.UTF_8);
            int dataStart = headersEnd + 4;
            int next = indexOf(body, delimiter, dataStart);
            if (next < 0) {
                throw new IOException("multipart body cut short");
            }
            int dataEnd = next - 2; // the CRLF before the delimiter belongs to the delimiter
            if (dataEnd < dataStart) {
                dataEnd = dataStart;
            }
            part(headers, java.util.Arrays.copyOfRange(body, dataStart, dataEnd));
            pos = next;
        }
    }

    private void part(String headers, byte[] data) {
        String disposition = headers.lines().filter(l -> l.regionMatches(true, 0, "content-disposition:", 0, 20))
                .findFirst().orElse("");
        Matcher name = DISPOSITION_NAME.matcher(disposition);
        if (!name.find()) {
            return;
        }
        Matcher file = DISPOSITION_FILE.matcher(disposition);
        if (file.find()) {
            if (data.length > 0 || !file.group(1).isEmpty()) {
                if (data.length > 0) {
                    files.add(new FilePart(name.group(1), cleanFileName(file.group(1)), data));
                }
            }
        } else {
            add(name.group(1), new String(data, StandardCharsets.UTF_8));
        }
    }

    /** The last path segment, NFC, without control characters, at most 200 characters. */
    static String cleanFileName(String given) {
        String s = given.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>]", "").strip();
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        if (s.isEmpty()) {
            s = "tep";
        }
        return s.length() > 200 ? s.substring(s.length() - 200) : s;
    }

    private void add(String name, String value) {
        texts.computeIfAbsent(name, k -> new ArrayList<>()).add(Normalizer.normalize(value, Normalizer.Form.NFC));
    }

    Optional<FilePart> file(String field) {
        return files.stream().filter(f -> f.field().equals(field)).findFirst();
    }

    private static int skipLineEnd(byte[] b, int pos) {
        if (pos < b.length && b[pos] == '\r') {
            pos++;
        }
        if (pos < b.length && b[pos] == '\n') {
            pos++;
        }
        return pos;
    }

    static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
